"""Against the sandbox as a real process: real HTTP, real faults, deterministic data."""

from __future__ import annotations

import time
from collections.abc import Iterator

import anyio
import pytest

from tokkit import (
    DEMO_ACCOUNT_KEY,
    APIConnectionError,
    APITimeoutError,
    AsyncTikAPI,
    AuthenticationError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    TikAPI,
    TikAPIError,
    TikAPIResponse,
)

from .helpers import SEC_UID

pytestmark = pytest.mark.sandbox
VIDEO_ID = "7109178205151464746"


@pytest.fixture
def api(sandbox_url: str) -> Iterator[TikAPI]:
    with TikAPI(api_key="my-own-key-never-sent", sandbox=True, base_url=sandbox_url) as client:
        yield client


def fault(spec: str) -> dict[str, str]:
    return {"X-Sandbox-Fault": spec}


def test_check_returns_the_known_account(api: TikAPI) -> None:
    r = api.public.check(username="lilyachty")
    assert r.status_code == 200
    user = r.json()["userInfo"]["user"]
    assert (user["uniqueId"], user["secUid"]) == ("lilyachty", SEC_UID)


def test_items_walks_all_1000_posts_once(api: TikAPI) -> None:
    stream = api.public.posts.items(secUid=SEC_UID, count=30)
    ids = [post["id"] for post in stream]
    assert len(ids) == 1000
    assert len(set(ids)) == 1000
    assert stream.stop_reason in ("end", "empty-page")


def test_the_official_loop_ends(api: TikAPI) -> None:
    r: TikAPIResponse | None = api.public.posts(secUid=SEC_UID, count=30)
    pages = 0
    while r:
        pages += 1
        r = r.next_items()
    assert 34 <= pages <= 35


def test_max_items_and_resume_over_comments(api: TikAPI) -> None:
    first = api.public.commentsList.items(media_id=VIDEO_ID, count=30, max_items=500)
    head = [c["cid"] for c in first]
    assert len(head) == 500
    assert first.stop_reason == "max-items"
    rest = api.public.commentsList.items(media_id=VIDEO_ID, count=30, resume=first.resume_point, max_items=100)
    tail = [c["cid"] for c in rest]
    assert len(tail) == 100
    assert not set(head) & set(tail)
    again = [c["cid"] for c in api.public.commentsList.items(media_id=VIDEO_ID, count=30, max_items=600)]
    assert again == head + tail


def test_max_pages(api: TikAPI) -> None:
    pages = list(api.public.posts.pages(secUid=SEC_UID, max_pages=3))
    assert len(pages) == 3
    assert pages[-1].cursor is not None


def test_an_unknown_user_is_permission_denied_with_the_tiktok_code(api: TikAPI) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        api.public.check(username="nosuchuser4242")
    assert caught.value.tiktok_status_code == 10202
    assert caught.value.response.status_code == 403


def test_a_key_that_is_not_a_demo_key_is_refused_and_never_shown(sandbox_url: str) -> None:
    key = "my-real-key-that-must-not-leak"
    with TikAPI(api_key=key, base_url=sandbox_url) as api, pytest.raises(AuthenticationError) as caught:
        api.key()
    assert key not in str(caught.value)
    assert key not in repr(caught.value.json)


def test_set_sandbox_sends_the_demo_keys(sandbox_url: str) -> None:
    with TikAPI(api_key="not-a-demo-key-1", base_url=sandbox_url) as api:
        api.set(__sandbox__=True)
        assert api.key().status_code == 200
        user = api.user(accountKey="my-account-key")
        assert user.info().status_code == 200


def test_account_endpoints_with_the_demo_account(api: TikAPI) -> None:
    feed = api.user(accountKey=DEMO_ACCOUNT_KEY).posts.feed.items(max_items=40)
    assert len(list(feed)) == 40


def test_retries_503s_and_returns_the_answer(api: TikAPI) -> None:
    started = time.monotonic()
    r = api.public.check(username="lilyachty", session_id=1, extra_headers=fault("503x2"))
    assert r.status_code == 200
    assert 0.7 <= time.monotonic() - started < 10  # two backoff waits: 0.25-0.5 s and 0.5-1 s


def test_waits_for_a_short_retry_after(api: TikAPI) -> None:
    started = time.monotonic()
    r = api.public.check(username="lilyachty", session_id=2, extra_headers=fault("429x1, retry-after=1"))
    assert r.status_code == 200
    assert time.monotonic() - started >= 1.0


def test_a_long_retry_after_raises_at_once(api: TikAPI) -> None:
    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        api.public.check(username="lilyachty", session_id=3, extra_headers=fault("429, retry-after=120"))
    assert caught.value.retry_after == 120
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(("spec", "session"), [("malformed x1", 4), ("truncate x1", 5), ("cut x1", 6), ("drop x1", 7)])
def test_broken_bodies_and_connections_are_retried(api: TikAPI, spec: str, session: int) -> None:
    r = api.public.check(username="lilyachty", session_id=session, extra_headers=fault(spec))
    assert r.json()["userInfo"]["user"]["uniqueId"] == "lilyachty"


def test_broken_bodies_without_retries_raise_connection_errors(api: TikAPI) -> None:
    with pytest.raises(APIConnectionError):
        api.public.check(username="lilyachty", session_id=8, max_retries=0, extra_headers=fault("malformed"))
    with pytest.raises(APIConnectionError):
        api.public.check(username="lilyachty", session_id=9, max_retries=0, extra_headers=fault("drop"))


def test_a_slow_answer_times_out(api: TikAPI) -> None:
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        api.public.check(
            username="lilyachty", session_id=10, timeout=0.3, max_retries=1, extra_headers=fault("latency=3000")
        )
    assert time.monotonic() - started < 2.5


def test_a_body_still_arriving_when_the_timeout_runs_out_times_out(api: TikAPI) -> None:
    # slow-body=3000: ten chunks 0.3 s apart, each within the 0.5 s read timeout; the whole body is not.
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        api.public.check(
            username="lilyachty", session_id=11, timeout=0.5, max_retries=0, extra_headers=fault("slow-body=3000")
        )
    assert time.monotonic() - started < 1.5
    r = api.public.check(username="lilyachty", session_id=12, timeout=5, extra_headers=fault("slow-body=600"))
    assert r.json()["userInfo"]["user"]["uniqueId"] == "lilyachty"


def test_the_async_client_times_out_a_slow_body_too(sandbox_url: str) -> None:
    async def run() -> None:
        async with AsyncTikAPI(sandbox=True, base_url=sandbox_url) as api:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await api.public.check(
                    username="lilyachty",
                    session_id=13,
                    timeout=0.5,
                    max_retries=0,
                    extra_headers=fault("slow-body=3000"),
                )
            assert time.monotonic() - started < 1.5

    anyio.run(run)


def test_a_post_is_never_retried(api: TikAPI) -> None:
    user = api.user(accountKey=DEMO_ACCOUNT_KEY)
    with pytest.raises(InternalServerError):
        user.posts.like(media_id=VIDEO_ID, extra_headers=fault("503x1"))
    # The sandbox lets the second matching request through: a retry would have turned the first call into a success.
    assert user.posts.like(media_id=VIDEO_ID, extra_headers=fault("503x1")).status_code == 200


def test_validation_happens_before_the_sandbox_sees_anything(api: TikAPI) -> None:
    with pytest.raises(TikAPIError):
        api.public.posts(secUid="short")


def test_async_client_against_the_sandbox(sandbox_url: str) -> None:
    async def run() -> None:
        async with AsyncTikAPI(sandbox=True, base_url=sandbox_url) as api:
            r = await api.public.check(username="lilyachty")
            assert r.json()["userInfo"]["user"]["secUid"] == SEC_UID
            ids = [post["id"] async for post in api.public.posts.items(secUid=SEC_UID, max_items=100)]
            assert len(set(ids)) == 100
            results: list[int] = []

            async def one(session: int) -> None:
                page = await api.public.check(username="lilyachty", session_id=20 + session)
                results.append(page.status_code)

            async with anyio.create_task_group() as group:
                for session in range(10):
                    group.start_soon(one, session)
            assert results == [200] * 10
            with pytest.raises(PermissionDeniedError):
                await api.public.check(username="nosuchuser4242")
            r2 = await api.public.check(username="lilyachty", session_id=40, extra_headers=fault("503x1"))
            assert r2.status_code == 200

    anyio.run(run)
