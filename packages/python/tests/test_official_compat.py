"""Code written for the official `tikapi` SDK, working unchanged (or refused with what to write instead), against the
sandbox started as a real process; video hosts are real loopback servers."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from tokkit import (
    DEMO_API_KEY,
    AsyncTikAPI,
    AuthenticationError,
    PermissionDeniedError,
    ResponseException,
    TikAPI,
    TikAPIError,
    ValidationError,
)

from .loopback import Loopback, Received, reply

pytestmark = pytest.mark.sandbox
WRONG_KEY = "not-a-key-the-sandbox-knows-7"
VIDEO_ID = "7109178205151464746"
VIDEO = b"\x00\x00\x00\x18ftypmp42" + b"v" * 88


@pytest.fixture
def video_host() -> Iterator[Loopback]:
    """`/video.mp4` answers 200 with a small video; `/gone.mp4` 404; anything else 403."""

    def answer(received: Received, conn: socket.socket) -> None:
        if received.target.startswith("/video.mp4"):
            reply(conn, 200, VIDEO, [("Content-Type", "video/mp4")])
        elif received.target.startswith("/gone.mp4"):
            reply(conn, 404, b"not found")
        else:
            reply(conn, 403, b"forbidden")

    with Loopback(answer) as running:
        yield running


def test_the_client_takes_the_official_key_keyword(sandbox_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKAPI_KEY", raising=False)
    with TikAPI(apiKey=DEMO_API_KEY, base_url=sandbox_url) as api:
        assert api.public.check(username="lilyachty").status_code == 200
    with TikAPI(apiKey=WRONG_KEY, base_url=sandbox_url) as api, pytest.raises(AuthenticationError):
        api.public.check(username="lilyachty")
    with pytest.raises(TikAPIError, match="pass the API key once"):
        TikAPI(WRONG_KEY, apiKey=DEMO_API_KEY)


def test_set_takes_the_official_key_keyword(sandbox_url: str) -> None:
    with TikAPI(apiKey=WRONG_KEY, base_url=sandbox_url) as api:
        with pytest.raises(AuthenticationError):
            api.public.check(username="lilyachty")
        assert api.set(apiKey=DEMO_API_KEY) is api
        assert api.public.check(username="lilyachty").status_code == 200


def test_one_call_goes_to_the_sandbox_with_dunder_sandbox(sandbox_url: str) -> None:
    with TikAPI(WRONG_KEY, base_url=sandbox_url) as api:
        with pytest.raises(AuthenticationError):
            api.public.check(username="lilyachty")
        assert api.public.check(username="lilyachty", __sandbox__=True).status_code == 200
        assert len(list(api.public.posts.items(secUid=_sec_uid(api), max_items=3, __sandbox__=True))) == 3
        assert not api.sandbox
        with pytest.raises(TikAPIError, match="__sandbox__ must be True or False"):
            api.public.check(username="lilyachty", __sandbox__="yes")  # type: ignore[arg-type]

    async def run() -> None:
        async with AsyncTikAPI(WRONG_KEY, base_url=sandbox_url) as aapi:
            r = await aapi.public.check(username="lilyachty", __sandbox__=True)
            assert r.status_code == 200

    anyio.run(run)


def _sec_uid(api: TikAPI) -> str:
    user = api.public.check(username="lilyachty", __sandbox__=True).json()["userInfo"]["user"]
    return str(user["secUid"])


def test_the_response_reads_like_a_requests_response(sandbox_url: str) -> None:
    with TikAPI(sandbox=True, base_url=sandbox_url) as api:
        r = api.public.check(username="lilyachty")
        assert r.ok is True
        r.raise_for_status()  # nothing to raise: an error status never makes a response
        assert isinstance(r.content, bytes)
        assert json.loads(r.content) == r.json()
        assert json.loads(r.text) == r.json()
        assert r.url == f"{sandbox_url}/public/check?username=lilyachty"
        assert DEMO_API_KEY not in r.url


def test_an_error_response_has_its_text(sandbox_url: str) -> None:
    with TikAPI(WRONG_KEY, base_url=sandbox_url) as api, pytest.raises(ResponseException) as caught:
        api.public.check(username="lilyachty")
    response = caught.value.response
    assert response.status_code == 401
    assert response.ok is False
    assert json.loads(response.text) == caught.value.json
    assert "A valid API Key is required." in response.text
    assert WRONG_KEY not in response.text


def test_save_video_takes_a_timeout(sandbox_url: str, video_host: Loopback, tmp_path: Path) -> None:
    with TikAPI(sandbox=True, base_url=sandbox_url) as api:
        r = api.public.video(id=VIDEO_ID)
        target = r.save_video(f"{video_host.url}/video.mp4", tmp_path / "v.mp4", timeout=30)
    assert target.read_bytes() == VIDEO


@pytest.mark.parametrize(("path", "status"), [("/gone.mp4", 404), ("/private.mp4", 403)])
def test_a_video_host_error_is_a_response_exception(
    sandbox_url: str, video_host: Loopback, tmp_path: Path, path: str, status: int
) -> None:
    with TikAPI(sandbox=True, base_url=sandbox_url) as api:
        r = api.public.video(id=VIDEO_ID)
        with pytest.raises(ResponseException) as caught:
            r.save_video(f"{video_host.url}{path}", tmp_path / "v.mp4", timeout=30)
    assert caught.value.status_code == status
    assert isinstance(caught.value, PermissionDeniedError) == (status == 403)
    assert "video host" in str(caught.value)
    assert list(tmp_path.iterdir()) == []

    async def run() -> None:
        async with AsyncTikAPI(sandbox=True, base_url=sandbox_url) as aapi:
            ar = await aapi.public.video(id=VIDEO_ID)
            with pytest.raises(ResponseException):
                await ar.save_video(f"{video_host.url}{path}", tmp_path / "v.mp4", timeout=30)

    anyio.run(run)


def test_positional_arguments_are_refused_naming_the_keyword(sandbox_url: str) -> None:
    with TikAPI(sandbox=True, base_url=sandbox_url) as api:
        with pytest.raises(ValidationError, match=r"api\.public\.check\(username=\.\.\.\)") as caught:
            api.public.check("lilyachty")  # type: ignore[arg-type]
        assert caught.value.field == "username"
        with pytest.raises(ValidationError, match=r"api\.public\.posts\(secUid=\.\.\.\)"):
            api.public.posts.items("MS4wLjABAAAA")  # type: ignore[arg-type, call-arg]
