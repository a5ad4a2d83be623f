"""The endpoint descriptors as Python data: what `_catalogue.py` is made of.

Records of the SDK are NamedTuples, not dataclasses: as immutable and hashable, with the same repr, and defined in
microseconds where a frozen dataclass takes about 0.4 ms at import."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple, TypeAlias

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
    default: Scalar | None = None
    example: Scalar | None = None
    description: str | None = None


class PagingSpec(NamedTuple):
    """How an endpoint pages: the request parameter that selects the page and where the items are."""

    param: str
    items: tuple[str, ...]
    style: Literal["cursor", "page"] = "cursor"
    container: str | None = None
    """Dotted path to the part of the body holding the list, e.g. `itemStruct` or `notice_lists.0`."""
    inferred: bool = False


class EndpointSpec(NamedTuple):
    """Everything known about one endpoint (the descriptor of packages/core, as data)."""

    key: str
    method: HttpMethod
    path: str
    auth: Auth
    description: str
    params: tuple[ParamSpec, ...] = ()
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
