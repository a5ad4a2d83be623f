"""Property-based guards: any generated call builds a request httpx accepts or raises ValidationError before a byte
is sent; any generated server, however long it hands out pages, ends within the bound and never repeats an item."""

from __future__ import annotations

import json
import math
import warnings
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tokkit import ENDPOINTS, TikAPI, TikAPIError, ValidationError
from tokkit._identity import item_identity
from tokkit._iterate import DEFAULT_MAX_PAGES
from tokkit._request import RequestTarget, build_request
from tokkit._secret import Secret
from tokkit._types import EndpointSpec

from .helpers import SEC_UID, Recorder, json_response

AWKWARD_TEXT = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", ".", "..", "../key/info", "a\r\nb", "\x00", "\ud800", "x\udc00y", "😀", "%2e%2e", "1e400"]),
)
ANY_VALUE = st.one_of(
    AWKWARD_TEXT,
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.binary(max_size=4),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.lists(st.integers(), max_size=2),
    st.builds(object),
    st.complex_numbers(allow_nan=False, allow_infinity=False),
)
ENDPOINT_SPECS: list[EndpointSpec] = list(ENDPOINTS.values())
KEY = "api-key-0123"
Call = tuple[EndpointSpec, dict[str, Any], dict[str, Any] | None]


@st.composite
def calls(draw: st.DrawFn) -> Call:
    endpoint = draw(st.sampled_from(ENDPOINT_SPECS))
    names = [p.name for p in endpoint.params]
    name = st.one_of(st.sampled_from([*names, "constructor", "__proto__"]), st.text(max_size=6))
    params = draw(st.dictionaries(name, ANY_VALUE, max_size=4))
    extra = draw(st.none() | st.dictionaries(st.text(max_size=6), ANY_VALUE, max_size=3))
    return endpoint, params, extra


def sendable(value: object) -> bool:
    """What a call may carry: None (not sent) or a scalar; a float only when finite; text only when valid Unicode."""
    if value is None or isinstance(value, (bool, int)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    return False


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls())
def test_property_any_call_builds_a_request_httpx_accepts_or_raises_validation_error(call: Call) -> None:
    endpoint, params, extra = call
    target = RequestTarget(
        base_url="https://api.example", api_key=Secret(KEY), account_key=Secret("acct"), extra_params=extra
    )
    refusal: ValidationError | None = None
    try:
        built = build_request(endpoint, params, target)
    except ValidationError as error:
        refusal = error
    if refusal is not None:
        assert refusal.endpoint == endpoint.key
        assert KEY not in str(refusal)
        return
    given = [*params.values(), *(extra or {}).values()]
    assert all(sendable(value) for value in given), "a value no wire can carry was accepted"
    request = httpx.Request(built.method, built.url, headers=built.headers, content=built.body)
    assert request.url.host == "api.example"
    assert request.headers["x-api-key"] == KEY
    if built.body is not None:
        body = json.loads(built.body)
        for value in body.values():
            assert isinstance(value, (str, int, float, bool))
            assert not isinstance(value, float) or math.isfinite(value)


@settings(max_examples=300, deadline=None)
@given(calls())
def test_property_a_refused_call_sends_nothing(call: Call) -> None:
    endpoint, params, extra = call
    recorder = Recorder()
    http = httpx.Client(transport=recorder.transport())
    api = TikAPI(api_key="k", account_key="acct", max_retries=2, http_client=http)
    node: Any = api
    for part in endpoint.key.split("."):
        node = getattr(node, part)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # user.follow / user.unfollow say they are deprecated
            node(**params, extra_params=extra)
    except ValidationError:
        assert recorder.requests == []
    else:
        assert len(recorder.requests) == 1


ITEM = st.one_of(
    st.sampled_from(["a", "b", "c", "d", "e", "f", "1", "2"]).map(lambda i: {"id": i}),
    st.sampled_from([1, 2, 3]).map(lambda i: {"id": i}),
    st.sampled_from(["u1", "u2"]).map(lambda i: {"user": {"id": i}, "stats": {"n": 1}}),
    st.sampled_from([{"note": "x"}, {"note": "y"}]),
)
CURSOR = st.one_of(
    st.sampled_from(["0", "5", "05", "005", "30", "", "abc", None, True]),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60).map(str),
)
PAGE = st.fixed_dictionaries(
    {},
    optional={
        "itemList": st.one_of(st.lists(ITEM, max_size=4), st.none()),
        "hasMore": st.sampled_from([True, False, 1, 0, "true"]),
        "cursor": CURSOR,
    },
)
SERVER = st.lists(PAGE, min_size=1, max_size=12)


def cycling(script: list[dict[str, Any]]) -> Recorder:
    """A server that answers from the script, then cycles through it again: it never stops by itself."""
    recorder = Recorder()
    recorder.replies = [lambda request: json_response(200, script[(len(recorder.requests) - 1) % len(script)])]
    return recorder


@settings(max_examples=300, deadline=None)
@given(SERVER, st.integers(min_value=1, max_value=40), st.none() | st.integers(min_value=1, max_value=30))
def test_property_items_end_within_the_bound_and_never_repeat(
    script: list[dict[str, Any]], max_pages: int, max_items: int | None
) -> None:
    recorder = cycling(script)
    api = TikAPI(api_key="k", max_retries=0, http_client=httpx.Client(transport=recorder.transport()))
    seen: set[str] = set()
    try:
        for item in api.public.posts.items(secUid=SEC_UID, max_pages=max_pages, max_items=max_items):
            identity = item_identity(item)
            assert identity not in seen
            seen.add(identity)
    except TikAPIError:
        pass  # items under an undeclared array are refused; any other failure is a bug
    assert len(recorder.requests) <= max_pages
    assert max_items is None or len(seen) <= max_items


@settings(max_examples=200, deadline=None)
@given(SERVER, st.none() | st.integers(min_value=1, max_value=40))
def test_property_pages_end_within_the_bound(script: list[dict[str, Any]], max_pages: int | None) -> None:
    recorder = cycling(script)
    api = TikAPI(api_key="k", max_retries=0, http_client=httpx.Client(transport=recorder.transport()))
    pages = list(api.public.posts.pages(secUid=SEC_UID, max_pages=max_pages))
    assert len(pages) == len(recorder.requests) <= (max_pages or DEFAULT_MAX_PAGES)
    for page in pages:
        assert page.cursor is not None or page.stop_reason is not None
