"""What a type checker sees of Scavio and UserHandleAPI (mypy --strict runs over this file; `warn_unused_ignores`
proves each error is real)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import assert_type

from tokkit import (
    AsyncItemStream,
    AsyncScavio,
    AsyncTikAPIResponse,
    Credits,
    ItemStream,
    Scavio,
    TikAPIResponse,
    UserHandleAPI,
)
from tokkit._scavio._endpoints import VideoCommentsNamespace
from tokkit._scavio._params import UserPostsParams
from tokkit._scavio._schemas import (
    HashtagResponse,
    ProfileResponse,
    UserFollowersItem,
    UserPostsItem,
    UserPostsResponse,
    VideoCommentsItem,
    VideoCommentsRepliesResponse,
    VideoCommentsResponse,
)
from tokkit._userhandle._schemas import VideoResponse

SEC = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM"


def typed_calls(sc: Scavio, uh: UserHandleAPI) -> None:
    assert_type(sc.profile(username="tiktok"), TikAPIResponse[ProfileResponse])
    assert_type(
        sc.user.posts.pages(sec_user_id=SEC, min_credits_remaining=10), Iterator[TikAPIResponse[UserPostsResponse]]
    )
    assert_type(sc.user.followers.items(sec_user_id=SEC, max_items=5), ItemStream[UserFollowersItem])
    assert_type(sc.video.comments, VideoCommentsNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]])
    assert_type(sc.video.comments.pages(video_id="1"), Iterator[TikAPIResponse[VideoCommentsResponse]])
    assert_type(sc.video.comments.replies(video_id="1", comment_id="2"), TikAPIResponse[VideoCommentsRepliesResponse])
    assert_type(sc.hashtag(hashtag_id=229207), TikAPIResponse[HashtagResponse])
    assert_type(sc.profile(username="tiktok").credits, Credits | None)
    assert_type(uh.video(userHandle="lilyachty", videoId=7109178205151464746), TikAPIResponse[VideoResponse])
    params: UserPostsParams = {"sec_user_id": SEC, "sort_type": "1"}
    sc.user.posts(**params)


def typed_bodies(sc: Scavio, uh: UserHandleAPI) -> None:
    body = sc.profile(username="tiktok").json()
    assert_type(body["data"]["user"]["sec_uid"], str)
    assert_type(body["credits_remaining"], int | float)
    for video in sc.user.posts.items(sec_user_id=SEC, max_items=5):
        assert_type(video, UserPostsItem)
        assert_type(video["aweme_id"], str)
    for entry in sc.search.users.items(keyword="chef", max_items=5):
        assert_type(entry["user_info"]["unique_id"], str)
    for comment in sc.video.comments.items(video_id="1"):
        assert_type(comment["cid"], str)
    found = uh.video(userHandle="lilyachty", videoId="1").json()
    assert_type(found["stats"]["playCount"], int | float)
    body["data"]["usr"]  # type: ignore[misc]


def mistakes_a_type_checker_catches(sc: Scavio, uh: UserHandleAPI) -> None:
    sc.user.posts(secUid=SEC)  # type: ignore[call-arg]
    sc.user.posts(sec_user_id=SEC, sort_type="2")  # type: ignore[arg-type]
    sc.search.videos(keyword="x", publish_time="14")  # type: ignore[arg-type]
    sc.video()  # type: ignore[call-arg]
    uh.user(user_handle="x")  # type: ignore[call-arg]
    uh.user.posts()  # type: ignore[attr-defined]


async def typed_async_calls(sc: AsyncScavio) -> None:
    assert_type(await sc.profile(username="tiktok"), AsyncTikAPIResponse[ProfileResponse])
    assert_type(sc.user.posts.pages(sec_user_id=SEC), AsyncIterator[AsyncTikAPIResponse[UserPostsResponse]])
    assert_type(sc.video.comments.items(video_id="1"), AsyncItemStream[VideoCommentsItem])
    async for video in sc.hashtag.videos.items(hashtag_id="229207"):
        assert_type(video["aweme_id"], str)


def test_the_typed_surface_of_the_other_providers_is_checked_by_mypy() -> None:
    assert callable(typed_calls)
    assert callable(typed_bodies)
    assert callable(mistakes_a_type_checker_catches)
    assert callable(typed_async_calls)
