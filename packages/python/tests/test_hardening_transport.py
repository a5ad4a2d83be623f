"""Hostile servers on real loopback sockets: redirects to another origin, headers dribbled byte by byte, gzip
bombs, JSON nested past the recursion limit, Retry-After dates no calendar holds."""

from __future__ import annotations

import functools
import socket
import time
import zlib
from collections.abc import Callable

import anyio
import httpx
import pytest

from tokkit import (
    DEFAULT_MAX_RESPONSE_BYTES,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncTikAPI,
    InternalServerError,
    RateLimitError,
    ResponseTooLargeError,
    TikAPI,
)

from .loopback import Loopback, Received, dribble, json_reply, reply

KEY = "SECRET-api-key-redirect-1"


def test_hardening_a_redirect_to_another_origin_never_receives_the_key() -> None:
    with Loopback(lambda _, conn: json_reply(conn, 200, {"stolen": True})) as elsewhere:

        def redirect(_: Received, conn: socket.socket) -> None:
            reply(conn, 302, headers=[("Location", f"{elsewhere.url}/collect")])

        with Loopback(redirect) as api_server:
            following = httpx.Client(follow_redirects=True)
            with TikAPI(KEY, base_url=api_server.url, http_client=following) as api, pytest.raises(APIError) as raised:
                api.key()
            assert raised.value.status_code == 302

            async def main() -> int | None:
                client = httpx.AsyncClient(follow_redirects=True)
                async with AsyncTikAPI(KEY, base_url=api_server.url, http_client=client) as api:
                    try:
                        await api.key()
                    except APIError as error:
                        return error.status_code
                    finally:
                        await client.aclose()
                return None

            assert anyio.run(main) == 302
            following.close()
            assert len(api_server.received) == 2
    assert elsewhere.received == []


HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"p" * 60 + b"\r\n"


def dribbled_head(_: Received, conn: socket.socket) -> None:
    dribble(conn, HEAD, 0.5, limit=20)


def call_sync(url: str) -> None:
    with TikAPI(KEY, base_url=url, timeout=2, max_retries=0) as api:
        api.key()


def call_async(url: str) -> None:
    async def main() -> None:
        async with AsyncTikAPI(KEY, base_url=url, timeout=2, max_retries=0) as api:
            await api.key()

    anyio.run(main)


@pytest.mark.parametrize("call", [call_sync, call_async])
def test_hardening_headers_dribbled_byte_by_byte_cannot_outlast_the_timeout(call: Callable[[str], None]) -> None:
    with Loopback(dribbled_head) as server:
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="within 2 s"):
            call(server.url)
        elapsed = time.monotonic() - started
    assert 1.5 < elapsed < 3.5


@functools.cache
def gzip_bomb(decoded_mib: int) -> bytes:
    """Gzip of `decoded_mib` MiB of zeros (about 1 KiB per MiB), made without holding the decoded bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(decoded_mib)]
    return b"".join(parts) + compressor.flush()


def bomb(_: Received, conn: socket.socket) -> None:
    body = gzip_bomb(256)
    reply(conn, 200, body, [("Content-Type", "application/json"), ("Content-Encoding", "gzip")])


@pytest.mark.parametrize(("cap", "limit"), [(1024 * 1024, 1024 * 1024), (DEFAULT_MAX_RESPONSE_BYTES, 32 * 1024 * 1024)])
def test_hardening_a_gzip_bomb_fails_fast_with_response_too_large(cap: int, limit: int) -> None:
    with Loopback(bomb) as server:
        default = cap == DEFAULT_MAX_RESPONSE_BYTES
        api = TikAPI(KEY, base_url=server.url) if default else TikAPI(KEY, base_url=server.url, max_response_bytes=cap)
        started = time.monotonic()
        with pytest.raises(ResponseTooLargeError) as raised:
            api.key()
        elapsed = time.monotonic() - started
        api.close()
        assert len(server.received) == 1  # never retried
    assert isinstance(raised.value, APIConnectionError)
    assert raised.value.limit == limit
    assert "max_response_bytes" in str(raised.value)
    assert elapsed < 5


def test_hardening_a_declared_length_over_the_cap_is_not_read() -> None:
    def big(_: Received, conn: socket.socket) -> None:
        reply(conn, 200, b"[" + b"0," * 40_000 + b"0]", [("Content-Type", "application/json")])

    async def main(url: str) -> None:
        async with AsyncTikAPI(KEY, base_url=url, max_response_bytes=50_000) as api:
            with pytest.raises(ResponseTooLargeError):
                await api.key()

    with Loopback(big) as server:
        anyio.run(main, server.url)
        assert len(server.received) == 1
        with TikAPI(KEY, base_url=server.url, max_response_bytes=None) as api:
            assert len(api.key().json()) == 40_001


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_hardening_json_nested_past_the_recursion_limit_is_invalid_json(depth: int) -> None:
    nested = b"[" * depth + b"]" * depth
    deep_object = b'{"message":' * depth + b"1" + b"}" * depth

    def answer(received: Received, conn: socket.socket) -> None:
        if received.target.startswith("/key/info"):
            reply(conn, 200, nested, [("Content-Type", "application/json")])
        else:
            reply(conn, 500, deep_object, [("Content-Type", "application/json")])

    with Loopback(answer) as server, TikAPI(KEY, base_url=server.url, max_retries=0) as api:
        with pytest.raises(APIConnectionError, match="not valid JSON"):
            api.key()
        with pytest.raises(InternalServerError) as raised:
            api.public.check(username="x")
    assert raised.value.status_code == 500


def test_hardening_json_nested_just_below_the_limit_still_reaches_the_error() -> None:
    for depth in (300, 450, 600, 900):
        body = b'{"a":' * depth + b"1" + b"}" * depth

        def answer(_: Received, conn: socket.socket, body: bytes = body) -> None:
            reply(conn, 429, body, [("Content-Type", "application/json")])

        with (
            Loopback(answer) as server,
            TikAPI(KEY, base_url=server.url, max_retries=0) as api,
            pytest.raises(RateLimitError),
        ):
            api.key()


def test_hardening_a_retry_after_date_with_a_20_digit_year_is_unreadable_not_a_crash() -> None:
    date = "Wed, 21 Oct 99999999999999999999 07:28:00 GMT"

    def limited(_: Received, conn: socket.socket) -> None:
        json_reply(conn, 429, {"message": "slow down"}, [("Retry-After", date)])

    with (
        Loopback(limited) as server,
        TikAPI(KEY, base_url=server.url, max_retries=0) as api,
        pytest.raises(RateLimitError) as raised,
    ):
        api.key()
    assert raised.value.retry_after is None
