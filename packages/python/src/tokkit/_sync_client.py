"""TikAPI: the sync client, on one pooled httpx.Client."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any

import httpx
from typing_extensions import Self

from . import _http
from ._base_client import BaseClient
from ._endpoints import RootNamespace
from ._iterate import ItemStream, iterate_pages
from ._namespace import Scope
from ._options import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RequestOptions, attempt_timeout
from ._paging import PageRun
from ._response import TikAPIResponse
from ._secret import Secret
from ._transport import _sync
from ._transport._plan import SendPlan
from ._types import EndpointSpec


class TikAPI(BaseClient, RootNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]]):
    """The TikAPI client: `api.public.check(username=...)`, `api.user(accountKey=...).posts.feed()`, `api.key()`.

    `TikAPI("key")`, or `TikAPI()` reading TIKAPI_KEY, or
    `TikAPI(api_key=..., sandbox=True, base_url=..., timeout=60, max_retries=2, max_response_bytes=32 MiB,
    max_concurrency=None)`. Connections are pooled:
    use it as a context manager, or call `close()`, when done. A given `http_client` is used as is and not
    closed by the SDK.
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
        http_client: httpx.Client | None = None,
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
        self._http = http_client or _http.sync_client(timeout)
        self._sleep: Callable[[float], None] = time.sleep
        self._semaphore = None if max_concurrency is None else threading.BoundedSemaphore(max_concurrency)
        RootNamespace.__init__(self, Scope(self._call, iterate_pages, ItemStream))

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

    def _call(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        account_key: Secret | None,
        run: PageRun | None = None,
        items_field: str | None = None,
    ) -> TikAPIResponse:
        prepared = self._prepare(spec, params, options, account_key, run, items_field)
        answer = _sync.send(
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
        return TikAPIResponse(
            json=answer.json,
            status_code=answer.status_code,
            headers=answer.headers,
            endpoint=spec,
            run=prepared.run,
            fetch_page=lambda next_run: self._call(spec, params, options, account_key, next_run),
            http_client=self._http,
            download_timeout=attempt_timeout(prepared.timeout),
        )

    def _limiter(self) -> threading.BoundedSemaphore | None:
        return self._semaphore

    def close(self) -> None:
        """Closes the pooled connections (not those of an `http_client` passed in)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
