"""Loopback servers that answer like Scavio and the user-handle API: their key headers, their error bodies, Scavio's
credits and its three paging styles, over finite lists. A request a client walking the list should not send is
answered 400 and recorded in `problems`."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from typing import Any

from .loopback import Loopback, Received, json_reply

SCAVIO_KEY = "sk_test_scavio-key-never-shown-123"
UH_KEY = "uh-test-key-never-shown-456"
SEC_USER_ID = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM"
BASE = "/api/v1/tiktok"
TIME_BASE = 1_700_000_000


@dataclass
class ListSpec:
    """One paged Scavio list: its items field, its style and its length."""

    items: str
    style: str  # "max_cursor" | "cursor" | "token_time"
    total: int
    tag: str


LISTS = {
    f"{BASE}/user/posts": ListSpec("aweme_list", "max_cursor", 47, "post"),
    f"{BASE}/video/comments": ListSpec("comments", "cursor", 23, "comment"),
    f"{BASE}/video/comments/replies": ListSpec("comments", "cursor", 7, "reply"),
    f"{BASE}/search/videos": ListSpec("aweme_list", "cursor", 31, "found"),
    f"{BASE}/search/users": ListSpec("user_list", "cursor", 12, "user"),
    f"{BASE}/hashtag/videos": ListSpec("aweme_list", "cursor", 25, "tagged"),
    f"{BASE}/user/followers": ListSpec("followers", "token_time", 45, "follower"),
    f"{BASE}/user/followings": ListSpec("followings", "token_time", 9, "following"),
}


def _item(spec: ListSpec, index: int) -> dict[str, Any]:
    name = f"{spec.tag}-{index}"
    if spec.items == "aweme_list":
        return {"aweme_id": name, "desc": name}
    if spec.items == "comments":
        return {"cid": name, "text": name}
    if spec.items == "user_list":
        return {"user_info": {"uid": name, "unique_id": name}}
    return {"uid": name, "unique_id": name}


@dataclass
class FakeScavio:
    """`with FakeScavio(credits=100) as sc: Scavio(api_key=SCAVIO_KEY, base_url=sc.url)`."""

    credits: int = 1000
    fail_first: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    """Statuses (with headers) the first requests are answered with, one each, before the real answers."""
    problems: list[str] = field(default_factory=list)
    bodies: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.server = Loopback(self._respond)

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def received(self) -> list[Received]:
        return self.server.received

    def __enter__(self) -> FakeScavio:
        return self

    def __exit__(self, *_: object) -> None:
        self.server.close()

    def _respond(self, request: Received, conn: Any) -> None:
        with self._lock:
            status, body, headers = self._answer(request)
        json_reply(conn, status, body, headers)

    def _answer(self, request: Received) -> tuple[int, Any, list[tuple[str, str]]]:
        if self.fail_first:
            status, headers = self.fail_first.pop(0)
            return status, {"error": "upstream", "message": f"Scavio failed with {status}"}, list(headers.items())
        if request.headers.get("authorization") != f"Bearer {SCAVIO_KEY}":
            return 401, {"error": "unauthorized", "message": "Invalid or missing API key"}, []
        if request.method != "POST" or request.headers.get("content-type") != "application/json":
            self.problems.append(f"{request.method} {request.target} {request.headers.get('content-type')}")
            return 400, {"error": "bad_request", "message": "POST a JSON body"}, []
        body = json.loads(request.body or b"{}")
        self.bodies.append(body)
        if self.credits <= 0:
            return 402, {"error": "insufficient_credits", "message": "No credits left on this key"}, []
        self.credits -= 1
        data = self._data(request.target, body)
        if isinstance(data, str):
            self.problems.append(f"{request.target} {body}: {data}")
            return 400, {"error": "bad_request", "message": data}, []
        return 200, {"data": data, "response_time": 120, "credits_used": 1, "credits_remaining": self.credits}, []

    def _data(self, path: str, body: dict[str, Any]) -> dict[str, Any] | str:
        if path == f"{BASE}/profile":
            return {"user": {"unique_id": body.get("username", "tiktok"), "sec_uid": SEC_USER_ID}}
        if path == f"{BASE}/video":
            return {"aweme_detail": {"aweme_id": body["video_id"]}}
        if path == f"{BASE}/hashtag":
            return {"challengeInfo": {"challenge": {"id": "229207", "title": body.get("hashtag_name", "fyp")}}}
        spec = LISTS.get(path)
        if spec is None:
            return f"unknown path {path}"
        size = int(body.get("count", 20))
        if spec.style == "token_time":
            return self._token_page(spec, body, size)
        raw = body.get("cursor", "0")
        if spec.style == "max_cursor" and not isinstance(raw, str):
            return f"cursor must be the max_cursor string, got {raw!r}"
        offset = int(raw)
        if offset < 0 or offset >= spec.total or offset % size:
            return f"bad cursor {raw!r}"
        page = [_item(spec, i) for i in range(offset, min(offset + size, spec.total))]
        following = offset + len(page)
        more = following < spec.total
        if spec.style == "max_cursor":
            # The cursor is handed out on the last page too: a client must stop on has_more 0.
            return {spec.items: page, "max_cursor": str(following), "has_more": 1 if more else 0}
        return {spec.items: page, "cursor": following, "has_more": 1 if more else 0}

    def _token_page(self, spec: ListSpec, body: dict[str, Any], size: int) -> dict[str, Any] | str:
        token, min_time = body.get("page_token"), body.get("min_time")
        if (token is None) != (min_time is None):
            return f"page_token and min_time go together, got {token!r} and {min_time!r}"
        offset = 0
        if token is not None:
            offset = int(str(token).removeprefix("tok-"))
            if min_time != TIME_BASE - offset:
                return f"min_time {min_time!r} does not go with {token!r}"
        page = [_item(spec, i) for i in range(offset, min(offset + size, spec.total))]
        following = offset + len(page)
        return {
            spec.items: page,
            "next_page_token": f"tok-{following}",
            "min_time": TIME_BASE - following,
            "has_more": following < spec.total,
        }


def user_handle_server(prefix: str = "") -> Loopback:
    """The user-handle API below `prefix`: `x-api-key` or 403 `{"message": "Forbidden"}`; 404 for user `nobody`."""

    def respond(received: Received, conn: Any) -> None:
        request = replace(received, target=received.target.removeprefix(prefix))
        if request.headers.get("x-api-key") != UH_KEY:
            json_reply(conn, 403, {"message": "Forbidden"})
        elif request.target.startswith("/user/nobody"):
            json_reply(conn, 404, {"message": "User nobody not found"})
        elif request.target.startswith("/user/"):
            json_reply(conn, 200, {"user": {"id": "1", "nickname": request.target[6:]}, "stats": {"videoCount": 3}})
        elif request.target.startswith("/video/"):
            json_reply(conn, 200, {"id": request.target.rsplit("/", 1)[-1], "stats": {"playCount": 9}})
        else:
            json_reply(conn, 404, {"message": "Not Found"})

    return Loopback(respond)
