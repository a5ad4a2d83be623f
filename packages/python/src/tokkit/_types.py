"""The endpoint descriptors as Python data: what `_catalogue.py` is made of.

Records of the SDK are NamedTuples, not dataclasses: as immutable and hashable, with the same repr, and defined in
microseconds where a frozen dataclass takes about 0.4 ms at import."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeAlias

if TYPE_CHECKING:
    from ._credits import CreditFields

Scalar: TypeAlias = str | int | float | bool
"""A value a parameter can carry on the wire."""

HttpMethod = Literal["GET", "POST"]
ParamLocation = Literal["query", "path", "body"]
ParamType = Literal["string", "number", "boolean"]
Auth = Literal["apiKey", "apiKey+accountKey"]


class ParamSpec(NamedTuple):
    """One request parameter of an endpoint, as the API documents it."""

    name: str
    wire: str
    location: ParamLocation
    required: bool = False
    type: ParamType | None = None
    """None where the API documents no type: any scalar is accepted."""
    enum: tuple[str | int | float, ...] | None = None
    pattern: str | None = None
    min: float | None = None
    max: float | None = None
    min_length: int | None = None
    """Bounds of a string's length, in characters (code points)."""
    max_length: int | None = None
    default: Scalar | None = None
    example: Scalar | None = None
    description: str | None = None


class PagingSpec(NamedTuple):
    """How an endpoint pages: the request parameter that selects the page and where the items are."""

    param: str
    items: tuple[str, ...]
    style: Literal["cursor", "offset", "page", "min_time", "token_time"] = "cursor"
    container: str | None = None
    """Dotted path to the part of the body holding the list, e.g. `itemStruct` or `notice_lists.0`."""
    inferred: bool = False
    from_field: str | None = None
    """The container field holding the next value of `param`, when it is named otherwise (`max_cursor`)."""
    time_param: str | None = None
    """The time bound sent back with the token in the `token_time` style (`min_time`)."""

    @property
    def source(self) -> str:
        """The container field the next value of `param` is read from."""
        return self.from_field or self.param


class EndpointSpec(NamedTuple):
    """Everything known about one endpoint (the descriptor of packages/core, as data)."""

    key: str
    method: HttpMethod
    path: str
    auth: Auth
    description: str
    params: tuple[ParamSpec, ...] = ()
    safe_to_retry: bool = False
    """Whether sending the request twice does no harm (every read, also one sent as POST), so a failed attempt may
    be retried; never a write (a retried comment is a double comment)."""
    paging: PagingSpec | None = None
    one_of: tuple[tuple[str, ...], ...] = ()
    """Groups of parameters of which at least one must be given, e.g. `(("username", "user_id"),)`."""
    scopes: tuple[str, ...] = ()
    deprecated: bool = False
    undocumented: bool = False

    @property
    def by_name(self) -> Mapping[str, ParamSpec]:
        """The parameters by the names users pass."""
        return MappingProxyType({p.name: p for p in self.params})


class KeyHeader(NamedTuple):
    """How one key travels: in header `header`, as `format` with `{key}` replaced by the key (`Bearer {key}`)."""

    header: str
    format: str = "{key}"


class ProviderSpec(NamedTuple):
    """Everything that differs from one data provider to the next (the provider descriptor of packages/core)."""

    name: str
    client_name: str
    """The client's name (`TikAPI`, `Scavio`, `UserHandleAPI`)."""
    env_api_key: str
    env_base_url: str
    demo_api_key: str
    api_key: KeyHeader
    base_url: str | None = None
    """None when every customer has an own base URL: the client then needs `base_url` (or `env_base_url`)."""
    sandbox_url: str | None = None
    """Where `sandbox=True` sends requests; None when the provider hosts no sandbox."""
    sandbox_prefix: str = ""
    """Where the embedded sandbox (`@tokkit/sandbox`) serves this provider, below its origin."""
    demo_account_key: str | None = None
    account_key: KeyHeader | None = None
    envelope: str | None = None
    error_message: str = "message"
    """The field of an error body holding the human message."""
    error_code: str | None = None
    """The field of an error body holding a provider status code, when there is one."""
    credits: CreditFields | None = None
    """The body fields that count credits, for providers that bill per request (in `_credits.py`, loaded by them)."""

    @property
    def key_headers(self) -> frozenset[str]:
        """The headers that carry keys, in lower case: only the client's own options set them."""
        headers = {self.api_key.header.lower()}
        if self.account_key is not None:
            headers.add(self.account_key.header.lower())
        return frozenset(headers)
