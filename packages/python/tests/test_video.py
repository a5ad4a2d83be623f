"""download_video / save_video: the link headers, no key to the video host, no partial file."""

from __future__ import annotations

from pathlib import Path

import anyio
import httpx
import pytest

from tokkit import APIConnectionError, AsyncTikAPI, TikAPI, TikAPIError

from .helpers import Recorder

LINK = "https://v16-webapp.tiktok.example/video/abc.mp4"
BODY = {"status": "success", "$other": {"videoLinkHeaders": {"Cookie": "tt_chain=1", "Referer": "https://tiktok"}}}


def video_server(chunks: list[bytes], status: int = 200, fail_after: bool = False) -> Recorder:
    class Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
        def __iter__(self):  # type: ignore[no-untyped-def]
            yield from chunks
            if fail_after:
                raise httpx.ReadError("reset")

        async def __aiter__(self):  # type: ignore[no-untyped-def]
            for chunk in chunks:
                yield chunk
            if fail_after:
                raise httpx.ReadError("reset")

    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.tikapi.io":
            return httpx.Response(200, json=BODY)
        return httpx.Response(status, stream=Stream())

    return Recorder(reply)


def test_save_video_writes_the_file_with_the_link_headers_and_no_key(tmp_path: Path) -> None:
    recorder = video_server([b"abc", b"def"])
    api = TikAPI(
        "secret-api-key-99", account_key="secret-acct-88", http_client=httpx.Client(transport=recorder.transport())
    )
    r = api.public.video(id="7109178205151464746")
    target = r.save_video(LINK, tmp_path / "v.mp4")
    assert target.read_bytes() == b"abcdef"
    video = recorder.requests[1]
    assert video.headers["cookie"] == "tt_chain=1"
    assert video.headers["referer"] == "https://tiktok"
    assert "Mozilla/5.0" in video.headers["user-agent"]
    assert "x-api-key" not in video.headers
    assert "x-account-key" not in video.headers
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_download_leaves_no_partial_file(tmp_path: Path) -> None:
    recorder = video_server([b"abc"], fail_after=True)
    api = TikAPI("k-video", http_client=httpx.Client(transport=recorder.transport()))
    r = api.public.video(id="7109178205151464746")
    with pytest.raises(APIConnectionError):
        r.save_video(LINK, tmp_path / "v.mp4")
    assert list(tmp_path.iterdir()) == []
    recorder = video_server([b"x"], status=403)
    api = TikAPI("k-video", http_client=httpx.Client(transport=recorder.transport()))
    with pytest.raises(TikAPIError, match="HTTP 403") as caught:
        api.public.video(id="7109178205151464746").save_video(LINK, tmp_path / "v.mp4")
    assert caught.value.status_code == 403
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(TikAPIError, match="absolute http"):
        api.public.video(id="7109178205151464746").save_video("file:///etc/passwd", tmp_path / "v.mp4")


def test_download_video_streams() -> None:
    recorder = video_server([b"12", b"34"])
    api = TikAPI("k-video", http_client=httpx.Client(transport=recorder.transport()))
    with api.public.video(id="7109178205151464746").download_video(LINK, headers={"Range": "bytes=0-"}) as video:
        assert b"".join(video.iter_bytes()) == b"1234"
    assert recorder.requests[1].headers["range"] == "bytes=0-"


def test_async_save_video(tmp_path: Path) -> None:
    async def run() -> None:
        recorder = video_server([b"abc", b"def"])
        async with AsyncTikAPI("k-video", http_client=httpx.AsyncClient(transport=recorder.async_transport())) as api:
            r = await api.public.video(id="7109178205151464746")
            target = await r.save_video(LINK, tmp_path / "v.mp4")
            assert target.read_bytes() == b"abcdef"
            async with r.download_video(LINK) as video:
                assert b"".join([chunk async for chunk in video.aiter_bytes()]) == b"abcdef"

    anyio.run(run)
