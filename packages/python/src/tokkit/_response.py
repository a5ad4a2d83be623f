"""A response of the API: `json()`, `status_code`, `headers` and `next_items()` as in the official SDK."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from pathlib import Path
from typing import Any

import httpx

from ._js import js_string
from ._options import attempt_timeout, check_timeout
from ._paging import PageRun, StopReason, first_position, page_items, read_page
from ._types import EndpointSpec, Scalar
from ._video import adownload, asave, download, save


class BaseResponse:
    """What sync and async responses share: the body, and where the run goes on from this page."""

    __slots__ = (
        "_download_timeout",
        "_endpoint",
        "_json",
        "_run",
        "_without_items",
        "cursor",
        "headers",
        "status_code",
        "stop_reason",
    )

    status_code: int
    headers: httpx.Headers
    cursor: Scalar | None
    """The paging value to resume from after this page; None when the run ends here."""
    stop_reason: StopReason | None
    """Why the run ends at this page; None while there are more pages."""

    def __init__(
        self,
        *,
        json: Any,
        status_code: int,
        headers: httpx.Headers,
        endpoint: EndpointSpec,
        run: PageRun,
        download_timeout: float | None = None,
    ) -> None:
        self._json = json
        self._download_timeout = download_timeout
        self.status_code = status_code
        self.headers = headers
        self._endpoint = endpoint
        self._run = run
        history = run.history
        # The first position counts as requested in every run, also one resumed further on:
        # a server pointing back to it would start the list over.
        first = first_position(endpoint)
        history.setdefault(first, 0)
        history.setdefault(first if run.requested_with is None else _key(run.requested_with), run.depth)
        reading = read_page(
            endpoint,
            json,
            run.requested_with,
            history,
            run.depth,
            run.items_field,
            run.seen_items,
            run.pages_without_items,
        )
        self.cursor = reading.next
        self.stop_reason = reading.stop_reason
        self._without_items = reading.without_items

    def json(self) -> Any:
        """The parsed JSON body."""
        return self._json

    def __bool__(self) -> bool:
        """Always true (errors raise), so the official loop reads `while r: r = r.next_items()`."""
        return True

    @property
    def items(self) -> list[Any]:
        """The items of this page ([] for endpoints that do not page)."""
        return page_items(self._endpoint, self._json, self._run.items_field)

    @property
    def endpoint(self) -> EndpointSpec:
        return self._endpoint

    def _video_timeout(self, timeout: float | None) -> float | None:
        """Seconds for a whole download: the given ones, else those of the call that returned this response."""
        check_timeout(timeout)
        return self._download_timeout if timeout is None else attempt_timeout(timeout)

    def _next_run(self, cursor: Scalar) -> PageRun:
        run = self._run
        streak = run.pages_without_items + 1 if self._without_items else 0
        return PageRun(run.history, run.depth + 1, cursor, run.items_field, run.seen_items, streak)

    def __repr__(self) -> str:
        tail = f"cursor={self.cursor!r}" if self.cursor is not None else f"stop_reason={self.stop_reason!r}"
        return f"<{type(self).__name__} {self._endpoint.key} [{self.status_code}] {tail}>"


def _key(value: Scalar) -> str:
    return js_string(value)


class TikAPIResponse(BaseResponse):
    """A response of the sync client."""

    __slots__ = ("_fetch_page", "_http")

    def __init__(
        self,
        *,
        json: Any,
        status_code: int,
        headers: httpx.Headers,
        endpoint: EndpointSpec,
        run: PageRun,
        fetch_page: Callable[[PageRun], TikAPIResponse],
        http_client: httpx.Client,
        download_timeout: float | None = None,
    ) -> None:
        super().__init__(
            json=json,
            status_code=status_code,
            headers=headers,
            endpoint=endpoint,
            run=run,
            download_timeout=download_timeout,
        )
        self._fetch_page = fetch_page
        self._http = http_client

    def download_video(
        self, link: str, *, headers: Mapping[str, str] | None = None, timeout: float | None = None
    ) -> AbstractContextManager[httpx.Response]:
        """Starts downloading a video link of this response, with its `$other.videoLinkHeaders`; no key is sent.

        `with r.download_video(link) as video: for chunk in video.iter_bytes(): ...`. `timeout`: seconds for the
        whole download, body included (default: the call's timeout; math.inf for none).
        """
        return download(self._http, link, self._json, headers, self._video_timeout(timeout))

    def save_video(
        self,
        link: str,
        path: str | os.PathLike[str],
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Path:
        """Streams a video link of this response into a file (the official SDK's `save_video`); no partial file is
        left when it fails, also when `timeout` (the whole download; default: the call's) runs out. Returns the
        path written."""
        return save(self._http, link, self._json, path, headers, self._video_timeout(timeout))

    def next_items(self) -> TikAPIResponse | None:
        """The next page, or None after the last one (and for endpoints that do not page)."""
        if self.cursor is None:
            return None
        return self._fetch_page(self._next_run(self.cursor))


class AsyncTikAPIResponse(BaseResponse):
    """A response of the async client: `await response.next_items()`."""

    __slots__ = ("_fetch_page", "_http")

    def __init__(
        self,
        *,
        json: Any,
        status_code: int,
        headers: httpx.Headers,
        endpoint: EndpointSpec,
        run: PageRun,
        fetch_page: Callable[[PageRun], Awaitable[AsyncTikAPIResponse]],
        http_client: httpx.AsyncClient,
        download_timeout: float | None = None,
    ) -> None:
        super().__init__(
            json=json,
            status_code=status_code,
            headers=headers,
            endpoint=endpoint,
            run=run,
            download_timeout=download_timeout,
        )
        self._fetch_page = fetch_page
        self._http = http_client

    def download_video(
        self, link: str, *, headers: Mapping[str, str] | None = None, timeout: float | None = None
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Starts downloading a video link of this response, with its `$other.videoLinkHeaders`; no key is sent.

        `async with r.download_video(link) as video: async for chunk in video.aiter_bytes(): ...`. `timeout`:
        seconds for the whole download, body included (default: the call's timeout; math.inf for none).
        """
        return adownload(self._http, link, self._json, headers, self._video_timeout(timeout))

    async def save_video(
        self,
        link: str,
        path: str | os.PathLike[str],
        *,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
    ) -> Path:
        """Streams a video link of this response into a file; no partial file is left when it fails, also when
        `timeout` (the whole download; default: the call's) runs out."""
        return await asave(self._http, link, self._json, path, headers, self._video_timeout(timeout))

    async def next_items(self) -> AsyncTikAPIResponse | None:
        """The next page, or None after the last one (and for endpoints that do not page)."""
        if self.cursor is None:
            return None
        return await self._fetch_page(self._next_run(self.cursor))
