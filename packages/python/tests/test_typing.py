"""What a type checker sees (mypy --strict runs over this file; `warn_unused_ignores` proves each error is real)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from typing_extensions import assert_type

from tokkit import AsyncItemStream, AsyncTikAPI, AsyncTikAPIResponse, ItemStream, TikAPI, TikAPIResponse
from tokkit._endpoints import UserNamespace
from tokkit._params import PublicPostsParams
from tokkit._schemas import PublicCheckResponse, PublicCommentsListItem

from .helpers import SEC_UID


def typed_calls(api: TikAPI) -> None:
    assert_type(api.public.check(username="lilyachty"), TikAPIResponse)
    assert_type(api.public.posts.pages(secUid=SEC_UID, max_pages=2), Iterator[TikAPIResponse])
    assert_type(api.public.posts.items(secUid=SEC_UID, max_items=5), ItemStream[Any])
    assert_type(api.user(accountKey="a"), UserNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]])
    assert_type(api.user.posts.comments.list(media_id="1"), TikAPIResponse)
    assert_type(api.public.posts(secUid=SEC_UID).next_items(), TikAPIResponse | None)
    params: PublicPostsParams = {"secUid": SEC_UID, "count": 10}
    api.public.posts(**params)


def typed_bodies(api: TikAPI) -> None:
    body: PublicCheckResponse = api.public.check(username="lilyachty").json()
    assert_type(body["userInfo"]["user"]["secUid"], str)
    assert_type(body["userInfo"]["stats"]["followerCount"], int | float)
    comment: PublicCommentsListItem
    for comment in api.public.commentsList.items(media_id="1", max_items=5):
        assert_type(comment["text"], str)
    body["userInfo"]["usr"]  # type: ignore[typeddict-item]


def mistakes_a_type_checker_catches(api: TikAPI) -> None:
    api.public.posts(secUID=SEC_UID)  # type: ignore[call-arg]
    api.public.posts(count=10)  # type: ignore[call-arg]
    api.public.search(category="photos", query="x")  # type: ignore[arg-type]
    api.user.posts.comments.post(media_id="1", text="x", has_tags="yes")  # type: ignore[arg-type]
    api.public.posts.items(secUid=SEC_UID, maxItems=5)  # type: ignore[call-arg]
    api.key(limit=1)  # type: ignore[call-arg]


async def typed_async_calls(api: AsyncTikAPI) -> None:
    assert_type(await api.public.check(username="lilyachty"), AsyncTikAPIResponse)
    assert_type(api.public.posts.pages(secUid=SEC_UID), AsyncIterator[AsyncTikAPIResponse])
    assert_type(api.public.posts.items(secUid=SEC_UID), AsyncItemStream[Any])
    assert_type(await (await api.public.posts(secUid=SEC_UID)).next_items(), AsyncTikAPIResponse | None)


def test_the_typed_surface_is_checked_by_mypy() -> None:
    # The assertions above are for mypy (run by scripts/test-python.sh); at run time they only need to import.
    assert callable(typed_calls)
    assert callable(mistakes_a_type_checker_catches)
    assert callable(typed_bodies)
