"""The async client of every provider (`AsyncClient`, on one pooled httpx.AsyncClient; asyncio or trio, through
anyio), and AsyncTikAPI.

Only this module (and what it imports: `_transport/_async.py`, `_video_async.py`) loads anyio and asyncio; `import
tokkit` and the sync client never do.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from types import TracebackType
from typing import Any

import anyio
import httpx

from ._base_client import BaseClient
from ._compat import Self
from ._endpoints import RootNamespace
from ._http import USER_AGENT
from ._iterate import AsyncItemStream, aiterate_pages
from ._namespace import Namespace, Scope
from ._options import RequestOptions, attempt_timeout
from ._paging import PageRun
from ._response import AsyncTikAPIResponse
from ._secret import Secret
from ._transport import _async
from ._types import EndpointSpec


class OwnedAsyncClient(httpx.AsyncClient):
    """The pool the SDK makes for itself: closed when the SDK client is garbage-collected unclosed."""

    def __del__(self) -> None:
        if self.is_closed:
            return
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().create_task(self.aclose())


class AsyncClient(BaseClient[httpx.AsyncClient]):
    """An async client of the provider its class names (`_provider`); the class adds the provider's endpoint tree."""

    def _own_http(self, timeout: float | None) -> httpx.AsyncClient:
        return OwnedAsyncClient(
            timeout=attempt_timeout(timeout), headers={"User-Agent": USER_AGENT}, follow_redirects=False
        )

    def _start(self) -> None:
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self._semaphore: anyio.Semaphore | None = None
        scope: Scope[Any, Any, Any] = Scope(
            self._call,
            aiterate_pages,
            AsyncItemStream,
            label="async ",
            client=type(self).__name__,
            counts_credits=self._provider.credits is not None,
        )
        Namespace.__init__(self, scope)  # type: ignore[arg-type]  # the class is a namespace too

    async def _call(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        account_key: Secret | None,
        run: PageRun | None = None,
        items_field: str | None = None,
    ) -> AsyncTikAPIResponse:
        prepared = self._prepare(spec, params, options, account_key, run, items_field)
        answer = await _async.send(
            self._http,
            prepared.request,
            self._plan(prepared),
            sleep=self._sleep,
            random=self._random.random,
            limiter=self._limiter(),
        )
        return AsyncTikAPIResponse(
            **self._response_fields(prepared, answer),
            fetch_page=lambda next_run: self._call(spec, params, options, account_key, next_run),
        )

    def _limiter(self) -> anyio.Semaphore | None:
        # Made on first use, inside the event loop that will wait on it.
        if self._max_concurrency is not None and self._semaphore is None:
            self._semaphore = anyio.Semaphore(self._max_concurrency)
        return self._semaphore

    async def aclose(self) -> None:
        """Closes the pooled connections (not those of an `http_client` passed in)."""
        if self._owns_http:
            await self._http.aclose()

    async def close(self) -> None:
        """Same as `aclose()`."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class AsyncTikAPI(
    AsyncClient,
    RootNamespace[Coroutine[Any, Any, AsyncTikAPIResponse], AsyncIterator[AsyncTikAPIResponse], AsyncItemStream[Any]],
):
    """The async TikAPI client: `await api.public.check(username=...)`, `async for post in api.public.posts.items(...)`.

    Same options as `TikAPI`. Use it as an async context manager, or `await api.aclose()`, when done.
    """
