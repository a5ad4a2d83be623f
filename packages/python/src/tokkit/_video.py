"""Downloading a video link of a response, with the headers TikTok wants (`$other.videoLinkHeaders`).

No API or account key is ever sent to a video host: the request carries only a browser User-Agent, the
response's video link headers and the caller's headers.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import anyio
import httpx

from ._errors import APIConnectionError, APITimeoutError, TikAPIError

VIDEO_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36"
)
"""The browser identity the official SDKs send to TikTok's video hosts; `videoLinkHeaders` may override it."""


def video_link_headers(json: Any) -> dict[str, str]:
    """The headers TikTok wants on video downloads, from a response body's `$other.videoLinkHeaders`."""
    other = json.get("$other") if isinstance(json, Mapping) else None
    given = other.get("videoLinkHeaders") if isinstance(other, Mapping) else None
    if not isinstance(given, Mapping):
        return {}
    return {
        str(name): str(value)
        for name, value in given.items()
        if isinstance(value, (str, int, float)) and not isinstance(value, bool)
    }


def _checked(link: str) -> str:
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise TikAPIError("download_video: the link must be an absolute http(s) URL.")
    return parts.netloc


def _request(
    client: httpx.Client | httpx.AsyncClient, link: str, json: Any, headers: Mapping[str, str] | None
) -> httpx.Request:
    # The pooled client's default headers are the SDK's own (a User-Agent), never a key; they are overridden here.
    return client.build_request(
        "GET", link, headers={"User-Agent": VIDEO_USER_AGENT, **video_link_headers(json), **(headers or {})}
    )


def _failure(host: str, error: Exception) -> TikAPIError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"The video host {host} did not answer in time.")
    return APIConnectionError(f"Could not reach the video host {host}: {error}")


def _status_error(host: str, status: int) -> TikAPIError:
    return TikAPIError(f"The video host {host} answered HTTP {status}.", status_code=status)


@contextlib.contextmanager
def download(
    client: httpx.Client, link: str, json: Any, headers: Mapping[str, str] | None = None
) -> Iterator[httpx.Response]:
    """The video response with its body still streaming (`iter_bytes()`); closed when the block ends."""
    host = _checked(link)
    failure: TikAPIError | None = None
    try:
        response = client.send(_request(client, link, json, headers), stream=True, follow_redirects=True)
    except httpx.TransportError as error:
        failure = _failure(host, error)
    if failure is not None:
        raise failure
    try:
        if not response.is_success:
            raise _status_error(host, response.status_code)
        yield response
    finally:
        response.close()


@contextlib.asynccontextmanager
async def adownload(
    client: httpx.AsyncClient, link: str, json: Any, headers: Mapping[str, str] | None = None
) -> AsyncIterator[httpx.Response]:
    """The video response with its body still streaming (`aiter_bytes()`); closed when the block ends."""
    host = _checked(link)
    failure: TikAPIError | None = None
    try:
        response = await client.send(_request(client, link, json, headers), stream=True, follow_redirects=True)
    except httpx.TransportError as error:
        failure = _failure(host, error)
    if failure is not None:
        raise failure
    try:
        if not response.is_success:
            raise _status_error(host, response.status_code)
        yield response
    finally:
        await response.aclose()


def save(
    client: httpx.Client, link: str, json: Any, path: str | os.PathLike[str], headers: Mapping[str, str] | None
) -> Path:
    """Streams the video into `path` (through a temporary file beside it: no partial file is ever left)."""
    target = Path(path)
    host = _checked(link)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as file, download(client, link, json, headers) as response:
            try:
                for chunk in response.iter_bytes():
                    file.write(chunk)
            except httpx.TransportError as error:
                raise _failure(host, error) from None
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target


async def asave(
    client: httpx.AsyncClient, link: str, json: Any, path: str | os.PathLike[str], headers: Mapping[str, str] | None
) -> Path:
    """Streams the video into `path` (through a temporary file beside it: no partial file is ever left)."""
    target = Path(path)
    host = _checked(link)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        async with await anyio.open_file(temporary, "wb") as file, adownload(client, link, json, headers) as response:
            try:
                async for chunk in response.aiter_bytes():
                    await file.write(chunk)
            except httpx.TransportError as error:
                raise _failure(host, error) from None
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
