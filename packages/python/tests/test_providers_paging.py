"""Scavio's three paging styles in the one paging engine, over a real loopback server holding finite lists: each
walked to its end with exact counts (sync and async, the official loop, pages(), items()), resumed mid-page, and
stopped by `min_credits_remaining`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import pytest

from tokkit import AsyncScavio, ResumePoint, Scavio, TikAPIResponse, ValidationError

from .provider_servers import LISTS, SCAVIO_KEY, SEC_USER_ID, TIME_BASE, FakeScavio

RUNS = [
    # endpoint key, params, list path, page size
    ("user.posts", {"sec_user_id": SEC_USER_ID, "count": 10}, "/user/posts", 10),
    ("video.comments", {"video_id": "7350810998023949599", "count": 5}, "/video/comments", 5),
    ("video.comments.replies", {"video_id": "1", "comment_id": "2", "count": 2}, "/video/comments/replies", 2),
    ("search.videos", {"keyword": "cooking recipe", "count": 10, "publish_time": "7"}, "/search/videos", 10),
    ("search.users", {"keyword": "chef", "count": 5}, "/search/users", 5),
    ("hashtag.videos", {"hashtag_id": "229207", "count": 10}, "/hashtag/videos", 10),
    ("user.followers", {"sec_user_id": SEC_USER_ID, "count": 20}, "/user/followers", 20),
    ("user.followings", {"sec_user_id": SEC_USER_ID}, "/user/followings", 20),
]


def endpoint_of(client: Any, key: str) -> Any:
    node = client
    for part in key.split("."):
        node = getattr(node, part)
    return node


def name_of(item: Mapping[str, Any]) -> str:
    for key in ("aweme_id", "cid", "uid"):
        if key in item:
            return str(item[key])
    return str(item["user_info"]["uid"])


def expected(path: str) -> tuple[list[str], int]:
    spec = LISTS[f"/api/v1/tiktok{path}"]
    return [f"{spec.tag}-{i}" for i in range(spec.total)], spec.total


@pytest.mark.parametrize(("key", "params", "path", "size"), RUNS, ids=[r[0] for r in RUNS])
def test_items_walks_each_list_to_its_end(key: str, params: dict[str, Any], path: str, size: int) -> None:
    names, total = expected(path)
    with FakeScavio() as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        stream = endpoint_of(sc, key).items(**params)
        assert [name_of(item) for item in stream] == names
        assert stream.stop_reason == "end"
        assert stream.resume_point == ResumePoint(None, 0, True)
    assert server.problems == []
    assert len(server.received) == -(-total // size)


@pytest.mark.parametrize(("key", "params", "path", "size"), RUNS, ids=[r[0] for r in RUNS])
def test_the_official_loop_ends(key: str, params: dict[str, Any], path: str, size: int) -> None:
    _, total = expected(path)
    with FakeScavio() as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        page: TikAPIResponse | None = endpoint_of(sc, key)(**params)
        pages: list[TikAPIResponse] = []
        while page:
            pages.append(page)
            page = page.next_items()
    assert server.problems == []
    assert [len(p.items) for p in pages] == [min(size, total - i * size) for i in range(len(pages))]
    assert sum(len(p.items) for p in pages) == total
    assert pages[-1].stop_reason == "end"
    assert pages[-1].cursor is None


def test_each_style_sends_what_the_previous_page_said() -> None:
    with FakeScavio() as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        posts = list(sc.user.posts.pages(sec_user_id=SEC_USER_ID, count=20))
        comments = list(sc.video.comments.pages(video_id="1", count=10))
        followers = list(sc.user.followers.pages(sec_user_id=SEC_USER_ID))
    assert [b.get("cursor") for b in server.bodies[:3]] == [None, "20", "40"]  # data.max_cursor, a string
    assert [b.get("cursor") for b in server.bodies[3:6]] == [None, 10, 20]  # data.cursor, a number
    sent = [(b.get("page_token"), b.get("min_time")) for b in server.bodies[6:]]
    assert sent == [(None, None), ("tok-20", TIME_BASE - 20), ("tok-40", TIME_BASE - 40)]
    assert (len(posts), len(comments), len(followers)) == (3, 3, 3)
    assert followers[0].cursor == "tok-20"
    assert followers[0].next_values == {"min_time": TIME_BASE - 20}
    assert posts[0].next_values is None
    assert followers[-1].next_values is None
    assert followers[-1].stop_reason == "end"
    assert server.problems == []


def test_a_token_time_run_resumes_mid_page_with_both_values() -> None:
    names, _ = expected("/user/followers")
    with FakeScavio() as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        first = sc.user.followers.items(sec_user_id=SEC_USER_ID, count=20, max_items=25)
        head = [name_of(item) for item in first]
        point = first.resume_point
        assert point.to_dict() == {
            "cursor": {"page_token": "tok-20", "min_time": TIME_BASE - 20},
            "skip": 5,
            "done": False,
        }
        rest = sc.user.followers.items(sec_user_id=SEC_USER_ID, count=20, resume=point.to_dict())
        tail = [name_of(item) for item in rest]
    assert head + tail == names
    assert server.problems == []


def test_a_page_token_given_by_hand_goes_back_with_its_time_bound() -> None:
    with FakeScavio() as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        page = sc.user.followers(sec_user_id=SEC_USER_ID, page_token="tok-40", min_time=TIME_BASE - 40)
        assert [name_of(item) for item in page.items] == [
            "follower-40",
            "follower-41",
            "follower-42",
            "follower-43",
            "follower-44",
        ]
    assert server.bodies == [{"sec_user_id": SEC_USER_ID, "page_token": "tok-40", "min_time": TIME_BASE - 40}]


def test_min_credits_remaining_stops_before_the_next_page_and_resumes_there() -> None:
    names, _ = expected("/user/posts")
    with FakeScavio(credits=4) as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        stream = sc.user.posts.items(sec_user_id=SEC_USER_ID, count=10, min_credits_remaining=2)
        head = [name_of(item) for item in stream]
        assert stream.stop_reason == "credits"
        # The pages leave 3, 2 (not below 2) and 1 credits: the run stops after the third, before asking a fourth.
        assert len(head) == 30
        assert len(server.received) == 3
        assert stream.resume_point == ResumePoint("30", 0)
        pages = list(sc.user.posts.pages(sec_user_id=SEC_USER_ID, count=10, min_credits_remaining=5))
        assert len(pages) == 1
        server.credits = 100
        rest = [
            name_of(item) for item in sc.user.posts.items(sec_user_id=SEC_USER_ID, count=10, resume=stream.resume_point)
        ]
    assert head + rest == names


def test_the_async_client_walks_the_same_runs() -> None:
    async def main(url: str) -> tuple[list[str], list[str], str | None]:
        async with AsyncScavio(api_key=SCAVIO_KEY, base_url=url) as sc:
            posts = [name_of(v) async for v in sc.user.posts.items(sec_user_id=SEC_USER_ID, count=30)]
            stream = sc.user.followings.items(sec_user_id=SEC_USER_ID, count=4, min_credits_remaining=0)
            followings = [name_of(u) async for u in stream]
            page = await sc.search.users(keyword="chef", count=5)
            while page.cursor is not None:
                page = await page.next_items()  # type: ignore[assignment]
            return posts, followings, stream.stop_reason

    with FakeScavio() as server:
        posts, followings, reason = anyio.run(main, server.url)
        assert server.problems == []
    assert posts == expected("/user/posts")[0]
    assert followings == expected("/user/followings")[0]
    assert reason == "end"


def test_a_page_token_without_its_time_bound_is_refused_before_sending() -> None:
    with FakeScavio() as server, Scavio(api_key=SCAVIO_KEY, base_url=server.url) as sc:
        with pytest.raises(ValidationError) as raised:
            sc.user.followings(sec_user_id=SEC_USER_ID, page_token="tok-20")
        assert raised.value.field == "min_time"
        assert "is required with page_token" in str(raised.value)
        assert server.received == []
        assert repr(sc.video.comments) == "<tokkit endpoint video.comments (and video.comments.*)>"
