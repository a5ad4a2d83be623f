"""conformance/paging.json: a page -> the exact next request, or the stop reason (sync and async clients)."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from tokkit import ENDPOINTS, AsyncTikAPI, TikAPI

from .helpers import Recorder, endpoint_of, json_response, load_vectors

VECTORS = load_vectors("paging.json")
# The vectors of other providers (a "provider" field) need their clients; these tests run TikAPI's.
CASES = [case for case in VECTORS["cases"] if "provider" not in case]
RUNS = [run for run in VECTORS["runs"] if "provider" not in run]
REASONS = {"end", "empty-page", "missing-cursor", "repeated-cursor", "not-paged"}


def params_of(case: dict[str, Any]) -> dict[str, Any]:
    params = dict(case["params"])
    if case["requestedWith"] is not None:
        paging = ENDPOINTS[case["endpoint"]].paging
        assert paging is not None, f"{case['endpoint']} does not page but the vector has requestedWith"
        params[paging.param] = case["requestedWith"]
    return params


def check_first(recorder: Recorder, case: dict[str, Any], page: Any) -> None:
    assert len(recorder.requests) == 1
    paging = ENDPOINTS[case["endpoint"]].paging
    if paging is not None:
        sent = recorder.requests[0].url.params.get(paging.param)
        requested = case["requestedWith"]
        assert sent == (None if requested is None else str(requested))
    if "items" in case["expect"]:
        assert len(page.items) == case["expect"]["items"]


def check_second(recorder: Recorder, case: dict[str, Any]) -> None:
    assert len(recorder.requests) == 2
    first, second = recorder.requests
    assert dict(second.url.params) == case["expect"]["next"]
    assert len(second.url.params.multi_items()) == len(case["expect"]["next"])
    assert second.url.path == first.url.path
    assert second.content == b""


def test_vectors_cover_every_paged_endpoint_with_a_next_and_a_stop_case() -> None:
    assert next(iter(VECTORS)) == "$comment"
    paged = [key for key, spec in ENDPOINTS.items() if spec.paging]
    assert len(paged) >= 34
    with_next = {c["endpoint"] for c in CASES if "next" in c["expect"]}
    with_stop = {c["endpoint"] for c in CASES if "stop" in c["expect"]}
    assert [k for k in paged if k not in with_next] == []
    assert [k for k in paged if k not in with_stop] == []
    assert {c["expect"]["stop"] for c in CASES if "stop" in c["expect"]} == REASONS


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_sync(case: dict[str, Any]) -> None:
    recorder = Recorder(json_response(200, case["response"]), json_response(200, {}))
    keys = VECTORS["client"]
    api = TikAPI(
        api_key=keys["apiKey"],
        account_key=keys["accountKey"],
        max_retries=0,
        http_client=httpx.Client(transport=recorder.transport()),
    )
    endpoint = endpoint_of(api, case["endpoint"])
    items_field = case.get("options", {}).get("itemsField")
    if items_field:
        page = next(endpoint.pages(**params_of(case), items_field=items_field))
    else:
        page = endpoint(**params_of(case))
    check_first(recorder, case, page)
    if "stop" in case["expect"]:
        assert page.stop_reason == case["expect"]["stop"]
        assert page.cursor is None
        assert page.next_items() is None
        assert len(recorder.requests) == 1
        return
    assert page.stop_reason is None
    assert page.next_items() is not None
    check_second(recorder, case)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_async(case: dict[str, Any]) -> None:
    async def run() -> None:
        recorder = Recorder(json_response(200, case["response"]), json_response(200, {}))
        keys = VECTORS["client"]
        async with AsyncTikAPI(
            api_key=keys["apiKey"],
            account_key=keys["accountKey"],
            max_retries=0,
            http_client=httpx.AsyncClient(transport=recorder.async_transport()),
        ) as api:
            endpoint = endpoint_of(api, case["endpoint"])
            items_field = case.get("options", {}).get("itemsField")
            if items_field:
                page = await endpoint.pages(**params_of(case), items_field=items_field).__anext__()
            else:
                page = await endpoint(**params_of(case))
            check_first(recorder, case, page)
            if "stop" in case["expect"]:
                assert page.stop_reason == case["expect"]["stop"]
                assert page.cursor is None
                assert await page.next_items() is None
                assert len(recorder.requests) == 1
                return
            assert page.stop_reason is None
            assert await page.next_items() is not None
            check_second(recorder, case)

    anyio.run(run)


def run_recorder(run: dict[str, Any]) -> Recorder:
    """Answers the n-th request with the run's n-th response, and 500 after the last."""
    replies = [json_response(200, body) for body in run["responses"]]
    return Recorder(*replies, json_response(500, {"message": "the run went on past its vector"}))


def run_options(run: dict[str, Any]) -> dict[str, Any]:
    names = {"maxItems": "max_items", "maxPages": "max_pages"}
    return {names[name]: value for name, value in run["options"].items()}


def item_name(item: Any) -> Any:
    """How a vector names an item: its id, its user's id or its cid, else the item itself."""
    if isinstance(item, dict):
        user = item.get("user")
        for value in (item.get("id"), user.get("id") if isinstance(user, dict) else None, item.get("cid")):
            if value is not None:
                return value
    return item


def test_run_vectors_cover_the_run_level_stop_reasons() -> None:
    assert {run["expect"]["stop"] for run in RUNS} == {"no-items", "repeated-page", "end", "max-pages", None}


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r["name"])
def test_hardening_run_sync(run: dict[str, Any]) -> None:
    recorder = run_recorder(run)
    keys = VECTORS["client"]
    api = TikAPI(
        api_key=keys["apiKey"],
        account_key=keys["accountKey"],
        max_retries=0,
        http_client=httpx.Client(transport=recorder.transport()),
    )
    endpoint = endpoint_of(api, run["endpoint"])
    expect = run["expect"]
    if run["call"] == "pages":
        pages = list(endpoint.pages(**run["params"], **run_options(run)))
        assert len(pages) == expect["pages"]
        assert pages[-1].stop_reason == expect["stop"]
    else:
        stream = endpoint.items(**run["params"], **run_options(run))
        assert [item_name(item) for item in stream] == expect["items"]
        assert stream.stop_reason == expect["stop"]
        if "resume" in expect:
            assert stream.resume_point.to_dict() == {**expect["resume"], "done": False}
    assert len(recorder.requests) == expect["requests"]


@pytest.mark.parametrize("run", RUNS, ids=lambda r: r["name"])
def test_hardening_run_async(run: dict[str, Any]) -> None:
    async def walk() -> None:
        recorder = run_recorder(run)
        keys = VECTORS["client"]
        async with AsyncTikAPI(
            api_key=keys["apiKey"],
            account_key=keys["accountKey"],
            max_retries=0,
            http_client=httpx.AsyncClient(transport=recorder.async_transport()),
        ) as api:
            endpoint = endpoint_of(api, run["endpoint"])
            expect = run["expect"]
            if run["call"] == "pages":
                pages = [page async for page in endpoint.pages(**run["params"], **run_options(run))]
                assert len(pages) == expect["pages"]
                assert pages[-1].stop_reason == expect["stop"]
            else:
                stream = endpoint.items(**run["params"], **run_options(run))
                assert [item_name(item) async for item in stream] == expect["items"]
                assert stream.stop_reason == expect["stop"]
                if "resume" in expect:
                    assert stream.resume_point.to_dict() == {**expect["resume"], "done": False}
            assert len(recorder.requests) == expect["requests"]

    anyio.run(walk)
