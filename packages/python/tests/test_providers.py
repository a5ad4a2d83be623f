"""Scavio and UserHandleAPI over real loopback HTTP: keys from their own variables and sent their own way, checks
before anything is sent, errors read from their bodies, retries by meaning, Scavio's credits."""

from __future__ import annotations

import logging
from typing import Any

import anyio
import pytest

from tokkit import (
    APIError,
    AsyncScavio,
    AsyncUserHandleAPI,
    AuthenticationError,
    Credits,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    Scavio,
    TikAPI,
    TikAPIError,
    UserHandleAPI,
    ValidationError,
)

from .helpers import Sleeps
from .loopback import Loopback, Received, json_reply
from .provider_servers import SCAVIO_KEY, SEC_USER_ID, UH_KEY, FakeScavio, user_handle_server


@pytest.fixture(autouse=True)
def _no_provider_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SCAVIO_API_KEY", "SCAVIO_BASE_URL", "USERHANDLE_API_KEY", "USERHANDLE_API_URL"):
        monkeypatch.delenv(name, raising=False)


def scavio(server: FakeScavio, **options: Any) -> Scavio:
    client = Scavio(api_key=SCAVIO_KEY, base_url=server.url, **options)
    client._sleep = Sleeps()
    return client


# ---------------------------------------------------------------------------------------------- keys and URLs


def test_a_missing_key_names_the_providers_variable_before_anything_is_sent() -> None:
    with pytest.raises(TikAPIError, match=r"Scavio\(api_key=\.\.\.\), or set the SCAVIO_API_KEY environment"):
        Scavio()
    with pytest.raises(TikAPIError, match="USERHANDLE_API_KEY"):
        UserHandleAPI(base_url="http://127.0.0.1:9")
    with pytest.raises(TikAPIError, match="SCAVIO_API_KEY"):
        AsyncScavio()


def test_the_user_handle_api_needs_a_base_url_naming_the_argument_and_the_variable() -> None:
    with pytest.raises(TikAPIError, match=r"UserHandleAPI\(base_url=\.\.\.\), or set the USERHANDLE_API_URL"):
        UserHandleAPI(api_key=UH_KEY)
    with pytest.raises(TikAPIError, match="USERHANDLE_API_URL"):
        AsyncUserHandleAPI(api_key=UH_KEY)


def test_keys_and_base_urls_come_from_the_providers_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeScavio() as server, user_handle_server() as uh_server:
        monkeypatch.setenv("SCAVIO_API_KEY", SCAVIO_KEY)
        monkeypatch.setenv("SCAVIO_BASE_URL", server.url)
        monkeypatch.setenv("USERHANDLE_API_KEY", UH_KEY)
        monkeypatch.setenv("USERHANDLE_API_URL", uh_server.url)
        with Scavio() as sc, UserHandleAPI() as uh:
            assert sc.base_url == server.url
            assert sc.profile(username="tiktok").json()["data"]["user"]["sec_uid"] == SEC_USER_ID
            assert uh.user(userHandle="lilyachty").json()["user"]["nickname"] == "lilyachty"
        sent = server.received[0]
        assert sent.headers["authorization"] == f"Bearer {SCAVIO_KEY}"
        assert "x-api-key" not in sent.headers
        assert uh_server.received[0].headers["x-api-key"] == UH_KEY
        assert "authorization" not in uh_server.received[0].headers
    monkeypatch.setenv("SCAVIO_BASE_URL", "ftp://nowhere")
    with pytest.raises(TikAPIError, match="SCAVIO_BASE_URL must be an http:// or https:// URL"):
        Scavio()


def test_scavio_defaults_to_its_own_api_and_has_no_sandbox_of_its_own() -> None:
    with Scavio(api_key=SCAVIO_KEY) as sc:
        assert sc.base_url == "https://api.scavio.dev"
        sc.set(sandbox=True)
        assert repr(sc) == "Scavio(base_url=None, sandbox=True)"
        with pytest.raises(TikAPIError, match=r"Scavio\(sandbox=True\) needs base_url"):
            sc.profile(username="tiktok")
    with pytest.raises(
        TikAPIError, match=r"pass the URL of its sandbox, Scavio\(base_url=\.\.\.\), or set the SCAVIO_BASE_URL"
    ):
        Scavio(sandbox=True)


def test_caller_headers_may_not_set_the_providers_key_header() -> None:
    with pytest.raises(ValidationError, match="is a key header"):
        Scavio(api_key=SCAVIO_KEY, headers={"authorization": "Bearer other"})
    with pytest.raises(ValidationError, match="is a key header"):
        UserHandleAPI(api_key=UH_KEY, base_url="http://127.0.0.1:9", headers={"X-Api-Key": "other"})
    with FakeScavio() as server, scavio(server) as sc:
        with pytest.raises(ValidationError, match="is a key header"):
            sc.profile(username="tiktok", extra_headers={"Authorization": "Bearer stolen"})
        assert server.received == []
        sc.profile(username="tiktok", extra_headers={"X-Trace": "t1"})
        assert server.received[0].headers["x-trace"] == "t1"


def test_account_keys_belong_to_tikapi_only() -> None:
    with pytest.raises(TikAPIError, match="Scavio has no account keys"):
        Scavio(api_key=SCAVIO_KEY, account_key="acc")


def test_no_key_in_reprs_errors_or_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    def echo(request: Received, conn: Any) -> None:
        json_reply(conn, 401, {"error": "unauthorized", "message": f"bad key {request.headers['authorization']}"})

    with Loopback(echo) as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        assert SCAVIO_KEY not in repr(sc)
        assert SCAVIO_KEY not in repr(sc._state.api_key)
        with caplog.at_level(logging.DEBUG), pytest.raises(AuthenticationError) as raised:
            sc.profile(username="tiktok")
    error = raised.value
    assert error.message == "bad key Bearer [redacted]"
    assert SCAVIO_KEY not in repr(error.json) + str(error) + error.response.text
    assert SCAVIO_KEY not in caplog.text


# ---------------------------------------------------------------------------------------------- checks before sending


@pytest.mark.parametrize(
    ("call", "field", "fragment"),
    [
        (lambda sc: sc.search.videos(keyword=""), "keyword", "0 characters long, too short"),
        (lambda sc: sc.search.users(keyword="x" * 501), "keyword", "501 characters long, too long"),
        (lambda sc: sc.search.videos(keyword="cake", count=31), "count", "above the maximum"),
        (lambda sc: sc.video.comments(video_id="1", count=51), "count", "above the maximum"),
        (lambda sc: sc.user.followers(sec_user_id=SEC_USER_ID, count=21), "followers", ""),
        (lambda sc: sc.user.posts(sec_user_id=SEC_USER_ID, count=0), "count", "below the minimum"),
        (lambda sc: sc.user.posts(sec_user_id=SEC_USER_ID, sort_type="2"), "sort_type", "not an accepted value"),
        (lambda sc: sc.search.videos(keyword="cake", publish_time="14"), "publish_time", "not an accepted value"),
        (lambda sc: sc.profile(), "username", 'or "sec_user_id" is required'),
        (lambda sc: sc.hashtag(), "hashtag_name", 'or "hashtag_id" is required'),
        (lambda sc: sc.video(video_id="12ab"), "video_id", "expected form"),
        (lambda sc: sc.user.posts(sec_user_id=SEC_USER_ID, count="many"), "count", "must be a number"),
        (lambda sc: sc.video.comments.replies(video_id="1"), "comment_id", "is required"),
        (lambda sc: sc.user.posts(secUid=SEC_USER_ID), "secUid", "not a parameter"),
    ],
)
def test_scavio_params_are_checked_before_anything_is_sent(call: Any, field: str, fragment: str) -> None:
    with FakeScavio() as server, scavio(server) as sc:
        with pytest.raises(ValidationError) as raised:
            call(sc)
        assert server.received == []
    if field != "followers":
        assert raised.value.field == field
    assert fragment in str(raised.value)


def test_count_bounds_follow_the_endpoint() -> None:
    with FakeScavio() as server, scavio(server) as sc:
        with pytest.raises(ValidationError, match="<= 20"):
            sc.user.followers(sec_user_id=SEC_USER_ID, count=21)
        sc.user.followers(sec_user_id=SEC_USER_ID, count=20)
        sc.video.comments(video_id="1", count=50)
        sc.search.users(keyword="x" * 500, count=30)
    assert [b.get("count") for b in server.bodies] == [20, 50, 30]
    assert server.problems == []


@pytest.mark.parametrize("handle", ["..", ".", "a/b", "a?b=1", "a#b", "a b", "%2e%2e"])
def test_unsafe_path_params_are_refused(handle: str) -> None:
    with user_handle_server() as server, UserHandleAPI(api_key=UH_KEY, base_url=server.url) as uh:
        with pytest.raises(ValidationError) as raised:
            uh.user(userHandle=handle)
        assert raised.value.field == "userHandle"
        with pytest.raises(ValidationError):
            uh.video(userHandle="lilyachty", videoId=handle)
        assert server.received == []


def test_user_handle_calls_put_their_params_in_the_path() -> None:
    with (
        user_handle_server("/dev/tiktok") as server,
        UserHandleAPI(api_key=UH_KEY, base_url=f"{server.url}/dev/tiktok/") as uh,
    ):
        assert uh.video(userHandle="lil.yachty_", videoId=7109178205151464746).json()["id"] == "7109178205151464746"
        uh.user(userHandle="lilyachty")
    assert [r.target for r in server.received] == [
        "/dev/tiktok/video/lil.yachty_/7109178205151464746",
        "/dev/tiktok/user/lilyachty",
    ]
    assert [r.method for r in server.received] == ["GET", "GET"]


# ---------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (401, AuthenticationError),
        (402, APIError),
        (403, PermissionDeniedError),
        (404, APIError),
        (429, RateLimitError),
        (502, InternalServerError),
    ],
)
def test_scavio_statuses_map_onto_the_hierarchy_with_the_bodys_message(
    status: int, error_class: type[APIError]
) -> None:
    def answer(request: Received, conn: Any) -> None:
        json_reply(conn, status, {"error": "some_code", "message": f"Scavio says {status}"})

    with (
        Loopback(answer) as server,
        Scavio(api_key=SCAVIO_KEY, base_url=server.url, max_retries=0) as sc,
        pytest.raises(error_class) as raised,
    ):
        sc.profile(username="tiktok")
    assert type(raised.value) is error_class
    assert raised.value.status_code == status
    assert raised.value.message == f"Scavio says {status}"


def test_running_out_of_credits_is_a_402() -> None:
    with FakeScavio(credits=1) as server, scavio(server) as sc:
        assert sc.profile(username="tiktok").credits == Credits(used=1, remaining=0)
        with pytest.raises(APIError) as raised:
            sc.profile(username="tiktok")
    assert (raised.value.status_code, raised.value.message) == (402, "No credits left on this key")
    assert len(server.received) == 2  # a 402 is not retried


def test_user_handle_errors() -> None:
    with user_handle_server() as server, UserHandleAPI(api_key="wrong-key-1234", base_url=server.url) as uh:
        with pytest.raises(PermissionDeniedError) as forbidden:
            uh.user(userHandle="lilyachty")
        assert forbidden.value.message == "Forbidden"
        assert forbidden.value.tiktok_status_code is None
    with (
        user_handle_server() as server,
        UserHandleAPI(api_key=UH_KEY, base_url=server.url) as uh,
        pytest.raises(APIError) as missing,
    ):
        uh.user(userHandle="nobody")
    assert (missing.value.status_code, missing.value.message) == (404, "User nobody not found")


# ---------------------------------------------------------------------------------------------- retries by meaning


def test_a_scavio_post_is_safe_to_retry_on_502_and_on_429_with_retry_after() -> None:
    with FakeScavio(fail_first=[(502, {}), (429, {"Retry-After": "2"})]) as server, scavio(server) as sc:
        response = sc.video(video_id="7350810998023949599")
        assert response.json()["data"]["aweme_detail"]["aweme_id"] == "7350810998023949599"
        assert sc._sleep.waits[1] == 2.0  # type: ignore[attr-defined]
    assert [r.method for r in server.received] == ["POST", "POST", "POST"]
    assert len({r.body for r in server.received}) == 1


def test_a_tikapi_write_is_never_retried() -> None:
    def fail(request: Received, conn: Any) -> None:
        json_reply(conn, 502, {"status": "error", "message": "bad gateway"})

    with Loopback(fail) as server, TikAPI(api_key="k-1234", account_key="a-1234", base_url=server.url) as api:
        with pytest.raises(InternalServerError, match="bad gateway"):
            api.user.posts.comments.post(media_id="7109178205151464746", text="Nice!")
        assert len(server.received) == 1
        with pytest.raises(InternalServerError):
            api.public.check(username="lilyachty", max_retries=1)
        assert len(server.received) == 3


# ---------------------------------------------------------------------------------------------- credits


def test_every_scavio_response_reports_its_credits_and_response_time() -> None:
    with FakeScavio(credits=50) as server, scavio(server) as sc:
        first = sc.profile(username="tiktok")
        second = sc.hashtag(hashtag_name="fyp")
    assert (first.credits, second.credits) == (Credits(1, 49), Credits(1, 48))
    assert second.credits is not None
    assert second.credits.remaining == 48
    assert first.response_time == 120


def test_other_providers_report_no_credits() -> None:
    with user_handle_server() as server, UserHandleAPI(api_key=UH_KEY, base_url=server.url) as uh:
        response = uh.user(userHandle="lilyachty")
    assert (response.credits, response.response_time) == (None, None)


def test_min_credits_remaining_is_refused_where_pages_report_no_credits() -> None:
    with TikAPI("k-1234") as api, pytest.raises(TikAPIError, match="TikAPI does not report credits"):
        api.public.posts.items(secUid="x", min_credits_remaining=5)  # type: ignore[call-arg]
    with FakeScavio() as server, scavio(server) as sc:
        with pytest.raises(TikAPIError, match="min_credits_remaining must be a number >= 0"):
            list(sc.user.posts.pages(sec_user_id=SEC_USER_ID, min_credits_remaining=-1))
        assert server.received == []


# ---------------------------------------------------------------------------------------------- async


def test_the_async_clients_send_the_same_requests() -> None:
    async def main(scavio_url: str, uh_url: str) -> tuple[Any, Any]:
        async with (
            AsyncScavio(api_key=SCAVIO_KEY, base_url=scavio_url) as sc,
            AsyncUserHandleAPI(api_key=UH_KEY, base_url=uh_url) as uh,
        ):
            profile = await sc.profile(sec_user_id=SEC_USER_ID)
            with pytest.raises(ValidationError):
                await sc.search.videos(keyword="")
            video = await uh.video(userHandle="lilyachty", videoId="7109178205151464746")
            return profile, video

    with FakeScavio(credits=10) as server, user_handle_server() as uh_server:
        profile, video = anyio.run(main, server.url, uh_server.url)
        assert profile.credits == Credits(1, 9)
        assert server.bodies == [{"sec_user_id": SEC_USER_ID}]
        assert video.json()["id"] == "7109178205151464746"
        assert uh_server.received[0].headers["x-api-key"] == UH_KEY
