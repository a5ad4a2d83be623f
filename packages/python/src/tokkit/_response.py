"""A response of the API: `json()`, `status_code`, `headers` and `next_items()` as in the official SDK.

A response is generic in its body type: an endpoint method returns `TikAPIResponse[PublicCheckResponse]` (the
`tokkit._schemas` TypedDict of that endpoint), so `r.json()["userInfo"]["user"]["secUid"]` is checked; a bare
`TikAPIResponse` is `TikAPIResponse[Any]`.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic

import httpx

from ._js import js_string
from ._options import attempt_timeout, check_timeout
from ._paging import PageRun, StopReason, first_position, page_items, read_page
from ._types import EndpointSpec, ProviderSpec, Scalar
from ._video import download, save

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    from ._credits import Credits

    Body = TypeVar("Body", default=Any)
else:  # a default needs typing_extensions before 3.13, which `import tokkit` does not load on 3.11+
    from typing import TypeVar

    Body = TypeVar("Body")


class BaseResponse(Generic[Body]):
    """What sync and async responses share: the body, and where the run goes on from this page.

    `json()`, `status_code`, `headers`, `text`, `content`, `ok`, `url` and `raise_for_status()` read as on the
    official SDK's (requests) response; an error status never makes a response: it raises `APIError`.
    """

    __slots__ = (
        "_content",
        "_download_timeout",
        "_endpoint",
        "_fetch_page",
        "_http",
        "_json",
        "_next_values",
        "_run",
        "_without_items",
        "credits",
        "cursor",
        "headers",
        "response_time",
        "status_code",
        "stop_reason",
        "url",
    )

    status_code: int
    headers: httpx.Headers
    url: str
    """The URL that was requested (the keys travel in headers, never in it)."""
    cursor: Scalar | None
    """The paging value to resume from after this page; None when the run ends here."""
    stop_reason: StopReason | None
    """Why the run ends at this page; None while there are more pages."""
    credits: Credits | None
    """The credits this request used and those left (Scavio); None for providers that do not count them."""
    response_time: int | float | None
    """How long the provider says it took to answer, in ms (Scavio's `response_time`); None when it does not say."""
    _http: httpx.Client | httpx.AsyncClient
    _fetch_page: Callable[[PageRun], Any]

    def __init__(
        self,
        *,
        json: Any,
        status_code: int,
        headers: httpx.Headers,
        endpoint: EndpointSpec,
        run: PageRun,
        fetch_page: Callable[[PageRun], Any],
        http_client: httpx.Client | httpx.AsyncClient,
        download_timeout: float | None = None,
        content: bytes = b"",
        url: str = "",
        provider: ProviderSpec | None = None,
    ) -> None:
        self._json = json
        self._content = content
        self._download_timeout = download_timeout
        self._fetch_page = fetch_page
        self._http = http_client
        self.status_code = status_code
        self.headers = headers
        self.url = url
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
        self._next_values = reading.values
        self.stop_reason = reading.stop_reason
        self._without_items = reading.without_items
        self.credits: Credits | None = None
        self.response_time: int | float | None = None
        if provider is not None and provider.credits is not None:
            from ._credits import read_credits, read_response_time  # providers that count credits only

            self.credits = read_credits(provider, json)
            self.response_time = read_response_time(provider, json)

    def json(self) -> Body:
        """The parsed JSON body (typed with the endpoint's schema; at run time a plain dict)."""
        return self._json  # type: ignore[no-any-return]

    @property
    def content(self) -> bytes:
        """The body as bytes (after gzip and the like are undone)."""
        return self._content

    @property
    def text(self) -> str:
        """The body as text."""
        return self._content.decode("utf-8-sig", errors="replace")

    @property
    def ok(self) -> bool:
        """Always True: an error status raises `APIError` instead of making a response."""
        return True

    def raise_for_status(self) -> None:
        """Does nothing (the official SDK's requests habit): an error status already raised `APIError`."""

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

    def _had_earlier(self, identity: str) -> bool:
        """Whether an earlier page of the run had the item (`items()` passes over it)."""
        first = self._run.seen_items.get(identity)
        return first is not None and first < self._run.depth

    def _video_timeout(self, timeout: float | None) -> float | None:
        """Seconds for a whole download: the given ones, else those of the call that returned this response."""
        check_timeout(timeout)
        return self._download_timeout if timeout is None else attempt_timeout(timeout)

    def _next_run(self) -> PageRun | None:
        if self.cursor is None:
            return None
        run = self._run
        streak = run.pages_without_items + 1 if self._without_items else 0
        return PageRun(
            run.history, run.depth + 1, self.cursor, run.items_field, run.seen_items, streak, self._next_values
        )

    @property
    def next_values(self) -> dict[str, Scalar] | None:
        """The paging values besides `cursor` that fetch the next page (token_time: `{"min_time": ...}`); None for
        every other style, and after the last page."""
        return None if self.cursor is None or self._next_values is None else dict(self._next_values)

    def __repr__(self) -> str:
        tail = f"cursor={self.cursor!r}" if self.cursor is not None else f"stop_reason={self.stop_reason!r}"
        return f"<{type(self).__name__} {self._endpoint.key} [{self.status_code}] {tail}>"


def _key(value: Scalar) -> str:
    return js_string(value)


class TikAPIResponse(BaseResponse[Body]):
    """A response of the sync client."""

    __slots__ = ()
    _http: httpx.Client
    _fetch_page: Callable[[PageRun], TikAPIResponse[Body]]

    def download_video(
        self, link: str, *, headers: Mapping[str, str] | None = None, timeout: float | None = None
    ) -> AbstractContextManager[httpx.Response]:
        """Starts downloading a video link of this response, with its `$other.videoLinkHeaders`; no key is sent.

        `with r.download_video(link) as video: for chunk in video.iter_bytes(): ...`. `timeout`: seconds for the
        whole download, body included (default: the call's timeout; math.inf for none). A video host's error
        status raises `APIError` (`ResponseException`).
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

    def next_items(self) -> TikAPIResponse[Body] | None:
        """The next page, or None after the last one (and for endpoints that do not page)."""
        run = self._next_run()
        return None if run is None else self._fetch_page(run)


class AsyncTikAPIResponse(BaseResponse[Body]):
    """A response of the async client: `await response.next_items()`."""

    __slots__ = ()
    _http: httpx.AsyncClient
    _fetch_page: Callable[[PageRun], Awaitable[AsyncTikAPIResponse[Body]]]

    def download_video(
        self, link: str, *, headers: Mapping[str, str] | None = None, timeout: float | None = None
    ) -> AbstractAsyncContextManager[httpx.Response]:
        """Starts downloading a video link of this response, with its `$other.videoLinkHeaders`; no key is sent.

        `async with r.download_video(link) as video: async for chunk in video.aiter_bytes(): ...`. `timeout`:
        seconds for the whole download, body included (default: the call's timeout; math.inf for none).
        """
        from ._video_async import adownload  # anyio: loaded by the async client only

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
        from ._video_async import asave

        return await asave(self._http, link, self._json, path, headers, self._video_timeout(timeout))

    async def next_items(self) -> AsyncTikAPIResponse[Body] | None:
        """The next page, or None after the last one (and for endpoints that do not page)."""
        run = self._next_run()
        return None if run is None else await self._fetch_page(run)
