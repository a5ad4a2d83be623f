"""AsyncTikAPI: the async client, on one pooled httpx.AsyncClient (asyncio or trio, through anyio)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from types import TracebackType
from typing import Any

import anyio
import httpx
from typing_extensions import Self

from . import _http
from ._base_client import BaseClient
from ._endpoints import RootNamespace
from ._iterate import AsyncItemStream, aiterate_pages
from ._namespace import Scope
from ._options import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RequestOptions, attempt_timeout
from ._paging import PageRun
from ._response import AsyncTikAPIResponse
from ._secret import Secret
from ._transport import _async
from ._transport._plan import SendPlan
from ._types import EndpointSpec


class AsyncTikAPI(
    BaseClient,
    RootNamespace[Coroutine[Any, Any, AsyncTikAPIResponse], AsyncIterator[AsyncTikAPIResponse], AsyncItemStream[Any]],
):
    """The async TikAPI client: `await api.public.check(username=...)`, `async for post in api.public.posts.items(...)`.

    Same options as `TikAPI`. Use it as an async context manager, or `await api.aclose()`, when done.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        account_key: str | None = None,
        sandbox: bool = False,
        base_url: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_concurrency: int | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        BaseClient.__init__(
            self,
            api_key,
            account_key=account_key,
            sandbox=sandbox,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            max_response_bytes=max_response_bytes,
            max_concurrency=max_concurrency,
        )
        self._owns_http = http_client is None
        self._http = http_client or _http.async_client(timeout)
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self._semaphore: anyio.Semaphore | None = None
        RootNamespace.__init__(self, Scope(self._call, aiterate_pages, AsyncItemStream, label="async "))

    def set(
        self,
        *,
        api_key: str | None = None,
        account_key: str | None = None,
        sandbox: bool | None = None,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        __sandbox__: bool | None = None,
    ) -> Self:
        """Changes options for every later call, also of account namespaces made before.

        `api.set(__sandbox__=True)` is the official SDK's switch to the sandbox: only the public demo keys are sent.
        """
        self._update(
            api_key=api_key,
            account_key=account_key,
            sandbox=sandbox if __sandbox__ is None else __sandbox__,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
        )
        return self

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
            SendPlan(
                timeout=attempt_timeout(prepared.timeout),
                max_retries=prepared.max_retries,
                redactor=prepared.redactor,
                max_response_bytes=prepared.max_response_bytes,
                gate=self._gate,
            ),
            sleep=self._sleep,
            random=self._random.random,
            limiter=self._limiter(),
        )
        return AsyncTikAPIResponse(
            json=answer.json,
            status_code=answer.status_code,
            headers=answer.headers,
            endpoint=spec,
            run=prepared.run,
            fetch_page=lambda next_run: self._call(spec, params, options, account_key, next_run),
            http_client=self._http,
            download_timeout=attempt_timeout(prepared.timeout),
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
