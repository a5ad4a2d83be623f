"""What a type checker sees (mypy --strict runs over this file; `warn_unused_ignores` proves each error is real)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import assert_type

from tokkit import AsyncItemStream, AsyncTikAPI, AsyncTikAPIResponse, ItemStream, TikAPI, TikAPIResponse
from tokkit._endpoints import UserNamespace
from tokkit._params import PublicPostsParams
from tokkit._schemas import (
    PublicCheckResponse,
    PublicPostsItem,
    PublicPostsResponse,
    PublicVideoResponse,
    UserPostsCommentsListItem,
    UserPostsCommentsListResponse,
)

from .helpers import SEC_UID


def typed_calls(api: TikAPI) -> None:
    assert_type(api.public.check(username="lilyachty"), TikAPIResponse[PublicCheckResponse])
    assert_type(api.public.posts.pages(secUid=SEC_UID, max_pages=2), Iterator[TikAPIResponse[PublicPostsResponse]])
    assert_type(api.public.posts.items(secUid=SEC_UID, max_items=5), ItemStream[PublicPostsItem])
    assert_type(api.user(accountKey="a"), UserNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]])
    comments = api.user.posts.comments.list(media_id="1")
    assert_type(comments, TikAPIResponse[UserPostsCommentsListResponse])
    assert_type(api.user.posts.comments.list.items(media_id="1"), ItemStream[UserPostsCommentsListItem])
    assert_type(api.public.posts(secUid=SEC_UID).next_items(), TikAPIResponse[PublicPostsResponse] | None)
    assert_type(api.public.video(id="1"), TikAPIResponse[PublicVideoResponse])
    params: PublicPostsParams = {"secUid": SEC_UID, "count": 10}
    api.public.posts(**params)


def typed_bodies(api: TikAPI) -> None:
    assert_type(api.public.check(username="lilyachty").json()["userInfo"]["user"]["secUid"], str)
    assert_type(api.public.check(username="lilyachty").json()["userInfo"]["stats"]["followerCount"], int | float)
    assert_type(api.public.video(id="1").json()["itemInfo"]["itemStruct"]["video"]["downloadAddr"], str)
    for comment in api.public.commentsList.items(media_id="1", max_items=5):
        assert_type(comment["text"], str)
    for page in api.public.posts.pages(secUid=SEC_UID, max_pages=2):
        assert_type(page.json()["itemList"][0]["createTime"], int | float)
    body: PublicCheckResponse = api.public.check(username="lilyachty").json()  # naming the type still works
    api.public.check(username="x").json()["userInfo"]["usr"]  # type: ignore[misc]  # (mypy: [misc] for an inferred TypedDict)
    body["userInfo"]["usr"]  # type: ignore[typeddict-item]
    for post in api.public.posts.items(secUid=SEC_UID, max_items=5):
        post["creatTime"]  # type: ignore[misc]
    for page in api.public.posts.pages(secUid=SEC_UID, max_pages=2):
        page.json()["itemLst"]  # type: ignore[misc]


def mistakes_a_type_checker_catches(api: TikAPI) -> None:
    api.public.posts(secUID=SEC_UID)  # type: ignore[call-arg]
    api.public.posts(count=10)  # type: ignore[call-arg]
    api.public.search(category="photos", query="x")  # type: ignore[arg-type]
    api.user.posts.comments.post(media_id="1", text="x", has_tags="yes")  # type: ignore[arg-type]
    api.public.posts.items(secUid=SEC_UID, maxItems=5)  # type: ignore[call-arg]
    api.key(limit=1)  # type: ignore[call-arg]


async def typed_async_calls(api: AsyncTikAPI) -> None:
    assert_type(await api.public.check(username="lilyachty"), AsyncTikAPIResponse[PublicCheckResponse])
    assert_type(api.public.posts.pages(secUid=SEC_UID), AsyncIterator[AsyncTikAPIResponse[PublicPostsResponse]])
    assert_type(api.public.posts.items(secUid=SEC_UID), AsyncItemStream[PublicPostsItem])
    first = await api.public.posts(secUid=SEC_UID)
    assert_type(await first.next_items(), AsyncTikAPIResponse[PublicPostsResponse] | None)
    assert_type((await api.public.check(username="x")).json()["userInfo"]["user"]["secUid"], str)
    async for comment in api.user.posts.comments.list.items(media_id="1"):
        assert_type(comment["text"], str)
    (await api.public.check(username="x")).json()["usr"]  # type: ignore[misc]


def test_the_typed_surface_is_checked_by_mypy() -> None:
    # The assertions above are for mypy (run by scripts/test-python.sh); at run time they only need to import.
    assert callable(typed_calls)
    assert callable(mistakes_a_type_checker_catches)
    assert callable(typed_bodies)
