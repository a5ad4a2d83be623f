"""Shared test helpers: recording transports and clients wired to them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from tokkit import AsyncTikAPI, TikAPI

REPO = Path(__file__).resolve().parents[3]
CONFORMANCE = REPO / "conformance"
SEC_UID = "MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy-9htpnUi0sOYSr0kGGD1Loud"

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response] | Exception


def load_vectors(name: str) -> Any:
    return json.loads((CONFORMANCE / name).read_text(encoding="utf-8"))


def json_response(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers={"Content-Type": "application/json", **(headers or {})})


class Recorder:
    """An httpx transport that records every request and answers from a script (the last reply repeats)."""

    def __init__(self, *replies: Reply) -> None:
        self.replies: list[Reply] = list(replies) or [json_response(200, {"status": "success"})]
        self.requests: list[httpx.Request] = []

    def _next(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._next)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            await request.aread()
            return self._next(request)

        return httpx.MockTransport(handler)

    @property
    def queries(self) -> list[dict[str, str]]:
        return [dict(r.url.params) for r in self.requests]


class Sleeps:
    """Stands in for time.sleep / anyio.sleep: records the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)


def sync_client(recorder: Recorder, **options: Any) -> tuple[TikAPI, Sleeps]:
    options.setdefault("api_key", "test-api-key-123")
    api = TikAPI(http_client=httpx.Client(transport=recorder.transport()), **options)
    sleeps = Sleeps()
    api._sleep = sleeps
    return api, sleeps


def async_client(recorder: Recorder, **options: Any) -> tuple[AsyncTikAPI, Sleeps]:
    options.setdefault("api_key", "test-api-key-123")
    api = AsyncTikAPI(http_client=httpx.AsyncClient(transport=recorder.async_transport()), **options)
    sleeps = Sleeps()
    api._sleep = sleeps.asleep
    return api, sleeps


def endpoint_of(api: object, key: str) -> Any:
    node: Any = api
    for part in key.split("."):
        node = getattr(node, part)
    return node


def items_of(pages: Iterator[Any]) -> list[Any]:
    return [item for page in pages for item in page.items]
