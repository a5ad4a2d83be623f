"""The sync client of every provider (`SyncClient`, on one pooled httpx.Client), and TikAPI's."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any

import httpx

from . import _http
from ._base_client import BaseClient
from ._compat import Self
from ._endpoints import RootNamespace
from ._iterate import ItemStream, iterate_pages
from ._namespace import Namespace, Scope
from ._options import RequestOptions
from ._paging import PageRun
from ._response import TikAPIResponse
from ._secret import Secret
from ._transport import _sync
from ._types import EndpointSpec


class SyncClient(BaseClient[httpx.Client]):
    """A sync client of the provider its class names (`_provider`); the class adds the provider's endpoint tree."""

    def _own_http(self, timeout: float | None) -> httpx.Client:
        return _http.sync_client(timeout)

    def _start(self) -> None:
        self._sleep: Callable[[float], None] = time.sleep
        limit = self._max_concurrency
        self._semaphore = None if limit is None else threading.BoundedSemaphore(limit)
        provider = self._provider
        scope: Scope[Any, Any, Any] = Scope(
            self._call,
            iterate_pages,
            ItemStream,
            client=type(self).__name__,
            counts_credits=provider.credits is not None,
        )
        Namespace.__init__(self, scope)  # type: ignore[arg-type]  # the class is a namespace too

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
            self._plan(prepared),
            sleep=self._sleep,
            random=self._random.random,
            limiter=self._semaphore,
        )
        return TikAPIResponse(
            **self._response_fields(prepared, answer),
            fetch_page=lambda next_run: self._call(spec, params, options, account_key, next_run),
        )

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


class TikAPI(SyncClient, RootNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]]):
    """The TikAPI client: `api.public.check(username=...)`, `api.user(accountKey=...).posts.feed()`, `api.key()`.

    `TikAPI("key")`, or `TikAPI()` reading TIKAPI_KEY, or
    `TikAPI(api_key=..., sandbox=True, base_url=..., timeout=60, max_retries=2, max_response_bytes=32 MiB,
    max_concurrency=None)` (`apiKey=` is the official SDK's spelling of `api_key=`). Connections are pooled:
    use it as a context manager, or call `close()`, when done. A given `http_client` is used as is and not
    closed by the SDK.
    """
