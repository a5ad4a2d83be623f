"""Servers that would keep a run of pages going forever, on a real loopback socket: every run still ends."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import anyio
import pytest

from tokkit import AsyncTikAPI, TikAPI, TikAPIError
from tokkit._iterate import DEFAULT_MAX_PAGES

from .helpers import SEC_UID


def _no_items(n: int) -> dict[str, Any]:
    # has-more true and a fresh cursor on every page, but never an items array
    return {"status": "success", "hasMore": True, "cursor": str(n + 1), **({"itemList": None} if n % 2 else {})}


def _same_page(n: int) -> dict[str, Any]:
    # the same page again and again, under a new spelling of the cursor: 05, 005, 0005, ...
    items = [{"id": "a1"}, {"id": "a2"}]
    return {"status": "success", "hasMore": True, "cursor": "0" * (n + 1) + "5", "itemList": items}


def _endless(n: int) -> dict[str, Any]:
    # a list that never ends: new items and a new cursor on every page
    return {"status": "success", "hasMore": True, "cursor": str(n + 1), "itemList": [{"id": f"p{n}"}]}


MODES: dict[str, Callable[[int], dict[str, Any]]] = {
    "no-items": _no_items,
    "same-page": _same_page,
    "endless": _endless,
}
REQUESTS: Counter[str] = Counter()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        mode = query.get("mode", [""])[0]
        cursor = query.get("cursor", [None])[0]
        REQUESTS[mode] += 1
        position = 0 if cursor is None else (len(cursor) - 1 if mode == "same-page" else int(cursor))
        body = json.dumps(MODES[mode](position) if mode in MODES else {}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def client(base_url: str) -> TikAPI:
    return TikAPI(api_key="k", base_url=base_url, max_retries=0)


def test_hardening_no_items_pages_end_items_and_pages(base_url: str) -> None:
    REQUESTS.clear()
    with client(base_url) as api:
        stream = api.public.posts.items(secUid=SEC_UID, max_items=50, extra_params={"mode": "no-items"})
        assert list(stream) == []
        assert stream.stop_reason == "no-items"
        assert REQUESTS["no-items"] == 3
        pages = list(api.public.posts.pages(secUid=SEC_UID, extra_params={"mode": "no-items"}))
        assert [len(pages), pages[-1].stop_reason] == [3, "no-items"]
        assert REQUESTS["no-items"] == 6


def test_hardening_the_same_page_under_new_cursors_ends(base_url: str) -> None:
    REQUESTS.clear()
    with client(base_url) as api:
        pages = list(api.public.posts.pages(secUid=SEC_UID, extra_params={"mode": "same-page"}))
        assert [len(pages), pages[-1].stop_reason] == [2, "repeated-page"]
        stream = api.public.posts.items(secUid=SEC_UID, extra_params={"mode": "same-page"})
        assert [item["id"] for item in stream] == ["a1", "a2"]
        assert stream.stop_reason == "repeated-page"
        assert REQUESTS["same-page"] == 4


def test_hardening_an_endless_list_stops_at_the_default_page_bound(base_url: str) -> None:
    REQUESTS.clear()
    with client(base_url) as api:
        pages = list(api.public.posts.pages(secUid=SEC_UID, extra_params={"mode": "endless"}))
        assert len(pages) == DEFAULT_MAX_PAGES == 1000
        assert pages[-1].stop_reason is None
        assert REQUESTS["endless"] == DEFAULT_MAX_PAGES
        bound = DEFAULT_MAX_PAGES + 5
        raised = api.public.posts.pages(secUid=SEC_UID, max_pages=bound, extra_params={"mode": "endless"})
        assert sum(1 for _ in raised) == DEFAULT_MAX_PAGES + 5


def test_hardening_items_stop_with_max_pages_and_resume(base_url: str) -> None:
    with client(base_url) as api:
        stream = api.public.posts.items(secUid=SEC_UID, max_pages=3, extra_params={"mode": "endless"})
        assert [item["id"] for item in stream] == ["p0", "p1", "p2"]
        assert stream.stop_reason == "max-pages"
        assert stream.resume_point.to_dict() == {"cursor": "3", "skip": 0, "done": False}
        more = api.public.posts.items(
            secUid=SEC_UID, max_items=1, resume=stream.resume_point, extra_params={"mode": "endless"}
        )
        assert [item["id"] for item in more] == ["p3"]


def test_hardening_async_runs_end_too(base_url: str) -> None:
    async def run() -> None:
        async with AsyncTikAPI(api_key="k", base_url=base_url, max_retries=0) as api:
            stream = api.public.posts.items(secUid=SEC_UID, max_items=50, extra_params={"mode": "no-items"})
            assert [item async for item in stream] == []
            assert stream.stop_reason == "no-items"
            pages = [p async for p in api.public.posts.pages(secUid=SEC_UID, extra_params={"mode": "same-page"})]
            assert [len(pages), pages[-1].stop_reason] == [2, "repeated-page"]
            bounded = api.public.posts.items(secUid=SEC_UID, max_pages=2, extra_params={"mode": "endless"})
            assert [item["id"] async for item in bounded] == ["p0", "p1"]
            assert bounded.stop_reason == "max-pages"

    anyio.run(run)


@pytest.mark.parametrize("max_pages", [0, -1, 1.5, True, "3"])
def test_max_pages_must_be_a_positive_integer(max_pages: Any) -> None:
    with TikAPI(api_key="k", base_url="http://127.0.0.1:9", max_retries=0) as api, pytest.raises(TikAPIError):
        api.public.posts.items(secUid=SEC_UID, max_pages=max_pages)
