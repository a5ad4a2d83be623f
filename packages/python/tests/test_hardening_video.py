"""Video downloads from a real loopback host: a trickling body cannot outlast the timeout (no file is left), and
the response's videoLinkHeaders are checked like any header before the video host sees anything."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from tokkit import APITimeoutError, AsyncTikAPI, TikAPI, ValidationError

from .loopback import Loopback, Received, dribble, json_reply

KEY = "SECRET-api-key-video-1"
VIDEO = b"\x00\x00\x00\x18ftypmp42" + b"v" * 88


def host(link_headers: dict[str, Any], every: float = 0.1) -> Loopback:
    """A video host (`/video.mp4`: 100 bytes, one per `every` seconds) that also plays the API."""

    def answer(received: Received, conn: socket.socket) -> None:
        if received.target.startswith("/video.mp4"):
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: 100\r\nConnection: close\r\n\r\n"
            )
            dribble(conn, VIDEO, every, limit=15)
        else:
            json_reply(conn, 200, {"status": "success", "$other": {"videoLinkHeaders": link_headers}})

    return Loopback(answer)


@pytest.fixture
def trickle() -> Iterator[Loopback]:
    with host({"Referer": "https://www.tiktok.com/"}) as running:
        yield running


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_hardening_save_video_stops_a_trickle_at_the_timeout_and_leaves_no_file(
    trickle: Loopback, tmp_path: Path
) -> None:
    with TikAPI(KEY, base_url=trickle.url, timeout=1) as api:
        r = api.key()
        started = time.monotonic()
        with pytest.raises(APITimeoutError, match="within 1 s"):
            r.save_video(f"{trickle.url}/video.mp4", tmp_path / "v.mp4")
        assert time.monotonic() - started < 2.5
        started = time.monotonic()
        with pytest.raises(APITimeoutError), r.download_video(f"{trickle.url}/video.mp4", timeout=0.5) as video:
            b"".join(video.iter_bytes())
        assert time.monotonic() - started < 2
    assert leftovers(tmp_path) == []
    video_requests = [r for r in trickle.received if r.target == "/video.mp4"]
    assert len(video_requests) == 2
    assert all(
        "x-api-key" not in r.headers and r.headers["referer"] == "https://www.tiktok.com/" for r in video_requests
    )


def test_hardening_async_save_video_stops_a_trickle_too(trickle: Loopback, tmp_path: Path) -> None:
    async def main() -> float:
        async with AsyncTikAPI(KEY, base_url=trickle.url) as api:
            r = await api.key()
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="within 1 s"):
                await r.save_video(f"{trickle.url}/video.mp4", tmp_path / "v.mp4", timeout=1)
            return time.monotonic() - started

    assert anyio.run(main) < 2.5
    assert leftovers(tmp_path) == []


def test_hardening_a_slow_enough_video_still_arrives_within_its_timeout(tmp_path: Path) -> None:
    with host({}, every=0.005) as trickle, TikAPI(KEY, base_url=trickle.url, timeout=10) as api:
        path = api.key().save_video(f"{trickle.url}/video.mp4", tmp_path / "v.mp4")
    assert path.read_bytes() == VIDEO
    assert leftovers(tmp_path) == ["v.mp4"]


@pytest.mark.parametrize("link_headers", [{"Referer": "https://tiktok.com/é"}, {"Host": "evil.example"}])
def test_hardening_bad_video_link_headers_are_refused_before_the_host_sees_anything(
    link_headers: dict[str, Any], tmp_path: Path
) -> None:
    with host(link_headers) as server, TikAPI(KEY, base_url=server.url) as api:
        r = api.key()
        with pytest.raises(ValidationError, match="videoLinkHeaders") as raised:
            r.save_video(f"{server.url}/video.mp4", tmp_path / "v.mp4")
        assert next(iter(link_headers)) in raised.value.field
        assert [r.target for r in server.received] == ["/key/info"]
    assert leftovers(tmp_path) == []


def test_hardening_bad_headers_of_the_caller_are_refused_for_downloads(trickle: Loopback) -> None:
    with TikAPI(KEY, base_url=trickle.url) as api:
        r = api.key()
        with (
            pytest.raises(ValidationError, match="Cookie"),
            r.download_video(f"{trickle.url}/v", headers={"Cookie": "a\nb"}),
        ):
            pass
    assert [r.target for r in trickle.received] == ["/key/info"]
