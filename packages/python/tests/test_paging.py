"""pages() and items(): bounds, resume points, stop reasons, items fields (sync and async)."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from tokkit import ResumePoint, TikAPIError, ValidationError

from .helpers import SEC_UID, Recorder, async_client, sync_client


class ListServer:
    """Serves a list of `total` items in pages of `size` by numeric string cursor, like public.posts."""

    def __init__(self, total: int, size: int, field: str = "itemList", param: str = "cursor") -> None:
        self.total, self.size, self.field, self.param = total, size, field, param
        self.recorder = Recorder(self.reply)

    def reply(self, request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get(self.param, "0"))
        end = min(start + self.size, self.total)
        body = {self.field: [{"id": i} for i in range(start, end)], self.param: str(end), "hasMore": end < self.total}
        return httpx.Response(200, json=body)

    @property
    def cursors(self) -> list[str | None]:
        return [r.url.params.get(self.param) for r in self.recorder.requests]


def ids(items: Any) -> list[int]:
    return [item["id"] for item in items]


def test_items_walks_every_page() -> None:
    server = ListServer(17, 5)
    api, _ = sync_client(server.recorder)
    stream = api.public.posts.items(secUid=SEC_UID, count=5)
    assert ids(stream) == list(range(17))
    assert server.cursors == [None, "5", "10", "15"]
    assert stream.stop_reason == "end"
    assert stream.resume_point == ResumePoint(None, 0, True)


def test_max_items_stops_inside_a_page_without_fetching_the_next() -> None:
    server = ListServer(17, 5)
    api, _ = sync_client(server.recorder)
    stream = api.public.posts.items(secUid=SEC_UID, max_items=7)
    assert ids(stream) == list(range(7))
    assert len(server.recorder.requests) == 2
    assert stream.stop_reason == "max-items"
    assert stream.resume_point == ResumePoint("5", 2)


def test_max_items_at_a_page_end_does_not_fetch_the_next_page() -> None:
    server = ListServer(17, 5)
    api, _ = sync_client(server.recorder)
    stream = api.public.posts.items(secUid=SEC_UID, max_items=10)
    assert ids(stream) == list(range(10))
    assert len(server.recorder.requests) == 2
    assert stream.resume_point == ResumePoint("10", 0)


def test_a_resume_point_continues_exactly_after_the_last_item() -> None:
    server = ListServer(17, 5)
    api, _ = sync_client(server.recorder)
    first = api.public.posts.items(secUid=SEC_UID)
    taken = []
    for item in first:
        taken.append(item["id"])
        if len(taken) == 8:
            break
    point = first.resume_point
    assert point == ResumePoint("5", 3)
    rest = api.public.posts.items(secUid=SEC_UID, resume=point.to_dict())
    assert taken + ids(rest) == list(range(17))


def test_a_done_resume_point_yields_nothing_and_fetches_nothing() -> None:
    server = ListServer(5, 5)
    api, _ = sync_client(server.recorder)
    stream = api.public.posts.items(secUid=SEC_UID, resume=ResumePoint(None, 0, True))
    assert list(stream) == []
    assert server.recorder.requests == []
    assert stream.stop_reason == "end"


def test_max_pages_stops_with_the_cursor_to_go_on() -> None:
    server = ListServer(17, 5)
    api, _ = sync_client(server.recorder)
    pages = list(api.public.posts.pages(secUid=SEC_UID, max_pages=2))
    assert len(pages) == 2
    assert pages[-1].cursor == "10"
    again = list(api.public.posts.pages(secUid=SEC_UID, cursor=pages[-1].cursor))
    assert [item["id"] for page in again for item in page.items] == list(range(10, 17))


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "3"])
def test_bounds_must_be_positive_integers(bad: Any) -> None:
    api, _ = sync_client(Recorder())
    with pytest.raises(TikAPIError, match="max_pages must be a positive integer"):
        api.public.posts.pages(secUid=SEC_UID, max_pages=bad)
    with pytest.raises(TikAPIError, match="max_items must be a positive integer"):
        api.public.posts.items(secUid=SEC_UID, max_items=bad)


def test_bounds_never_collide_with_api_params_user_messages_limit() -> None:
    server = ListServer(10, 4, field="messages", param="nextCursor")
    api, _ = sync_client(server.recorder, account_key="acct")
    got = ids(api.user.messages.items(conversation_id="c1", conversation_short_id="s1", limit=4, max_items=6))
    assert got == list(range(6))
    assert [r.url.params.get("limit") for r in server.recorder.requests] == ["4", "4"]


def test_items_under_an_undeclared_field_raise_naming_the_fields() -> None:
    recorder = Recorder(httpx.Response(200, json={"videos": [{"id": 1}], "cursor": "1", "hasMore": True}))
    api, _ = sync_client(recorder)
    with pytest.raises(TikAPIError, match=r"no items under itemList; the page has arrays under videos"):
        list(api.public.posts.items(secUid=SEC_UID))
    with pytest.raises(TikAPIError, match="items_field='videos'"):
        _ = api.public.posts(secUid=SEC_UID).items


def test_items_field_overrides_the_declared_field_on_every_page() -> None:
    server = ListServer(6, 3, field="videos")
    api, _ = sync_client(server.recorder)
    assert ids(api.public.posts.items(secUid=SEC_UID, items_field="videos")) == list(range(6))
    pages = list(api.public.posts.pages(secUid=SEC_UID, items_field="videos"))
    assert [len(p.items) for p in pages] == [3, 3]


def test_a_server_cursor_goes_back_as_is_never_validated() -> None:
    recorder = Recorder(
        httpx.Response(200, json={"comments": [{"id": 1}], "cursor": "opaque==", "has_more": 1}),
        httpx.Response(200, json={"comments": [{"id": 2}], "has_more": 0}),
    )
    api, _ = sync_client(recorder, account_key="acct")
    assert ids(api.user.posts.comments.list.items(media_id="7109178205151464746")) == [1, 2]
    assert recorder.requests[1].url.params["cursor"] == "opaque=="


def test_a_paging_value_passed_to_resume_is_any_string_or_number() -> None:
    recorder = Recorder(httpx.Response(200, json={"itemList": [], "hasMore": False}))
    api, _ = sync_client(recorder)
    api.public.posts(secUid=SEC_UID, cursor="abc")
    api.public.followersList(secUid=SEC_UID, nextCursor=12.5)
    api.public.posts(secUid=SEC_UID, cursor=2**70)
    assert [r.url.params.get("cursor") or r.url.params.get("nextCursor") for r in recorder.requests] == [
        "abc",
        "12.5",
        str(2**70),
    ]
    with pytest.raises(ValidationError) as caught:
        api.public.posts(secUid=SEC_UID, cursor={"at": 1})  # type: ignore[arg-type]
    assert caught.value.field == "cursor"
    assert len(recorder.requests) == 3


def test_repeated_cursor_and_the_first_position_stop_the_run() -> None:
    recorder = Recorder(
        httpx.Response(200, json={"itemList": [{"id": 1}], "cursor": 30, "hasMore": True}),
        httpx.Response(200, json={"itemList": [{"id": 2}], "cursor": "60", "hasMore": True}),
        httpx.Response(200, json={"itemList": [{"id": 3}], "cursor": "30", "hasMore": True}),
    )
    api, _ = sync_client(recorder)
    pages = list(api.public.posts.pages(secUid=SEC_UID))
    assert [p.cursor for p in pages] == [30, "60", None]
    assert pages[-1].stop_reason == "repeated-cursor"
    assert [r.url.params.get("cursor") for r in recorder.requests] == [None, "30", "60"]


def test_page_style_counts_pages() -> None:
    recorder = Recorder(
        httpx.Response(200, json={"transactions": [{"id": 1}], "hasMore": True}),
        httpx.Response(200, json={"transactions": [{"id": 2}], "hasMore": True}),
        httpx.Response(200, json={"transactions": [], "hasMore": True}),
    )
    api, _ = sync_client(recorder, account_key="acct")
    assert ids(api.user.live.transactionHistory.items()) == [1, 2]
    assert [r.url.params.get("page") for r in recorder.requests] == [None, "2", "3"]


def test_async_items_pages_and_resume() -> None:
    async def run() -> None:
        server = ListServer(17, 5)
        api, _ = async_client(server.recorder)
        stream = api.public.posts.items(secUid=SEC_UID, max_items=12)
        got: list[object] = [item["id"] async for item in stream]  # ListServer's ids are numbers (the API's: strings)
        assert got == list(range(12))
        assert stream.stop_reason == "max-items"
        rest: list[object] = [
            item["id"] async for item in api.public.posts.items(secUid=SEC_UID, resume=stream.resume_point)
        ]
        assert got + rest == list(range(17))
        pages = [page async for page in api.public.posts.pages(secUid=SEC_UID, max_pages=3)]
        assert [len(p.items) for p in pages] == [5, 5, 5]
        with pytest.raises(TikAPIError, match="max_items"):
            api.public.posts.items(secUid=SEC_UID, max_items=0)
        await api.aclose()

    anyio.run(run)
