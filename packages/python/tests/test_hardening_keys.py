"""Keys against a real loopback server: trimmed, refused when they could not travel, never shown by an error,
a repr, a traceback printed with its locals, or httpx's and httpcore's own debug log lines."""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Callable, Iterator

import pytest

from tokkit import APIError, AsyncTikAPI, InternalServerError, TikAPI, ValidationError

from .loopback import Loopback, Received, json_reply, reply

KEY = "SECRET-api-key-7f3a9"
ACCOUNT = "SECRET-account-key-c41e"
BOUND = "SECRET-bound-account-99"


def ok(_: Received, conn: socket.socket) -> None:
    json_reply(conn, 200, {"status": "success"})


@pytest.fixture
def server() -> Iterator[Loopback]:
    with Loopback(ok) as running:
        yield running


def test_hardening_keys_with_a_trailing_newline_are_trimmed(server: Loopback, monkeypatch: pytest.MonkeyPatch) -> None:
    with TikAPI(KEY + "\n", account_key=f"  {ACCOUNT}\r\n", base_url=server.url) as api:
        api.key()
        api.user.info()
        api.user(accountKey=ACCOUNT + "\n").info()
    monkeypatch.setenv("TIKAPI_KEY", f"{KEY}\n")
    with TikAPI(base_url=server.url) as api:
        api.key()
    assert [r.headers["x-api-key"] for r in server.received] == [KEY] * 4
    assert [r.headers.get("x-account-key") for r in server.received] == [None, ACCOUNT, ACCOUNT, None]


@pytest.mark.parametrize("bad", [f"{KEY[:6]}\n{KEY[6:]}", f"{KEY[:6]}\x00{KEY[6:]}", f"{KEY[:6]}é{KEY[6:]}"])
def test_hardening_keys_with_inner_control_characters_are_refused_without_showing_them(
    server: Loopback, bad: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        TikAPI(bad, base_url=server.url)
    assert raised.value.field == "api_key"
    with pytest.raises(ValidationError) as raised_account:
        TikAPI(KEY, base_url=server.url).user(accountKey=bad)
    assert raised_account.value.field == "accountKey"
    with pytest.raises(ValidationError):
        TikAPI(KEY, base_url=server.url).set(account_key=bad)
    for error in (raised.value, raised_account.value):
        shown = f"{error} {error!r} {error.args}"
        assert KEY[:6] not in shown
        assert KEY[6:] not in shown
    assert server.received == []


def test_hardening_an_echoed_key_is_redacted_in_its_escaped_and_bytes_forms() -> None:
    key = "SECRET'key\"with\\quotes"

    def echo(received: Received, conn: socket.socket) -> None:
        sent = received.headers["x-api-key"]
        forms = f"{sent.encode()!r} {sent!r} {sent.encode('unicode_escape').decode()}"
        reply(conn, 500, f"bad key: {forms}".encode(), [("X-Echo", repr(sent.encode()))])

    with Loopback(echo) as server, TikAPI(key, base_url=server.url, max_retries=0) as api:
        with pytest.raises(InternalServerError) as raised:
            api.key()
        assert server.received[0].headers["x-api-key"] == key
    error = raised.value
    shown = f"{error} {error!r} {error.json!r} {error.headers!r} {error.response.json()!r}"
    assert "[redacted]" in str(error.json)
    for fragment in ("SECRET", "with\\\\quotes", "with\\quotes"):
        assert fragment not in shown


def _formatted_with_locals(error: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


def test_hardening_tracebacks_printed_with_their_locals_show_no_key() -> None:
    def fail(_: Received, conn: socket.socket) -> None:
        json_reply(conn, 500, {"message": "down"})

    with Loopback(fail) as server, TikAPI(KEY, account_key=ACCOUNT, base_url=server.url, max_retries=0) as api:
        user = api.user(accountKey=BOUND)
        seen: list[BaseException] = []
        calls: list[Callable[[], object]] = [
            api.user.info,
            user.info,
            lambda: user.posts.like(media_id="7109178205151464746"),
            lambda: api.public.check(username="x", extra_params={"bad": object()}),
            lambda: api.public.check(username="x", extra_headers={"Host": "evil.example"}),
        ]
        for call in calls:
            with pytest.raises((APIError, ValidationError)) as raised:
                call()
            seen.append(raised.value)
        printed = "\n".join(_formatted_with_locals(error) for error in seen)
        assert "SECRET" not in printed
        assert "prepared =" in printed  # the locals are there, only the keys are not
        for holder in (api, api._state, user, user._scope):
            assert "SECRET" not in repr(holder)


def test_hardening_async_tracebacks_show_no_key() -> None:
    import anyio

    def fail(_: Received, conn: socket.socket) -> None:
        json_reply(conn, 503, {"message": "down"})

    async def main(url: str) -> BaseException:
        async with AsyncTikAPI(KEY, account_key=ACCOUNT, base_url=url, max_retries=0) as api:
            try:
                await api.user(accountKey=BOUND).info()
            except APIError as error:
                return error
        raise AssertionError("no error")

    with Loopback(fail) as server:
        error = anyio.run(main, server.url)
    assert "SECRET" not in _formatted_with_locals(error)


def test_hardening_httpcore_debug_lines_do_not_show_an_echoed_key(caplog: pytest.LogCaptureFixture) -> None:
    def echo(received: Received, conn: socket.socket) -> None:
        json_reply(conn, 200, {"status": "success"}, [("X-Echo", received.headers["x-api-key"])])

    caplog.set_level(logging.DEBUG, logger="httpcore")
    caplog.set_level(logging.DEBUG, logger="httpx")
    with Loopback(echo) as server, TikAPI(KEY, base_url=server.url) as api:
        api.key()
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "receive_response_headers.complete" in text
    assert "X-Echo" in text
    assert KEY not in text
    assert "[redacted]" in text
