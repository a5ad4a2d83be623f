"""What the generated namespaces stand on: a scope (one client, maybe one account) and the base classes.

The generated classes are written once for both clients: they are generic over what a call returns (`Call`), what
`.pages()` returns (`Pages`) and what `.items()` returns (`Items`). `TikAPI` is a `RootNamespace[TikAPIResponse,
Iterator[TikAPIResponse], ItemStream[Any]]`; `AsyncTikAPI` puts a coroutine, an async iterator and an
`AsyncItemStream` in their place. A scope carries the three functions that make them. What a type checker sees a
method return also has the endpoint's body or item type in it (`TikAPIResponse[PublicCheckResponse]`): see
`_typed_methods.py`.

A generated method passes `locals()` to its scope: its keyword parameters (the API's, `None` when not given), `args`
(positional arguments, refused here with the keyword to write) and `options` (the call options, and any unknown
keyword, which the request builder refuses with a "did you mean").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from ._compat import Self, TypedDict
from ._errors import TikAPIError, ValidationError
from ._log_filter import watch_keys
from ._options import request_options
from ._secret import Secret, checked_key
from ._types import EndpointSpec, Scalar

if TYPE_CHECKING:
    from ._options import RequestOptions
    from ._paging import PageRun

Call = TypeVar("Call")
Pages = TypeVar("Pages")
Items = TypeVar("Items")
_Sent = TypeVar("_Sent", covariant=True)
_Child = TypeVar("_Child")

CallOptions = TypedDict(
    "CallOptions",
    {
        "timeout": "float | None",
        "max_retries": "int | None",
        "extra_headers": "Mapping[str, str] | None",
        "extra_params": "Mapping[str, object] | None",
        "__sandbox__": "bool | None",
    },
    total=False,
)
"""Options of every generated method: `timeout` (seconds per attempt; math.inf: no limit), `max_retries` (of a
GET), `extra_headers` (the key headers cannot be set here), `extra_params` (sent without descriptor checks) and
`__sandbox__` (the official SDK's per-call switch: this call goes to the sandbox with the public demo keys)."""

_OPTION_NAMES = ("timeout", "max_retries", "extra_headers", "extra_params", "__sandbox__")
_PAGES_NAMES = ("max_pages", "items_field", "min_credits_remaining")
_ITEMS_NAMES = ("max_items", "max_pages", "items_field", "resume", "min_credits_remaining")


class Send(Protocol[_Sent]):
    def __call__(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        account_key: Secret | None,
        run: PageRun | None = None,
        items_field: str | None = None,
    ) -> _Sent: ...


def _positional_refused(spec: EndpointSpec) -> ValidationError:
    wanted = [p.name for p in spec.params if p.required] or list(spec.one_of[0] if spec.one_of else ())
    name = (wanted or [p.name for p in spec.params] or ["..."])[0]
    written = f"api.{spec.key}({name}=...)"
    return ValidationError(spec.key, name, f"a keyword argument, e.g. {written}", "was given by position")


def split_call(
    spec: EndpointSpec, given: Mapping[str, object], bounds: tuple[str, ...] = ()
) -> tuple[dict[str, object], RequestOptions, dict[str, Any]]:
    """A generated method's `locals()` -> (API parameters, call options, the `pages()`/`items()` bounds)."""
    args = given.get("args", ())
    if isinstance(args, tuple) and args:
        raise _positional_refused(spec)
    raw = given.get("options")
    options: dict[str, object] = dict(raw) if isinstance(raw, Mapping) else {}
    params = {k: v for k, v in given.items() if k not in ("self", "args", "options") and k not in bounds}
    chosen = {name: options.pop(name) for name in _OPTION_NAMES if name in options}
    # A bound the method does not declare (min_credits_remaining of a provider without credits) is still a bound.
    limits = {name: given[name] if name in given else options.pop(name, None) for name in bounds}
    params.update(options)  # unknown keywords: the request builder names them, with a "did you mean"
    return params, request_options(chosen), limits


class Scope(Generic[Call, Pages, Items]):
    """One client, and the account key of `api.user(accountKey=...)` (None: the client's default).

    `send` makes one call; `walk` turns a first call into the pages of a run; `stream` turns a run into items.
    `client` names the client (`Scavio`) in errors; `counts_credits` says whether its pages report credits.
    """

    __slots__ = ("_send", "_stream", "_walk", "account_key", "client", "counts_credits", "label")

    def __init__(
        self,
        send: Send[Call],
        walk: Callable[[Callable[[], Call], int | None, float | None], Pages],
        stream: Callable[..., Items],
        account_key: Secret | None = None,
        label: str = "",
        client: str = "TikAPI",
        counts_credits: bool = False,
    ) -> None:
        self._send, self._walk, self._stream = send, walk, stream
        self.account_key = account_key
        self.label = label
        """"" or "async ": how reprs name the client."""
        self.client, self.counts_credits = client, counts_credits

    def with_account(self, account_key: Secret) -> Scope[Call, Pages, Items]:
        return Scope(self._send, self._walk, self._stream, account_key, self.label, self.client, self.counts_credits)

    def _credits_bound(self, limits: Any) -> float | None:
        """`min_credits_remaining` only where pages report credits: elsewhere it would silently never stop a run."""
        bound: float | None = limits.get("min_credits_remaining")
        if bound is not None and not self.counts_credits:
            raise TikAPIError(f"min_credits_remaining: {self.client} does not report credits on its pages.")
        return bound

    def call(self, spec: EndpointSpec, given: Mapping[str, object]) -> Call:
        params, options, _ = split_call(spec, given)
        return self._send(spec, params, options, self.account_key)

    def _run(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        limits: Any,
        min_credits: float | None = None,
    ) -> Pages:
        items_field, account_key = limits["items_field"], self.account_key
        first = lambda: self._send(spec, params, options, account_key, None, items_field)  # noqa: E731
        return self._walk(first, limits["max_pages"], min_credits)

    def pages(self, spec: EndpointSpec, given: Mapping[str, object]) -> Pages:
        params, options, limits = split_call(spec, given, _PAGES_NAMES)
        return self._run(spec, params, options, limits, self._credits_bound(limits))

    def items(self, spec: EndpointSpec, given: Mapping[str, object]) -> Items:
        params, options, limits = split_call(spec, given, _ITEMS_NAMES)
        min_credits = self._credits_bound(limits)

        def pages(start: Scalar | Mapping[str, Scalar] | None) -> Pages:
            started = params
            if isinstance(start, Mapping):
                started = {**params, **start}  # token_time's page_token and min_time, by name
            elif start is not None and spec.paging is not None:
                started = {**params, spec.paging.param: start}
            return self._run(spec, started, options, limits)

        return self._stream(
            pages,
            max_items=limits["max_items"],
            resume=limits["resume"],
            max_pages=limits["max_pages"],
            min_credits_remaining=min_credits,
        )


def _checked_account_key(accountKey: str | None, account_key: str | None) -> Secret:  # noqa: N803
    key = checked_key("api.user", "accountKey", accountKey if accountKey is not None else account_key)
    if key is None:
        raise TikAPIError("api.user() needs an account key: api.user(accountKey='...').")
    watch_keys(key)
    return key


def _required_default_to_none(cls: type) -> None:
    """Required parameters have no default in the generated source, so type checkers and editors flag a missing one;
    at run time they default to None, so the request builder raises the ValidationError naming the parameter (the
    same error the TypeScript SDK raises) instead of Python's TypeError."""
    if not (cls.__module__.startswith(f"{__package__}.") and cls.__module__.endswith("._endpoints")):
        return
    for value in vars(cls).values():
        function = value
        while hasattr(function, "__wrapped__"):  # @deprecated wraps the method
            function = function.__wrapped__
        code = getattr(function, "__code__", None)
        if code is None or not code.co_kwonlyargcount:
            continue
        names = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
        defaults = function.__kwdefaults__ or {}
        function.__kwdefaults__ = {**dict.fromkeys(names), **defaults}


class Namespace(Generic[Call, Pages, Items]):
    """A group of endpoints (`api.public`, `api.user.posts`, ...)."""

    _path: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _required_default_to_none(cls)

    def __init__(self, scope: Scope[Call, Pages, Items]) -> None:
        self._scope = scope
        self._children: dict[object, object] = {}

    def _child(self, make: Callable[[Scope[Call, Pages, Items]], _Child]) -> _Child:
        """The namespace or paged endpoint below this one, made on first use."""
        child = self._children.get(make)
        if child is None:
            child = self._children[make] = make(self._scope)
        return child  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<tokkit {self._scope.label}namespace {self._path or 'api'}>"


class UserNamespaceBase(Namespace[Call, Pages, Items]):
    """`api.user.info()` uses the client's default account key; `api.user(accountKey=...)` binds one account.

    The generated `UserNamespace.__call__` names its own class as the result (editors do not follow `Self`)."""

    def _with_account(self, accountKey: str | None, account_key: str | None) -> Self:  # noqa: N803
        return type(self)(self._scope.with_account(_checked_account_key(accountKey, account_key)))


class EndpointNamespace(Namespace[Call, Pages, Items]):
    """An endpoint with endpoints below it (Scavio's `video`, and `video.comments` below it): call it, or go on."""

    spec: ClassVar[EndpointSpec]

    @property
    def descriptor(self) -> EndpointSpec:
        return self.spec

    def __repr__(self) -> str:
        return f"<tokkit {self._scope.label}endpoint {self.spec.key} (and {self.spec.key}.*)>"


class Endpoint(Generic[Call, Pages, Items]):
    """A paged endpoint: call it for one page; `.pages()` and `.items()` walk the run."""

    spec: ClassVar[EndpointSpec]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _required_default_to_none(cls)

    def __init__(self, scope: Scope[Call, Pages, Items]) -> None:
        self._scope = scope

    @property
    def descriptor(self) -> EndpointSpec:
        return self.spec

    def __repr__(self) -> str:
        return f"<tokkit {self._scope.label}endpoint {self.spec.key}>"
