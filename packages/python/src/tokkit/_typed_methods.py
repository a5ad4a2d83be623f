"""What a type checker makes of a generated endpoint method: its result on each client, with the endpoint's types.

One set of generated classes serves both clients (see `_namespace.py`), and what a method returns depends on both:
the client (a response, or a coroutine of one) and the endpoint (the TypedDict of its body, `tokkit._schemas`).
Python's types cannot apply "the client's result" to "this endpoint's body", so each generated method is marked
with one of the decorators below. At run time they return the method unchanged. To a type checker they turn it
into a descriptor whose `__get__` names the result for a sync owner and for an async one, keeping the method's
keyword parameters. The method's source names the endpoint's type: `def check(...) -> Returns[PublicCheckResponse]`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:  # none of it is needed at run time, where the decorators return the method itself
    from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
    from typing import Concatenate, Generic, ParamSpec, Protocol, overload

    from ._compat import Self
    from ._iterate import AsyncItemStream, ItemStream
    from ._namespace import Endpoint, EndpointNamespace, Namespace
    from ._response import AsyncTikAPIResponse, TikAPIResponse

    _P = ParamSpec("_P")
    _T = TypeVar("_T")
    _T_co = TypeVar("_T_co", covariant=True)

    _SyncPaged = Endpoint[TikAPIResponse[Any], Any, Any] | EndpointNamespace[TikAPIResponse[Any], Any, Any]
    """What owns a sync `.pages()` / `.items()`: a paged endpoint, or one with endpoints below it (`video.comments`)."""
    _AsyncCall = Coroutine[Any, Any, AsyncTikAPIResponse[Any]]
    _AsyncPaged = Endpoint[_AsyncCall, Any, Any] | EndpointNamespace[_AsyncCall, Any, Any]

    class Returns(Protocol[_T_co]):
        """What a generated method's source says it returns: `Returns[PublicCheckResponse]` names the endpoint's body
        (or item) type. An empty protocol, which any value satisfies; the decorators make it each client's result."""

    class CallMethod(Generic[_P, _T]):
        """A method whose call returns one response with a `_T` body: `TikAPIResponse[_T]`, or a coroutine of
        `AsyncTikAPIResponse[_T]` on the async client."""

        @overload
        def __get__(self, owner: None, owner_type: type) -> Self: ...
        @overload
        def __get__(
            self,
            owner: Namespace[TikAPIResponse[Any], Any, Any] | Endpoint[TikAPIResponse[Any], Any, Any],
            owner_type: type,
        ) -> Callable[_P, TikAPIResponse[_T]]: ...
        @overload
        def __get__(
            self,
            owner: Namespace[Coroutine[Any, Any, AsyncTikAPIResponse[Any]], Any, Any]
            | Endpoint[Coroutine[Any, Any, AsyncTikAPIResponse[Any]], Any, Any],
            owner_type: type,
        ) -> Callable[_P, Coroutine[Any, Any, AsyncTikAPIResponse[_T]]]: ...
        def __get__(self, owner: object, owner_type: type) -> Any: ...

    class PagesMethod(Generic[_P, _T]):
        """`.pages()`: an iterator of responses with a `_T` body (an async iterator on the async client)."""

        @overload
        def __get__(self, owner: None, owner_type: type) -> Self: ...
        @overload
        def __get__(self, owner: _SyncPaged, owner_type: type) -> Callable[_P, Iterator[TikAPIResponse[_T]]]: ...
        @overload
        def __get__(
            self, owner: _AsyncPaged, owner_type: type
        ) -> Callable[_P, AsyncIterator[AsyncTikAPIResponse[_T]]]: ...
        def __get__(self, owner: object, owner_type: type) -> Any: ...

    class ItemsMethod(Generic[_P, _T]):
        """`.items()`: a stream of `_T` items (`ItemStream[_T]`, or `AsyncItemStream[_T]` on the async client)."""

        @overload
        def __get__(self, owner: None, owner_type: type) -> Self: ...
        @overload
        def __get__(self, owner: _SyncPaged, owner_type: type) -> Callable[_P, ItemStream[_T]]: ...
        @overload
        def __get__(self, owner: _AsyncPaged, owner_type: type) -> Callable[_P, AsyncItemStream[_T]]: ...
        def __get__(self, owner: object, owner_type: type) -> Any: ...

    def typed_call(method: Callable[Concatenate[Any, _P], Returns[_T]]) -> CallMethod[_P, _T]:
        """Marks an endpoint call."""
        ...

    def typed_pages(method: Callable[Concatenate[Any, _P], Returns[_T]]) -> PagesMethod[_P, _T]:
        """Marks a `.pages()` method."""
        ...

    def typed_items(method: Callable[Concatenate[Any, _P], Returns[_T]]) -> ItemsMethod[_P, _T]:
        """Marks an `.items()` method."""
        ...

else:
    _Method = TypeVar("_Method")

    def typed_call(method: _Method) -> _Method:
        return method

    typed_pages = typed_items = typed_call
