"""The retry policy, timeouts and unreadable bodies, through a scripted transport (no real waiting)."""

from __future__ import annotations

import email.utils
import logging
import time

import anyio
import httpx
import pytest

from tokkit import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from tokkit._transport._retry import backoff_delay, next_delay, parse_retry_after

from .helpers import Recorder, async_client, json_response, sync_client

OK = json_response(200, {"status": "success", "userInfo": {}})


def check(recorder: Recorder, **options: object) -> tuple[object, list[float]]:
    api, sleeps = sync_client(recorder, **options)
    try:
        return api.public.check(username="lilyachty"), sleeps.waits
    except Exception as error:
        return error, sleeps.waits


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retries_a_get_on_retryable_statuses_then_raises(status: int) -> None:
    recorder = Recorder(json_response(status, {"message": f"HTTP {status}"}))
    error, waits = check(recorder)
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert len(recorder.requests) == 3
    assert len(waits) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 428])
def test_does_not_retry_other_statuses(status: int) -> None:
    recorder = Recorder(json_response(status, {"message": "no"}))
    error, _ = check(recorder)
    assert isinstance(error, APIError)
    assert len(recorder.requests) == 1


def test_returns_the_retry_that_succeeds() -> None:
    recorder = Recorder(json_response(503, {}), json_response(502, {}), OK)
    response, _waits = check(recorder)
    assert getattr(response, "status_code", None) == 200
    assert len(recorder.requests) == 3


def test_backoff_doubles_from_half_a_second_capped_at_eight_with_jitter() -> None:
    assert [backoff_delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    for attempt in range(1, 8):
        low = next_delay(retryable=True, retry_after=None, attempt=attempt, max_retries=10, random=lambda: 0.0)
        high = next_delay(retryable=True, retry_after=None, attempt=attempt, max_retries=10, random=lambda: 0.999999)
        assert low == pytest.approx(backoff_delay(attempt) / 2)
        assert high is not None
        assert backoff_delay(attempt) * 0.99 < high <= backoff_delay(attempt)


def test_waits_stay_between_half_and_all_of_the_backoff() -> None:
    recorder = Recorder(json_response(503, {}))
    _, waits = check(recorder, max_retries=6)
    assert len(waits) == 6
    for attempt, wait in enumerate(waits, start=1):
        assert backoff_delay(attempt) / 2 <= wait <= backoff_delay(attempt)


def test_honours_retry_after_seconds_exactly() -> None:
    recorder = Recorder(json_response(429, {}, {"Retry-After": "7"}), OK)
    _, waits = check(recorder)
    assert waits == [7.0]


def test_honours_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    recorder = Recorder(json_response(503, {}, {"Retry-After": when}), OK)
    _, waits = check(recorder)
    assert 27 < waits[0] <= 30


def test_waits_a_full_60_seconds_when_asked_for_exactly_60() -> None:
    recorder = Recorder(json_response(429, {}, {"Retry-After": "60"}), OK)
    _, waits = check(recorder)
    assert waits == [60.0]


def test_a_retry_after_above_60_seconds_raises_rate_limit_error_at_once() -> None:
    recorder = Recorder(json_response(429, {"message": "slow down"}, {"Retry-After": "61"}), OK)
    error, waits = check(recorder)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 61
    assert error.response.status_code == 429
    assert waits == []
    assert len(recorder.requests) == 1


def test_a_long_retry_after_on_a_503_surfaces_at_once_too() -> None:
    when = email.utils.formatdate(time.time() + 3600, usegmt=True)
    recorder = Recorder(json_response(503, {}, {"Retry-After": when}), OK)
    error, waits = check(recorder)
    assert isinstance(error, InternalServerError)
    assert error.retry_after is not None
    assert error.retry_after > 3500
    assert waits == []


def test_an_unreadable_retry_after_falls_back_to_the_backoff() -> None:
    recorder = Recorder(json_response(503, {}, {"Retry-After": "soon"}), OK)
    _, waits = check(recorder)
    assert 0.25 <= waits[0] <= 0.5


def test_reports_the_retry_after_of_the_last_attempt() -> None:
    recorder = Recorder(json_response(429, {}, {"Retry-After": "1"}), json_response(429, {}, {"Retry-After": "2"}))
    error, waits = check(recorder)
    assert isinstance(error, RateLimitError)
    assert waits == [1.0, 2.0]
    assert error.retry_after == 2.0


def test_parse_retry_after() -> None:
    assert parse_retry_after(None) is None
    assert parse_retry_after("  ") is None
    assert parse_retry_after("2.5") == 2.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("garbage") is None


@pytest.mark.parametrize("method", ["POST"])
@pytest.mark.parametrize(
    "reply", [json_response(503, {}), json_response(429, {}, {"Retry-After": "1"}), httpx.ConnectError("refused")]
)
def test_a_post_is_sent_once(method: str, reply: httpx.Response | Exception) -> None:
    recorder = Recorder(reply, OK)
    api, sleeps = sync_client(recorder, account_key="acct-key-1234")
    with pytest.raises((APIError, APIConnectionError)):
        api.user.posts.like(media_id="7109178205151464746")
    assert len(recorder.requests) == 1
    assert recorder.requests[0].method == method
    assert sleeps.waits == []


def test_network_errors_are_retried_then_raise_api_connection_error() -> None:
    recorder = Recorder(httpx.ConnectError("connection refused"))
    error, _waits = check(recorder)
    assert type(error) is APIConnectionError
    assert "connection refused" in str(error)
    assert len(recorder.requests) == 3


def test_recovers_when_the_network_comes_back() -> None:
    recorder = Recorder(httpx.ConnectError("down"), OK)
    response, _ = check(recorder)
    assert getattr(response, "status_code", None) == 200


def test_timeouts_are_retried_then_raise_api_timeout_error() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    error, _ = check(recorder, timeout=5)
    assert isinstance(error, APITimeoutError)
    assert isinstance(error, APIConnectionError)
    assert "5 s" in str(error)
    assert len(recorder.requests) == 3


def test_a_post_that_timed_out_is_not_retried_and_may_have_been_applied() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    api, _ = sync_client(recorder, account_key="acct-key-1234")
    with pytest.raises(APITimeoutError, match="may have been applied"):
        api.user.posts.comments.post(media_id="7109178205151464746", text="hi")
    assert len(recorder.requests) == 1


def test_max_retries_zero_on_the_client_or_the_call_sends_once() -> None:
    recorder = Recorder(json_response(503, {}))
    error, _ = check(recorder, max_retries=0)
    assert isinstance(error, InternalServerError)
    assert len(recorder.requests) == 1
    recorder = Recorder(json_response(503, {}))
    api, _ = sync_client(recorder)
    with pytest.raises(InternalServerError):
        api.public.check(username="x", max_retries=0)
    assert len(recorder.requests) == 1


def test_a_per_call_max_retries_overrides_the_client() -> None:
    recorder = Recorder(json_response(503, {}))
    api, _ = sync_client(recorder, max_retries=0)
    with pytest.raises(InternalServerError):
        api.public.check(username="x", max_retries=4)
    assert len(recorder.requests) == 5


def test_the_timeout_reaches_httpx_per_attempt() -> None:
    recorder = Recorder(OK)
    api, _ = sync_client(recorder)
    api.public.check(username="x")
    api.public.check(username="x", timeout=5)
    assert recorder.requests[0].extensions["timeout"] == {"connect": 60.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert recorder.requests[1].extensions["timeout"]["read"] == 5.0
    api.public.check(username="x", timeout=float("inf"))
    assert recorder.requests[2].extensions["timeout"]["read"] is None


def test_a_200_body_that_is_not_json_is_retried_then_raises() -> None:
    recorder = Recorder(httpx.Response(200, content=b"<html>oops"))
    error, _ = check(recorder)
    assert type(error) is APIConnectionError
    assert "not valid JSON" in str(error)
    assert len(recorder.requests) == 3


def test_the_retry_that_brings_valid_json_is_returned() -> None:
    recorder = Recorder(httpx.Response(200, content=b'{"trunc'), OK)
    response, _ = check(recorder)
    assert getattr(response, "status_code", None) == 200


def test_an_empty_200_body_reads_as_none() -> None:
    recorder = Recorder(httpx.Response(200, content=b""))
    response, _ = check(recorder)
    assert response.json() is None  # type: ignore[attr-defined]


def test_a_body_that_breaks_off_is_retried() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b'{"status":'
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    recorder = Recorder(lambda _request: httpx.Response(200, stream=Broken()), OK)
    response, _ = check(recorder)
    assert getattr(response, "status_code", None) == 200
    assert len(recorder.requests) == 2


def test_an_error_status_whose_body_breaks_keeps_its_status() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield b'{"message":'
            raise httpx.ReadError("reset")

    recorder = Recorder(lambda _request: httpx.Response(400, stream=Broken()))
    error, _ = check(recorder)
    assert isinstance(error, BadRequestError)
    assert error.json is None
    assert len(recorder.requests) == 1


def test_an_error_status_with_a_text_body_keeps_the_text() -> None:
    recorder = Recorder(httpx.Response(401, content=b"Unauthorized"))
    error, _ = check(recorder)
    assert isinstance(error, APIError)
    assert error.json == "Unauthorized"


def test_each_retry_is_logged_at_debug_without_keys(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(json_response(503, {}), OK)
    with caplog.at_level(logging.DEBUG, logger="tokkit"):
        check(recorder)
    assert [r.getMessage() for r in caplog.records] == ["tokkit: retry 1 of GET /public/check after HTTP 503"]


def test_no_traceback_context_leaks_the_httpx_request() -> None:
    recorder = Recorder(httpx.ConnectError("refused"))
    error, _ = check(recorder, max_retries=0)
    assert isinstance(error, APIConnectionError)
    assert error.__cause__ is None
    assert error.__context__ is None


def test_async_retries_and_waits_the_same_way() -> None:
    async def run() -> None:
        recorder = Recorder(json_response(429, {}, {"Retry-After": "3"}), json_response(503, {}), OK)
        api, sleeps = async_client(recorder)
        async with api:
            response = await api.public.check(username="lilyachty")
        assert response.status_code == 200
        assert sleeps.waits[0] == 3.0
        assert 0.5 <= sleeps.waits[1] <= 1.0
        recorder = Recorder(httpx.ReadTimeout("slow"))
        api, _ = async_client(recorder, max_retries=1)
        with pytest.raises(APITimeoutError):
            await api.public.check(username="lilyachty")
        assert len(recorder.requests) == 2

    anyio.run(run)
