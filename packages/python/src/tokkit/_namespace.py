"""What the generated namespaces stand on: a scope (one client, maybe one account) and base classes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from typing_extensions import Self

from ._errors import TikAPIError
from ._iterate import AsyncItemStream, ItemStream, ResumePoint, aiterate_pages, iterate_pages
from ._log_filter import watch_keys
from ._options import RequestOptions
from ._secret import Secret, checked_key
from ._types import EndpointSpec, Scalar

if TYPE_CHECKING:
    from ._paging import PageRun
    from ._response import AsyncTikAPIResponse, TikAPIResponse


class SyncEngine(Protocol):
    def _call(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        account_key: Secret | None,
        run: PageRun | None = None,
        items_field: str | None = None,
    ) -> TikAPIResponse: ...


class AsyncEngine(Protocol):
    def _call(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        account_key: Secret | None,
        run: PageRun | None = None,
        items_field: str | None = None,
    ) -> Awaitable[AsyncTikAPIResponse]: ...


def _with_start(spec: EndpointSpec, params: Mapping[str, object], start: Scalar | None) -> Mapping[str, object]:
    if start is None or spec.paging is None:
        return params
    return {**params, spec.paging.param: start}


def _checked_account_key(accountKey: str | None, account_key: str | None) -> Secret:  # noqa: N803
    key = checked_key("api.user", "accountKey", accountKey if accountKey is not None else account_key)
    if key is None:
        raise TikAPIError("api.user() needs an account key: api.user(accountKey='...').")
    watch_keys(key)
    return key


class SyncScope:
    """One client, and the account key of `api.user(accountKey=...)` (None: the client's default)."""

    __slots__ = ("_engine", "account_key")

    def __init__(self, engine: SyncEngine, account_key: Secret | None) -> None:
        self._engine = engine
        self.account_key = account_key

    def with_account(self, account_key: Secret) -> SyncScope:
        return SyncScope(self._engine, account_key)

    def call(self, spec: EndpointSpec, params: Mapping[str, object], options: RequestOptions) -> TikAPIResponse:
        return self._engine._call(spec, params, options, self.account_key)

    def pages(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        *,
        max_pages: int | None,
        items_field: str | None,
    ) -> Iterator[TikAPIResponse]:
        return iterate_pages(
            lambda: self._engine._call(spec, params, options, self.account_key, None, items_field), max_pages
        )

    def items(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        *,
        max_items: int | None,
        items_field: str | None,
        resume: ResumePoint | Mapping[str, Any] | None,
        max_pages: int | None = None,
    ) -> ItemStream[Any]:
        def pages(start: Scalar | None) -> Iterator[TikAPIResponse]:
            call_params = _with_start(spec, params, start)
            return iterate_pages(
                lambda: self._engine._call(spec, call_params, options, self.account_key, None, items_field), max_pages
            )

        return ItemStream(pages, max_items=max_items, resume=resume, max_pages=max_pages)


class AsyncScope:
    """One async client, and the account key of `api.user(accountKey=...)` (None: the client's default)."""

    __slots__ = ("_engine", "account_key")

    def __init__(self, engine: AsyncEngine, account_key: Secret | None) -> None:
        self._engine = engine
        self.account_key = account_key

    def with_account(self, account_key: Secret) -> AsyncScope:
        return AsyncScope(self._engine, account_key)

    async def call(
        self, spec: EndpointSpec, params: Mapping[str, object], options: RequestOptions
    ) -> AsyncTikAPIResponse:
        return await self._engine._call(spec, params, options, self.account_key)

    def pages(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        *,
        max_pages: int | None,
        items_field: str | None,
    ) -> AsyncIterator[AsyncTikAPIResponse]:
        return aiterate_pages(
            lambda: self._engine._call(spec, params, options, self.account_key, None, items_field), max_pages
        )

    def items(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        *,
        max_items: int | None,
        items_field: str | None,
        resume: ResumePoint | Mapping[str, Any] | None,
        max_pages: int | None = None,
    ) -> AsyncItemStream[Any]:
        def pages(start: Scalar | None) -> AsyncIterator[AsyncTikAPIResponse]:
            call_params = _with_start(spec, params, start)
            return aiterate_pages(
                lambda: self._engine._call(spec, call_params, options, self.account_key, None, items_field), max_pages
            )

        return AsyncItemStream(pages, max_items=max_items, resume=resume, max_pages=max_pages)


class SyncNamespace:
    """A group of endpoints (`api.public`, `api.user.posts`, ...)."""

    _path: ClassVar[str] = ""

    def __init__(self, scope: SyncScope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<tokkit namespace {self._path or 'api'}>"


class AsyncNamespace:
    """A group of endpoints of the async client."""

    _path: ClassVar[str] = ""

    def __init__(self, scope: AsyncScope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<tokkit async namespace {self._path or 'api'}>"


class SyncUserNamespaceBase(SyncNamespace):
    """`api.user.info()` uses the client's default account key; `api.user(accountKey=...)` binds one account."""

    def __call__(self, *, accountKey: str | None = None, account_key: str | None = None) -> Self:  # noqa: N803
        return type(self)(self._scope.with_account(_checked_account_key(accountKey, account_key)))


class AsyncUserNamespaceBase(AsyncNamespace):
    """`api.user.info()` uses the client's default account key; `api.user(accountKey=...)` binds one account."""

    def __call__(self, *, accountKey: str | None = None, account_key: str | None = None) -> Self:  # noqa: N803
        return type(self)(self._scope.with_account(_checked_account_key(accountKey, account_key)))


class SyncEndpoint:
    """A paged endpoint: call it for one page; `.pages()` and `.items()` walk the run."""

    spec: ClassVar[EndpointSpec]

    def __init__(self, scope: SyncScope) -> None:
        self._scope = scope

    @property
    def descriptor(self) -> EndpointSpec:
        return self.spec

    def __repr__(self) -> str:
        return f"<tokkit endpoint {self.spec.key}>"


class AsyncEndpoint:
    """A paged endpoint of the async client: `await` it for one page; `.pages()` and `.items()` walk the run."""

    spec: ClassVar[EndpointSpec]

    def __init__(self, scope: AsyncScope) -> None:
        self._scope = scope

    @property
    def descriptor(self) -> EndpointSpec:
        return self.spec

    def __repr__(self) -> str:
        return f"<tokkit async endpoint {self.spec.key}>"
