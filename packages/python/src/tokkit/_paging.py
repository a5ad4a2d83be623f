"""Reading where a page leaves a run: its items, the next paging value, or why the run stops.

The same rules as packages/core/src/paginate/read-page.ts: a run ends on has-more false, on an empty page,
on a page whose items were all on earlier pages, on the third page in a row without an items array, on a cursor
already requested in the run (the first position '0', or page '1', always counts as requested), on has-more true
without a usable cursor, and for endpoints that do not page.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeGuard

from ._errors import TikAPIError
from ._identity import item_identity
from ._js import js_string, js_to_number
from ._types import EndpointSpec, Scalar

StopReason = Literal[
    "not-paged",
    "end",
    "empty-page",
    "repeated-cursor",
    "missing-cursor",
    "repeated-page",
    "no-items",
    "max-pages",
    "max-items",
    "credits",
]
"""Why a run ended. `credits`: a page reported fewer credits left than `min_credits_remaining` (providers that count
credits, Scavio), so no next page was requested; the resume point goes on from that next page."""

MAX_PAGES_WITHOUT_ITEMS = 3
"""Pages in a row without an items array (missing or null) after which a run that says has-more ends anyway."""


class PageRun:
    """What one page knows about the run it belongs to. `history` and `seen_items` are shared by every page."""

    __slots__ = (
        "depth",
        "history",
        "items_field",
        "pages_without_items",
        "requested_values",
        "requested_with",
        "seen_items",
    )

    def __init__(
        self,
        history: dict[str, int],
        depth: int,
        requested_with: Scalar | None,
        items_field: str | None = None,
        seen_items: dict[str, int] | None = None,
        pages_without_items: int = 0,
        requested_values: Mapping[str, Scalar] | None = None,
    ) -> None:
        self.history = history
        """Paging values already requested in the run, with the depth of the page they fetched."""
        self.depth, self.requested_with, self.items_field = depth, requested_with, items_field
        self.seen_items = {} if seen_items is None else seen_items
        """Identity of every item of the run's pages so far -> the depth of the page it was first on."""
        self.pages_without_items = pages_without_items
        """Pages in a row without an items array, up to the one before this page."""
        self.requested_values = requested_values
        """The paging values besides `requested_with` this page was fetched with (token_time: `min_time`)."""


class PageReading:
    __slots__ = ("next", "stop_reason", "values", "without_items")

    def __init__(
        self,
        next: Scalar | None,
        stop_reason: StopReason | None,
        without_items: bool = False,
        values: Mapping[str, Scalar] | None = None,
    ) -> None:
        self.next = next
        """The value of the paging param that fetches the next page, or None when there is none."""
        self.values = values
        """The other paging values the next page is fetched with (token_time: `min_time`), or None."""
        self.stop_reason = stop_reason
        self.without_items = without_items
        """True when the page has no items array at all (missing or null)."""


def first_position(endpoint: EndpointSpec) -> str:
    return "1" if endpoint.paging is not None and endpoint.paging.style == "page" else "0"


def page_container(endpoint: EndpointSpec, json: Any) -> Mapping[str, Any] | None:
    """The part of a body that holds the list (`itemStruct`, `notice_lists.0`, or the body itself)."""
    node: Any = json
    container = endpoint.paging.container if endpoint.paging else None
    for step in container.split(".") if container else ():
        if isinstance(node, list):
            index = js_to_number(step)
            node = node[int(index)] if index.is_integer() and 0 <= index < len(node) else None
        elif isinstance(node, Mapping):
            node = node.get(step)
        else:
            node = None
    return node if isinstance(node, Mapping) else None


def _flag(value: Any) -> bool | None:
    if value is True or value in ("1", "true") or (_is_number(value) and value == 1):
        return True
    if value is False or value in ("0", "false") or (_is_number(value) and value == 0):
        return False
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _has_more(container: Mapping[str, Any], body: Any) -> bool | None:
    root: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    for source, name in ((container, "hasMore"), (container, "has_more"), (root, "hasMore"), (root, "has_more")):
        value = source.get(name)
        if value is not None:
            return _flag(value)
    return None


def _usable_cursor(value: Any) -> TypeGuard[Scalar]:
    if isinstance(value, str):
        return value != ""
    return _is_number(value) and math.isfinite(value)


class _FoundItems:
    __slots__ = ("candidates", "items", "other_arrays")

    def __init__(self, items: list[Any] | None, other_arrays: list[str], candidates: Sequence[str]) -> None:
        self.items = items
        self.other_arrays = other_arrays
        """Non-empty arrays under fields that were not asked for."""
        self.candidates = candidates


def _find_items(endpoint: EndpointSpec, json: Any, items_field: str | None) -> _FoundItems:
    container = page_container(endpoint, json)
    candidates: Sequence[str] = (items_field,) if items_field else (endpoint.paging.items if endpoint.paging else ())
    if container is None:
        return _FoundItems(None, [], candidates)
    for name in candidates:
        value = container.get(name)
        if isinstance(value, list):
            return _FoundItems(value, [], candidates)
    others = [str(k) for k, v in container.items() if isinstance(v, list) and len(v) > 0]
    return _FoundItems(None, others, candidates)


def page_items(endpoint: EndpointSpec, json: Any, items_field: str | None = None) -> list[Any]:
    """The items of a page: the first declared array (or the override); [] when the page has no array at all.

    Raises when items sit under a field nobody declared, so a renamed field is never read as an empty list.
    """
    if endpoint.paging is None and not items_field:
        return []
    found = _find_items(endpoint, json, items_field)
    if found.items is not None:
        return found.items
    if found.other_arrays:
        raise TikAPIError(
            f"{endpoint.key}: no items under {' or '.join(found.candidates)}; the page has arrays under "
            f"{', '.join(found.other_arrays)}. Pass items_field={found.other_arrays[0]!r} to read them."
        )
    return []


def read_page(
    endpoint: EndpointSpec,
    json: Any,
    requested_with: Scalar | None,
    history: Mapping[str, int],
    depth: int,
    items_field: str | None = None,
    seen_items: dict[str, int] | None = None,
    pages_without_items: int = 0,
) -> PageReading:
    """The next paging value of a page, or why the run stops there. `depth` counts pages from 0."""
    paging = endpoint.paging
    if paging is None:
        return PageReading(None, "not-paged")
    container = page_container(endpoint, json) or {}
    found = _find_items(endpoint, json, items_field)
    without = found.items is None

    def stop(reason: StopReason) -> PageReading:
        return PageReading(None, reason, without)

    more = _has_more(container, json)
    if more is False:
        return stop("end")
    if found.items is not None and len(found.items) == 0:
        return stop("empty-page")
    if found.items is not None and _repeats_earlier_items(found.items, {} if seen_items is None else seen_items, depth):
        return stop("repeated-page")
    if without and pages_without_items + 1 >= MAX_PAGES_WITHOUT_ITEMS:
        return stop("no-items")

    # The next value is read from the container only: a field of the same name elsewhere is not a cursor.
    following: Any
    if paging.style == "page":
        number = js_to_number(1 if requested_with is None else requested_with) + 1
        following = int(number) if math.isfinite(number) and number.is_integer() else number
    else:
        following = container.get(paging.source)
    values: dict[str, Scalar] | None = None
    if paging.style == "token_time":
        # A page token plus a time bound, both read from the page and both sent back.
        time_param = paging.time_param or "min_time"
        bound = container.get(time_param)
        if not _usable_cursor(bound):
            return stop("missing-cursor" if more else "end")
        values = {time_param: bound}
    if not _usable_cursor(following):
        return stop("missing-cursor" if more else "end")
    seen_at = history.get(js_string(following))
    if seen_at is not None and seen_at <= depth:
        return stop("repeated-cursor")
    return PageReading(following, None, without, values)


def _repeats_earlier_items(items: Sequence[Any], seen: dict[str, int], depth: int) -> bool:
    """True when every item of a non-empty page was already on an earlier page of the run (a server handing out a
    new cursor for the same page: `5`, `05`, `005`, ...). Fetching the same page again (same depth) is no repeat.
    The page's items join the run's history either way."""
    identities = [item_identity(item) for item in items]
    repeated = all(seen.get(identity, depth) < depth for identity in identities)
    for identity in identities:
        seen.setdefault(identity, depth)
    return repeated
