"""`pages()` and `items()`: walking a run of pages with bounds, and resuming exactly where a loop left off."""

from __future__ import annotations

import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from ._errors import TikAPIError
from ._identity import item_identity
from ._paging import StopReason
from ._response import AsyncTikAPIResponse, BaseResponse, TikAPIResponse
from ._types import Scalar

T = TypeVar("T")
_Run = TypeVar("_Run")

DEFAULT_MAX_PAGES = 1000
"""Pages one pages() or items() run fetches at most unless `max_pages` says otherwise: generous for real lists
(30 000 items at 30 a page), and an end for a server that never stops handing out cursors."""


class ResumePoint(NamedTuple):
    """Where an items() run stopped: fetch the page with `cursor` again and skip `skip` items to go on."""

    cursor: Scalar | Mapping[str, Scalar] | None = None
    """Paging value of the page to fetch; None for the first page. A style that sends more than one value back holds
    them all by name: token_time's `{"page_token": ..., "min_time": ...}`."""
    skip: int = 0
    done: bool = False
    """True once the run reached its last item."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form, to store and pass back as `resume=` later."""
        cursor = dict(self.cursor) if isinstance(self.cursor, Mapping) else self.cursor
        return {"cursor": cursor, "skip": self.skip, "done": self.done}

    @classmethod
    def from_value(cls, value: ResumePoint | Mapping[str, Any]) -> ResumePoint:
        if isinstance(value, ResumePoint):
            return value
        if not isinstance(value, Mapping):
            raise TikAPIError(f"resume must be a ResumePoint or a mapping from to_dict() (got {type(value).__name__}).")
        cursor, skip = value.get("cursor"), value.get("skip", 0)
        if isinstance(cursor, Mapping):
            if not cursor or not all(isinstance(k, str) and _is_paging_value(v) for k, v in cursor.items()):
                raise TikAPIError("resume cursor must map paging parameter names to the strings or numbers given.")
            cursor = dict(cursor)
        elif cursor is not None and not _is_paging_value(cursor):
            raise TikAPIError(f"resume cursor must be a string or number (got {type(cursor).__name__}).")
        if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
            raise TikAPIError(f"resume skip must be an integer >= 0 (got {skip!r}).")
        return cls(cursor, skip, bool(value.get("done", False)))


def _is_paging_value(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, (str, int, float))


def check_bound(name: str, value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
        raise TikAPIError(f"{name} must be a positive integer (got {value!r}).")


def check_min_credits(value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0
    ):
        raise TikAPIError(f"min_credits_remaining must be a number >= 0 (got {value!r}).")


def credits_below(page: BaseResponse, minimum: float | None) -> bool:
    """True when the page reports fewer credits left than the run may go below."""
    return minimum is not None and page.credits is not None and page.credits.remaining < minimum


def iterate_pages(
    first: Callable[[], TikAPIResponse], max_pages: int | None, min_credits_remaining: float | None = None
) -> Iterator[TikAPIResponse]:
    """Pages from the first response on, until the run ends, `max_pages` (default 1000) is reached, or a page
    reports fewer credits left than `min_credits_remaining`."""
    check_bound("max_pages", max_pages)
    check_min_credits(min_credits_remaining)
    bound = DEFAULT_MAX_PAGES if max_pages is None else max_pages

    def walk() -> Iterator[TikAPIResponse]:
        page: TikAPIResponse | None = first()
        count = 1
        while page is not None:
            yield page
            if count >= bound or credits_below(page, min_credits_remaining):
                return
            page = page.next_items()
            count += 1

    return walk()


def aiterate_pages(
    first: Callable[[], Awaitable[AsyncTikAPIResponse]],
    max_pages: int | None,
    min_credits_remaining: float | None = None,
) -> AsyncIterator[AsyncTikAPIResponse]:
    """Pages from the first response on, with the bounds of `iterate_pages`."""
    check_bound("max_pages", max_pages)
    check_min_credits(min_credits_remaining)
    bound = DEFAULT_MAX_PAGES if max_pages is None else max_pages

    async def walk() -> AsyncIterator[AsyncTikAPIResponse]:
        page: AsyncTikAPIResponse | None = await first()
        count = 1
        while page is not None:
            yield page
            if count >= bound or credits_below(page, min_credits_remaining):
                return
            page = await page.next_items()
            count += 1

    return walk()


class _StreamState(Generic[_Run]):
    """The bookkeeping both item streams share, so sync and async follow one rule set. `pages(cursor)` starts the
    run of pages (an iterator, or an async one) from a resume point's cursor (None: the first page)."""

    def __init__(
        self,
        pages: Callable[[Scalar | Mapping[str, Scalar] | None], _Run],
        *,
        max_items: int | None = None,
        resume: ResumePoint | Mapping[str, Any] | None = None,
        max_pages: int | None = None,
        min_credits_remaining: float | None = None,
    ) -> None:
        self._pages = pages
        check_bound("max_items", max_items)
        check_bound("max_pages", max_pages)
        check_min_credits(min_credits_remaining)
        self._min_credits = min_credits_remaining
        self._max_items = max_items
        self._max_pages = DEFAULT_MAX_PAGES if max_pages is None else max_pages
        self._start = None if resume is None else ResumePoint.from_value(resume)
        self._resume = ResumePoint()
        self._stop_reason: StopReason | None = None
        self._requested_with: Scalar | Mapping[str, Scalar] | None = None
        self._skip = self._yielded = self._pages_seen = 0
        self._finished = False

    @property
    def resume_point(self) -> ResumePoint:
        """Pass as `resume=` to a later items() call to continue exactly after the last item yielded."""
        return self._resume

    @property
    def stop_reason(self) -> StopReason | None:
        """Why the run ended: the last page's reason, 'max-items', 'max-pages', or 'credits' when a page reported
        fewer credits left than `min_credits_remaining` (then `resume_point` goes on from the next page). None while
        items remain (or the loop was left)."""
        return self._stop_reason

    def _begin(self) -> bool:
        """Starts a walk (again): False when the resume point says the run is already over."""
        self._stop_reason = None
        if self._start is not None and self._start.done:
            self._resume = ResumePoint(None, 0, True)
            self._stop_reason = "end"
            return False
        start = self._start or ResumePoint()
        self._resume = ResumePoint(start.cursor, start.skip)
        self._requested_with, self._skip = start.cursor, start.skip
        self._yielded = self._pages_seen = 0
        self._finished = False
        return True

    def _on_page(self, page: BaseResponse) -> Iterator[Any]:
        """The items of the next page to hand out; `_finished` says afterwards whether the run stops at it."""
        self._pages_seen += 1
        for item in self._page_items(page, self._requested_with, self._skip, self._yielded):
            self._yielded += 1
            yield item
        if self._stop_reason == "max-items":
            self._finished = True
            return
        self._skip = 0
        self._requested_with = self._after(page).cursor
        self._finished = self._page_done(page, self._yielded, self._pages_seen)

    def _full(self, yielded: int) -> bool:
        return self._max_items is not None and yielded >= self._max_items

    @staticmethod
    def _after(page: BaseResponse) -> ResumePoint:
        if page.cursor is None:
            return ResumePoint(None, 0, True)
        # A style that sends more than the cursor back (token_time's time bound) resumes from all its values.
        others = page.next_values
        if others is None or page.endpoint.paging is None:
            return ResumePoint(page.cursor, 0)
        return ResumePoint({page.endpoint.paging.param: page.cursor, **others}, 0)

    def _page_items(
        self,
        page: BaseResponse,
        requested_with: Scalar | Mapping[str, Scalar] | None,
        skip: int,
        yielded: int,
    ) -> Iterator[Any]:
        """The items of one page to hand out, keeping the resume point right after each."""
        items = page.items
        # An item the run's pages already had (an earlier page's, or one further up this page, also before `skip`)
        # is passed over: a server whose pages overlap never yields one twice.
        on_page = {item_identity(item) for item in items[:skip]}
        for index in range(skip, len(items)):
            if self._full(yielded):
                self._stop_reason = "max-items"
                return
            last = index + 1 == len(items)
            self._resume = self._after(page) if last else ResumePoint(requested_with, index + 1)
            identity = item_identity(items[index])
            if identity in on_page or page._had_earlier(identity):
                continue
            on_page.add(identity)
            yielded += 1
            yield items[index]

    def _page_done(self, page: BaseResponse, yielded: int, pages: int) -> bool:
        """After a page's items: True when the run stops here."""
        self._resume = self._after(page)
        if page.cursor is None:
            self._stop_reason = page.stop_reason
            return True
        if self._full(yielded):
            self._stop_reason = "max-items"
            return True
        if pages >= self._max_pages:
            self._stop_reason = "max-pages"
            return True
        if credits_below(page, self._min_credits):
            self._stop_reason = "credits"
            return True
        return False


class ItemStream(_StreamState[Iterator[TikAPIResponse]], Generic[T]):
    """The items of a run of pages, one by one: `for item in api.public.posts.items(secUid=..., max_items=500)`."""

    def __iter__(self) -> Iterator[T]:
        if not self._begin():
            return
        for page in self._pages(self._requested_with):
            yield from self._on_page(page)
            if self._finished:
                return


class AsyncItemStream(_StreamState[AsyncIterator[AsyncTikAPIResponse]], Generic[T]):
    """The items of a run of pages, one by one: `async for item in api.public.posts.items(secUid=...)`."""

    async def __aiter__(self) -> AsyncIterator[T]:
        if not self._begin():
            return
        async for page in self._pages(self._requested_with):
            for item in self._on_page(page):
                yield item
            if self._finished:
                return
