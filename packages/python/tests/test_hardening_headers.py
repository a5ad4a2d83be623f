"""Headers and extra parameters are checked before a byte is sent (against a real loopback server, which must see
nothing): framing and key headers, non-ASCII and control characters, objects and non-finite numbers."""

from __future__ import annotations

import math
import socket
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tokkit import AsyncTikAPI, TikAPI, ValidationError

from .loopback import Loopback, Received, json_reply

KEY = "SECRET-api-key-headers-1"


def ok(_: Received, conn: socket.socket) -> None:
    json_reply(conn, 200, {"status": "success"})


@pytest.fixture(scope="module")
def server() -> Iterator[Loopback]:
    with Loopback(ok) as running:
        yield running


@pytest.fixture
def api(server: Loopback) -> Iterator[TikAPI]:
    with TikAPI(KEY, base_url=server.url, max_retries=0) as client:
        yield client


BAD_HEADERS = [
    ({"Host": "evil.example"}, "Host"),
    ({"content-length": "0"}, "content-length"),
    ({"Transfer-Encoding": "chunked"}, "Transfer-Encoding"),
    ({"Connection": "close"}, "Connection"),
    ({"X-API-KEY": "other"}, "X-API-KEY"),
    ({"X-Account-Key": "other"}, "X-Account-Key"),
    ({"X-Name": "café"}, "X-Name"),
    ({"X-Split": "a\r\nX-Injected: 1"}, "X-Split"),
    ({"X-Nul": "a\x00b"}, "X-Nul"),
    ({"Bad Name": "v"}, "Bad Name"),
    ({"X-Number": 5}, "X-Number"),
    ({"X-Twice": "a", "x-twice": "b"}, "x-twice"),
]


@pytest.mark.parametrize(("headers", "name"), BAD_HEADERS)
def test_hardening_bad_per_call_headers_are_refused_before_sending(
    server: Loopback, api: TikAPI, headers: dict[str, Any], name: str
) -> None:
    before = len(server.received)
    with pytest.raises(ValidationError) as raised:
        api.public.check(username="x", extra_headers=headers)
    assert name in raised.value.field
    assert raised.value.field.startswith("extra_headers[")
    assert raised.value.endpoint == "public.check"
    assert len(server.received) == before


@pytest.mark.parametrize(("headers", "name"), BAD_HEADERS)
def test_hardening_bad_client_headers_are_refused_at_construction_and_in_set(
    server: Loopback, headers: dict[str, Any], name: str
) -> None:
    with pytest.raises(ValidationError, match=name):
        TikAPI(KEY, base_url=server.url, headers=headers)
    api = TikAPI(KEY, base_url=server.url)
    with pytest.raises(ValidationError, match=name):
        api.set(headers=headers)
    with pytest.raises(ValidationError, match=name):
        AsyncTikAPI(KEY, base_url=server.url, headers=headers)
    api.close()


def test_hardening_header_values_lose_surrounding_spaces_and_arrive_as_given(server: Loopback) -> None:
    with TikAPI(KEY, base_url=server.url, headers={"x-trace": "client", "X-App": "a"}) as api:
        api.public.check(username="x", extra_headers={"X-Trace": "  t 1\t", "X-Empty": ""})
    got = server.received[-1].headers
    assert (got["x-trace"], got["x-empty"], got["x-app"], got["x-api-key"]) == ("t 1", "", "a", KEY)
    assert server.received[-1].raw_head.count(b"t 1") == 1
    assert b"client" not in server.received[-1].raw_head
    assert got["host"] == server.url.removeprefix("http://")


@pytest.mark.parametrize(
    "value",
    [{"a": 1}, [1, 2], (1,), {1}, object(), b"bytes", math.nan, math.inf, -math.inf],
)
def test_hardening_extra_params_must_be_single_finite_values(server: Loopback, api: TikAPI, value: object) -> None:
    before = len(server.received)
    with pytest.raises(ValidationError) as raised:
        api.public.check(username="x", extra_params={"new_param": value})
    assert raised.value.field == "new_param"
    user = api.user(accountKey="SECRET-account-headers")
    with pytest.raises(ValidationError):
        user.posts.like(media_id="7109178205151464746", extra_params={"new_param": value})
    assert len(server.received) == before


def test_hardening_extra_params_scalars_are_sent(server: Loopback, api: TikAPI) -> None:
    api.public.check(username="x", extra_params={"s": "v", "n": 2.5, "i": 3, "b": True, "gone": None})
    assert server.received[-1].target == "/public/check?username=x&s=v&n=2.5&i=3&b=true"


def test_hardening_the_async_client_checks_headers_too(server: Loopback) -> None:
    async def main() -> None:
        async with AsyncTikAPI(KEY, base_url=server.url) as api:
            with pytest.raises(ValidationError, match="Host"):
                await api.public.check(username="x", extra_headers={"Host": "evil.example"})

    before = len(server.received)
    anyio.run(main)
    assert len(server.received) == before


header_names = st.one_of(
    st.text(st.characters(codec="ascii"), min_size=0, max_size=12),
    st.sampled_from(["Host", "content-length", "X-API-KEY", "x-account-key", "Connection", "TE", "Expect", "X-Ok"]),
    st.text(min_size=1, max_size=6),
)
header_values = st.one_of(st.text(max_size=20), st.text(st.characters(codec="ascii"), max_size=20))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=st.dictionaries(header_names, header_values, max_size=4))
def test_hardening_any_headers_either_go_out_exactly_or_raise_validation_error_first(
    server: Loopback, headers: dict[str, str]
) -> None:
    before = len(server.received)
    with TikAPI(KEY, base_url=server.url, max_retries=0) as api:
        try:
            api.public.check(username="x", extra_headers=headers)
        except ValidationError:
            assert len(server.received) == before
            return
    got = server.received[-1].headers
    assert got["x-api-key"] == KEY
    for name, value in headers.items():
        assert got[name.lower()] == value.strip(" \t")
