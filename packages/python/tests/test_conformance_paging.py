"""conformance/paging.json: a page -> the exact next request, or the stop reason (sync and async clients).

A case or run with a `provider` field ("scavio", ...) is run with that provider's clients and catalogue; TikAPI's
otherwise. A provider's POST endpoints carry their params in a JSON body: `expect.next` is then that body."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, NamedTuple

import anyio
import httpx
import pytest

from tokkit import ENDPOINTS, AsyncScavio, AsyncTikAPI, AsyncUserHandleAPI, EndpointSpec, Scavio, TikAPI, UserHandleAPI
from tokkit._scavio._catalogue import ENDPOINTS as SCAVIO_ENDPOINTS
from tokkit._userhandle._catalogue import ENDPOINTS as USERHANDLE_ENDPOINTS

from .helpers import Recorder, endpoint_of, json_response, load_vectors

VECTORS = load_vectors("paging.json")
REASONS = {"end", "empty-page", "missing-cursor", "repeated-cursor", "not-paged"}


class Provider(NamedTuple):
    sync: Any
    async_: Any
    endpoints: Mapping[str, EndpointSpec]
    account_keys: bool


PROVIDERS = {
    "tikapi": Provider(TikAPI, AsyncTikAPI, ENDPOINTS, True),
    "scavio": Provider(Scavio, AsyncScavio, SCAVIO_ENDPOINTS, False),
    "userhandle": Provider(UserHandleAPI, AsyncUserHandleAPI, USERHANDLE_ENDPOINTS, False),
}


def provider_of(case: dict[str, Any]) -> Provider:
    return PROVIDERS[case.get("provider", "tikapi")]


def spec_of(case: dict[str, Any]) -> EndpointSpec:
    return provider_of(case).endpoints[case["endpoint"]]


def client_options(case: dict[str, Any], http_client: httpx.Client | httpx.AsyncClient) -> dict[str, Any]:
    keys = VECTORS["client"]
    options: dict[str, Any] = {"api_key": keys["apiKey"], "max_retries": 0, "http_client": http_client}
    if provider_of(case).account_keys:
        options["account_key"] = keys["accountKey"]
    if provider_of(case).sync is UserHandleAPI:
        options["base_url"] = "http://127.0.0.1:9"
    return options


def sent_params(request: httpx.Request, spec: EndpointSpec) -> dict[str, Any]:
    """What a request carries: its query (GET, values as strings) or its JSON body (POST)."""
    if spec.method == "GET":
        return dict(request.url.params)
    parsed: dict[str, Any] = json.loads(request.content)
    return parsed


def params_of(case: dict[str, Any]) -> dict[str, Any]:
    """The case's params with its `requestedWith`: the paging param's value, or (token_time) several by name."""
    params = dict(case["params"])
    requested = case["requestedWith"]
    if requested is not None:
        paging = spec_of(case).paging
        assert paging is not None, f"{case['endpoint']} does not page but the vector has requestedWith"
        params.update(requested if isinstance(requested, dict) else {paging.param: requested})
    return params


def check_first(recorder: Recorder, case: dict[str, Any], page: Any) -> None:
    assert len(recorder.requests) == 1
    spec = spec_of(case)
    if spec.paging is not None:
        sent = sent_params(recorder.requests[0], spec)
        requested = case["requestedWith"]
        if isinstance(requested, dict):
            assert {name: sent.get(name) for name in requested} == requested
        elif spec.method == "GET":
            assert sent.get(spec.paging.param) == (None if requested is None else str(requested))
        else:
            assert sent.get(spec.paging.param) == requested
    if "items" in case["expect"]:
        assert len(page.items) == case["expect"]["items"]


def check_second(recorder: Recorder, case: dict[str, Any]) -> None:
    assert len(recorder.requests) == 2
    first, second = recorder.requests
    spec = spec_of(case)
    assert sent_params(second, spec) == case["expect"]["next"]
    assert second.url.path == first.url.path
    if spec.method == "GET":
        assert len(second.url.params.multi_items()) == len(case["expect"]["next"])
        assert second.content == b""
    else:
        assert second.url.params.multi_items() == []


def test_vectors_cover_every_paged_endpoint_with_a_next_and_a_stop_case() -> None:
    assert next(iter(VECTORS)) == "$comment"
    paged = [key for key, spec in ENDPOINTS.items() if spec.paging]
    assert len(paged) >= 34
    tikapi = [c for c in VECTORS["cases"] if "provider" not in c]
    with_next = {c["endpoint"] for c in tikapi if "next" in c["expect"]}
    with_stop = {c["endpoint"] for c in tikapi if "stop" in c["expect"]}
    assert [k for k in paged if k not in with_next] == []
    assert [k for k in paged if k not in with_stop] == []
    assert {c["expect"]["stop"] for c in tikapi if "stop" in c["expect"]} == REASONS


def style_of(spec: EndpointSpec) -> tuple[str, str] | None:
    return None if spec.paging is None else (spec.paging.style, spec.paging.source)


def test_every_paging_style_of_the_other_providers_has_a_next_case() -> None:
    for case in CASES:
        assert case["endpoint"] in provider_of(case).endpoints, case["name"]
    for name, provider in PROVIDERS.items():
        if name == "tikapi":
            continue
        styles = {style_of(spec) for spec in provider.endpoints.values()} - {None}
        covered = {style_of(spec_of(c)) for c in CASES if c.get("provider") == name and "next" in c["expect"]}
        assert styles <= covered, name


SEC = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM"
PROVIDER_SAMPLES: list[dict[str, Any]] = [
    # Cases in the vectors' own form for the other providers, beside those conformance/paging.json carries.
    {
        "name": "sample scavio user.posts: cursor = data.max_cursor",
        "provider": "scavio",
        "endpoint": "user.posts",
        "params": {"sec_user_id": SEC, "count": 2},
        "requestedWith": None,
        "response": {"data": {"aweme_list": [{"aweme_id": "a"}, {"aweme_id": "b"}], "max_cursor": "2", "has_more": 1}},
        "expect": {"next": {"sec_user_id": SEC, "count": 2, "cursor": "2"}, "items": 2},
    },
    {
        "name": "sample scavio user.posts: has_more 0 ends the run though max_cursor is set",
        "provider": "scavio",
        "endpoint": "user.posts",
        "params": {"sec_user_id": SEC},
        "requestedWith": "2",
        "response": {"data": {"aweme_list": [{"aweme_id": "c"}], "max_cursor": "3", "has_more": 0}},
        "expect": {"stop": "end", "items": 1},
    },
    {
        "name": "sample scavio video.comments.replies: cursor = data.cursor",
        "provider": "scavio",
        "endpoint": "video.comments.replies",
        "params": {"video_id": "1", "comment_id": "2"},
        "requestedWith": 20,
        "response": {"data": {"comments": [{"cid": "r1"}], "cursor": 40, "has_more": 1}},
        "expect": {"next": {"video_id": "1", "comment_id": "2", "cursor": 40}},
    },
    {
        "name": "sample scavio user.followers: page_token + min_time",
        "provider": "scavio",
        "endpoint": "user.followers",
        "params": {"sec_user_id": SEC},
        "requestedWith": None,
        "response": {
            "data": {"followers": [{"uid": "f"}], "next_page_token": "t2", "min_time": 1700000000, "has_more": True}
        },
        "expect": {"next": {"sec_user_id": SEC, "page_token": "t2", "min_time": 1700000000}},
    },
    {
        "name": "sample scavio user.followings: a token without its time bound is a missing cursor",
        "provider": "scavio",
        "endpoint": "user.followings",
        "params": {"sec_user_id": SEC},
        "requestedWith": None,
        "response": {"data": {"followings": [{"uid": "f"}], "next_page_token": "t2", "has_more": True}},
        "expect": {"stop": "missing-cursor"},
    },
    {
        "name": "sample userhandle user: not paged",
        "provider": "userhandle",
        "endpoint": "user",
        "params": {"userHandle": "lilyachty"},
        "requestedWith": None,
        "response": {"user": {"id": "1"}},
        "expect": {"stop": "not-paged"},
    },
]
CASES = VECTORS["cases"] + PROVIDER_SAMPLES


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_sync(case: dict[str, Any]) -> None:
    recorder = Recorder(json_response(200, case["response"]), json_response(200, {}))
    api = provider_of(case).sync(**client_options(case, httpx.Client(transport=recorder.transport())))
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
        http_client = httpx.AsyncClient(transport=recorder.async_transport())
        async with provider_of(case).async_(**client_options(case, http_client)) as api:
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
    names = {"maxItems": "max_items", "maxPages": "max_pages", "resume": "resume"}
    return {names[name]: value for name, value in run["options"].items()}


def item_name(item: Any, run: dict[str, Any]) -> Any:
    """How a vector names an item: its id, its user's id or its cid, else the item itself (the other providers'
    items are named whole)."""
    if isinstance(item, dict) and "provider" not in run:
        user = item.get("user")
        for value in (item.get("id"), user.get("id") if isinstance(user, dict) else None, item.get("cid")):
            if value is not None:
                return value
    return item


def test_run_vectors_cover_the_run_level_stop_reasons() -> None:
    tikapi = [run for run in VECTORS["runs"] if "provider" not in run]
    assert {run["expect"]["stop"] for run in tikapi} == {"no-items", "repeated-page", "end", "max-pages", None}


@pytest.mark.parametrize("run", VECTORS["runs"], ids=lambda r: r["name"])
def test_hardening_run_sync(run: dict[str, Any]) -> None:
    recorder = run_recorder(run)
    api = provider_of(run).sync(**client_options(run, httpx.Client(transport=recorder.transport())))
    endpoint = endpoint_of(api, run["endpoint"])
    expect = run["expect"]
    if run["call"] == "pages":
        pages = list(endpoint.pages(**run["params"], **run_options(run)))
        assert len(pages) == expect["pages"]
        assert pages[-1].stop_reason == expect["stop"]
    else:
        stream = endpoint.items(**run["params"], **run_options(run))
        assert [item_name(item, run) for item in stream] == expect["items"]
        assert stream.stop_reason == expect["stop"]
        if "resume" in expect:
            assert stream.resume_point.to_dict() == {**expect["resume"], "done": False}
    assert len(recorder.requests) == expect["requests"]


@pytest.mark.parametrize("run", VECTORS["runs"], ids=lambda r: r["name"])
def test_hardening_run_async(run: dict[str, Any]) -> None:
    async def walk() -> None:
        recorder = run_recorder(run)
        http_client = httpx.AsyncClient(transport=recorder.async_transport())
        async with provider_of(run).async_(**client_options(run, http_client)) as api:
            endpoint = endpoint_of(api, run["endpoint"])
            expect = run["expect"]
            if run["call"] == "pages":
                pages = [page async for page in endpoint.pages(**run["params"], **run_options(run))]
                assert len(pages) == expect["pages"]
                assert pages[-1].stop_reason == expect["stop"]
            else:
                stream = endpoint.items(**run["params"], **run_options(run))
                assert [item_name(item, run) async for item in stream] == expect["items"]
                assert stream.stop_reason == expect["stop"]
                if "resume" in expect:
                    assert stream.resume_point.to_dict() == {**expect["resume"], "done": False}
            assert len(recorder.requests) == expect["requests"]

    anyio.run(walk)
