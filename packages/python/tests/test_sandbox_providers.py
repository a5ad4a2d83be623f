"""Scavio and UserHandleAPI against the sandbox as a real process (`${url}/scavio`, `${url}/userhandle`): every
endpoint sync and async, each paging style walked to its end, checks before sending, keys and errors, credits, and
retries by meaning with `X-Sandbox-Fault`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import pytest

from tokkit import (
    DEMO_ACCOUNT_KEY,
    APIError,
    AsyncScavio,
    AsyncUserHandleAPI,
    AuthenticationError,
    Credits,
    InternalServerError,
    PermissionDeniedError,
    Scavio,
    TikAPI,
    TikAPIError,
    UserHandleAPI,
    ValidationError,
)
from tokkit._scavio._catalogue import PROVIDER as SCAVIO
from tokkit._userhandle._catalogue import PROVIDER as USERHANDLE

from .conftest import _run_sandbox
from .helpers import REPO, SEC_UID, Sleeps
from .test_schemas import misfits, needed_params

pytestmark = pytest.mark.sandbox
VIDEO_ID = "7109178205151464746"
DIST = REPO / "packages" / "core" / "dist"
LIST_SIZE = 50
"""The sandbox's `sizes.lists`: followers, search results, hashtag videos, replies."""


@pytest.fixture(autouse=True)
def _no_provider_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SCAVIO_API_KEY", "SCAVIO_BASE_URL", "USERHANDLE_API_KEY", "USERHANDLE_API_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sc(sandbox_url: str) -> Iterator[Scavio]:
    with Scavio(api_key=SCAVIO.demo_api_key, base_url=sandbox_url + SCAVIO.sandbox_prefix) as client:
        client._sleep = Sleeps()
        yield client


@pytest.fixture
def uh(sandbox_url: str) -> Iterator[UserHandleAPI]:
    with UserHandleAPI(api_key=USERHANDLE.demo_api_key, base_url=sandbox_url + USERHANDLE.sandbox_prefix) as client:
        yield client


@pytest.fixture
def few_credits_url() -> Iterator[str]:
    """A sandbox of its own for one test, serving Scavio only, whose keys start with 7 credits."""
    yield from _run_sandbox("--provider", "scavio", "--credits", "7")


# ---------------------------------------------------------------------------------------------- every endpoint


def test_every_scavio_endpoint_answers(sc: Scavio) -> None:
    profile = sc.profile(username="lilyachty").json()["data"]["user"]
    assert (profile["unique_id"], profile["sec_uid"]) == ("lilyachty", SEC_UID)
    assert sc.profile(sec_user_id=SEC_UID).json()["data"]["user"]["unique_id"] == "lilyachty"
    assert sc.user.posts(sec_user_id=SEC_UID, count=5, sort_type="1").items
    assert len(sc.user.followers(sec_user_id=SEC_UID, count=20).items) == 20
    assert len(sc.user.followings(sec_user_id=SEC_UID, count=3).items) == 3
    assert sc.video(video_id=VIDEO_ID).json()["data"]["aweme_detail"]["aweme_id"] == VIDEO_ID
    comments = sc.video.comments(video_id=VIDEO_ID, count=5)
    assert len(comments.items) == 5
    replies = sc.video.comments.replies(video_id=VIDEO_ID, comment_id=comments.items[0]["cid"], count=3)
    assert len(replies.items) == 3
    assert len(sc.search.videos(keyword="cooking recipe", count=10, publish_time="7").items) == 10
    assert sc.search.users(keyword="chef", count=4).items[0]["user_info"]["unique_id"]
    tag = sc.hashtag(hashtag_name="fyp").json()["data"]["challengeInfo"]["challenge"]
    assert sc.hashtag(hashtag_id=tag["id"]).json()["data"]["challengeInfo"]["challenge"]["title"] == "fyp"
    assert len(sc.hashtag.videos(hashtag_id=tag["id"], count=7).items) == 7


def test_every_user_handle_endpoint_answers(uh: UserHandleAPI) -> None:
    user = uh.user(userHandle="lilyachty").json()
    assert (user["user"]["secUid"], user["stats"]["videoCount"]) == (SEC_UID, 1000)
    video = uh.video(userHandle="lilyachty", videoId=int(VIDEO_ID)).json()
    assert video["id"] == VIDEO_ID
    assert video["author"]["secUid"] == SEC_UID


def test_every_endpoint_answers_through_the_async_clients(sandbox_url: str) -> None:
    async def main() -> list[Any]:
        async with (
            AsyncScavio(api_key=SCAVIO.demo_api_key, base_url=f"{sandbox_url}/scavio") as sc,
            AsyncUserHandleAPI(api_key=USERHANDLE.demo_api_key, base_url=f"{sandbox_url}/userhandle") as uh,
        ):
            comments = await sc.video.comments(video_id=VIDEO_ID, count=2)
            tag = (await sc.hashtag(hashtag_name="fyp")).json()["data"]["challengeInfo"]["challenge"]["id"]
            answers = [
                await sc.profile(username="lilyachty"),
                await sc.user.posts(sec_user_id=SEC_UID, count=2),
                await sc.user.followers(sec_user_id=SEC_UID, count=2),
                await sc.user.followings(sec_user_id=SEC_UID, count=2),
                await sc.video(video_id=VIDEO_ID),
                comments,
                await sc.video.comments.replies(video_id=VIDEO_ID, comment_id=comments.items[0]["cid"], count=2),
                await sc.search.videos(keyword="cooking recipe", count=2),
                await sc.search.users(keyword="chef", count=2),
                await sc.hashtag(hashtag_id=tag),
                await sc.hashtag.videos(hashtag_id=tag, count=2),
                await uh.user(userHandle="lilyachty"),
                await uh.video(userHandle="lilyachty", videoId=VIDEO_ID),
            ]
            posts = [video["aweme_id"] async for video in sc.user.posts.items(sec_user_id=SEC_UID, count=30)]
            followers = [user["uid"] async for user in sc.user.followers.items(sec_user_id=SEC_UID)]
            return [answers, posts, followers]

    answers, posts, followers = anyio.run(main)
    assert [a.status_code for a in answers] == [200] * 13
    assert all(a.credits is not None for a in answers[:11])
    assert all(a.credits is None for a in answers[11:])
    assert [len(a.items) for a in answers[1:4]] == [2, 2, 2]
    assert (len(posts), len(set(posts))) == (1000, 1000)
    assert (len(followers), len(set(followers))) == (LIST_SIZE, LIST_SIZE)


# ---------------------------------------------------------------------------------------------- paging to the end


def test_the_cursor_style_walks_all_1000_posts(sc: Scavio) -> None:
    pages = list(sc.user.posts.pages(sec_user_id=SEC_UID, count=30))
    ids = [video["aweme_id"] for page in pages for video in page.items]
    assert (len(pages), len(ids), len(set(ids))) == (34, 1000, 1000)
    assert pages[-1].stop_reason == "end"
    assert pages[0].cursor == pages[0].json()["data"]["max_cursor"]


@pytest.mark.parametrize(
    ("key", "params", "size"),
    [
        ("search.videos", {"keyword": "cooking recipe"}, 30),
        ("search.users", {"keyword": "chef"}, 30),
        ("hashtag.videos", {"hashtag_id": "229207"}, 30),
        ("video.comments.replies", {"video_id": VIDEO_ID, "comment_id": "7109185042560680750"}, 20),
    ],
)
def test_the_offset_style_walks_each_list_to_its_end(sc: Scavio, key: str, params: dict[str, Any], size: int) -> None:
    endpoint: Any = sc
    for part in key.split("."):
        endpoint = getattr(endpoint, part)
    page = endpoint(**params, count=size)
    pages = [page]
    while (page := page.next_items()) is not None:
        pages.append(page)
    assert [len(p.items) for p in pages] == [size] * (LIST_SIZE // size) + [LIST_SIZE % size]
    assert pages[-1].stop_reason == "end"
    assert pages[0].cursor == size


def test_the_offset_style_walks_5000_comments(sc: Scavio) -> None:
    stream = sc.video.comments.items(video_id=VIDEO_ID, count=50)
    cids = [comment["cid"] for comment in stream]
    assert (len(cids), len(set(cids))) == (5000, 5000)
    assert stream.stop_reason == "end"


@pytest.mark.parametrize("key", ["followers", "followings"])
def test_the_token_time_style_walks_each_list_to_its_end_and_resumes(sc: Scavio, key: str) -> None:
    endpoint = getattr(sc.user, key)
    pages = list(endpoint.pages(sec_user_id=SEC_UID, count=20))
    assert [len(p.items) for p in pages] == [20, 20, 10]
    assert pages[0].next_values == {"min_time": pages[0].json()["data"]["min_time"]}
    assert pages[-1].stop_reason == "end"
    everyone = [user["uid"] for page in pages for user in page.items]
    head = endpoint.items(sec_user_id=SEC_UID, count=20, max_items=27)
    first = [user["uid"] for user in head]
    assert head.resume_point.cursor == {"page_token": pages[0].cursor, "min_time": pages[0].json()["data"]["min_time"]}
    rest = [user["uid"] for user in endpoint.items(sec_user_id=SEC_UID, count=20, resume=head.resume_point.to_dict())]
    assert first + rest == everyone


# ---------------------------------------------------------------------------------------------- checks, keys, errors


def test_bad_input_is_refused_before_anything_reaches_the_sandbox(few_credits_url: str) -> None:
    with Scavio(api_key=SCAVIO.demo_api_key, base_url=f"{few_credits_url}/scavio") as sc:
        calls: list[Callable[[], object]] = [
            lambda: sc.search.videos(keyword=""),
            lambda: sc.search.users(keyword="k" * 501),
            lambda: sc.user.posts(sec_user_id=SEC_UID, count=31),
            lambda: sc.video.comments(video_id=VIDEO_ID, count=51),
            lambda: sc.user.followers(sec_user_id=SEC_UID, count=21),
            lambda: sc.user.posts(sec_user_id=SEC_UID, sort_type="9"),  # type: ignore[arg-type]
            lambda: sc.search.videos(keyword="x", publish_time="2"),  # type: ignore[arg-type]
            lambda: sc.profile(),
            lambda: sc.hashtag(),
            lambda: sc.video(video_id="not-a-number"),
        ]
        for bad in calls:
            with pytest.raises(ValidationError):
                bad()
        # Nothing was sent, so nothing was spent: the first request sees 7 - 1 credits left.
        assert sc.profile(username="lilyachty").credits == Credits(used=1, remaining=6)


def test_missing_keys_name_their_variables(sandbox_url: str) -> None:
    with pytest.raises(TikAPIError, match="SCAVIO_API_KEY"):
        Scavio(base_url=f"{sandbox_url}/scavio")
    with pytest.raises(TikAPIError, match="USERHANDLE_API_KEY"):
        UserHandleAPI(base_url=f"{sandbox_url}/userhandle")
    with pytest.raises(TikAPIError, match="USERHANDLE_API_URL"):
        UserHandleAPI(api_key=USERHANDLE.demo_api_key)


def test_sandbox_mode_sends_the_demo_key_never_the_users(sandbox_url: str) -> None:
    with Scavio(api_key="sk_live_my-own-key-never-sent", sandbox=True, base_url=f"{sandbox_url}/scavio") as sc:
        assert sc.profile(username="lilyachty").status_code == 200
    with (
        Scavio(api_key="sk_live_my-own-key-1234", base_url=f"{sandbox_url}/scavio") as sc,
        pytest.raises(AuthenticationError) as raised,
    ):
        sc.profile(username="lilyachty")
    assert "sk_live_my-own-key-1234" not in str(raised.value) + raised.value.response.text


def test_the_sandboxes_errors_map_onto_the_hierarchy(sc: Scavio, uh: UserHandleAPI, sandbox_url: str) -> None:
    with pytest.raises(APIError) as missing:
        sc.profile(username="nosuchuser999")
    assert missing.value.status_code == 404
    assert missing.value.message == missing.value.json["message"]
    with (
        UserHandleAPI(api_key="uh-wrong-key-1234", base_url=f"{sandbox_url}/userhandle") as wrong,
        pytest.raises(PermissionDeniedError) as forbidden,
    ):
        wrong.user(userHandle="lilyachty")
    assert (forbidden.value.status_code, forbidden.value.message) == (403, "Forbidden")
    with pytest.raises(APIError) as unknown:
        uh.user(userHandle="nosuchuser999")
    assert (unknown.value.status_code, type(unknown.value)) == (404, APIError)


# ---------------------------------------------------------------------------------------------- credits


def test_credits_count_down_and_min_credits_remaining_stops_the_run(few_credits_url: str) -> None:
    with Scavio(api_key=SCAVIO.demo_api_key, base_url=f"{few_credits_url}/scavio", max_retries=0) as sc:
        first = sc.profile(username="lilyachty")
        assert first.credits == Credits(used=1, remaining=6)
        assert first.response_time is not None
        stream = sc.user.posts.items(sec_user_id=SEC_UID, count=10, min_credits_remaining=4)
        ids = [video["aweme_id"] for video in stream]
        # The pages leave 5, 4 (not below the bound) and 3 (below): three pages, then no fourth.
        assert len(ids) == 30
        assert stream.stop_reason == "credits"
        rest = sc.user.posts.items(sec_user_id=SEC_UID, count=10, resume=stream.resume_point, max_pages=3)
        assert len([video["aweme_id"] for video in rest]) == 30
        with pytest.raises(APIError) as raised:
            sc.profile(username="lilyachty")
    assert (raised.value.status_code, raised.value.json["error"]) == (402, "insufficient_credits")
    assert raised.value.message == raised.value.json["message"]


# ---------------------------------------------------------------------------------------------- retries by meaning


def test_a_safe_scavio_post_is_retried_and_an_unsafe_tikapi_post_is_not(sc: Scavio, sandbox_url: str) -> None:
    fault = {"X-Sandbox-Fault": "502x1"}
    assert sc.video(video_id=VIDEO_ID, extra_headers=fault).status_code == 200
    assert sc._sleep.waits  # type: ignore[attr-defined]  # it waited once, before its retry
    with pytest.raises(InternalServerError):
        sc.video(video_id=VIDEO_ID, extra_headers=fault, max_retries=0)
    with TikAPI(sandbox=True, base_url=sandbox_url) as api:
        api._sleep = Sleeps()
        post = api.user(accountKey=DEMO_ACCOUNT_KEY).posts.comments.post
        with pytest.raises(InternalServerError):
            post(media_id=VIDEO_ID, text="Nice!", extra_headers=fault)
        # A retry would have gone through (the fault fires once): the same request now does.
        assert post(media_id=VIDEO_ID, text="Nice!", extra_headers=fault).status_code == 200
        assert api._sleep.waits == []


# ---------------------------------------------------------------------------------------------- bodies fit the schemas


def provider_spec(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DIST / f"spec.{name}.json").read_text(encoding="utf-8"))
    return data


CASES = [
    (name, endpoint)
    for name in ("scavio", "userhandle")
    for endpoint in provider_spec(name)["endpoints"]
    if all("example" in p for p in needed_params(endpoint))
]


@pytest.mark.parametrize(("name", "endpoint"), CASES, ids=[f"{n}:{e['key']}" for n, e in CASES])
def test_the_sandbox_answers_bodies_that_fit_the_schemas(sandbox_url: str, name: str, endpoint: dict[str, Any]) -> None:
    spec = provider_spec(name)
    provider = spec["provider"]
    params = {p["name"]: p["example"] for p in needed_params(endpoint)}
    client_class = Scavio if name == "scavio" else UserHandleAPI
    with client_class(
        api_key=provider["demoKeys"]["apiKey"], base_url=sandbox_url + provider["sandboxPrefix"]
    ) as client:
        target: Any = client
        for part in endpoint["key"].split("."):
            target = getattr(target, part)
        r = target(**params)
    assert not list(misfits(r.json(), {"ref": endpoint["response"]}, "body", spec["schemas"]))
    if endpoint.get("item"):
        assert r.items, f"{endpoint['key']}: the sandbox's first page has items"
        for index, item in enumerate(r.items):
            assert not list(misfits(item, {"ref": endpoint["item"]}, f"item[{index}]", spec["schemas"]))
