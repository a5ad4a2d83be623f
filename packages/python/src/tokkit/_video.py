"""Downloading a video link of a response, with the headers TikTok wants (`$other.videoLinkHeaders`).

No API or account key is ever sent to a video host: the request carries only a browser User-Agent, the
response's video link headers and the caller's headers (both checked as any header is). The timeout bounds the
whole download, body included: a host trickling bytes cannot hold it open past it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._errors import APIConnectionError, APIError, APITimeoutError, TikAPIError
from ._headers import checked_headers
from ._js import js_string
from ._transport._deadline import CURRENT_DEADLINE, Deadline
from ._transport._error_from_response import error_class_for

VIDEO_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36"
)
"""The browser identity the official SDKs send to TikTok's video hosts; `videoLinkHeaders` may override it."""
WHERE = "download_video"


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
    given = checked_headers(WHERE, "$other.videoLinkHeaders", video_link_headers(json))
    return client.build_request(
        "GET", link, headers={"User-Agent": VIDEO_USER_AGENT, **given, **checked_headers(WHERE, "headers", headers)}
    )


def _too_late(host: str, timeout: float | None) -> APITimeoutError:
    limit = "in time" if timeout is None else f"within {js_string(timeout)} s"
    return APITimeoutError(f"The video from {host} did not arrive {limit}.")


def _failure(host: str, error: Exception, timeout: float | None) -> TikAPIError:
    if isinstance(error, httpx.TimeoutException):
        return _too_late(host, timeout)
    return APIConnectionError(f"Could not reach the video host {host}: {error}")


def status_error(host: str, status: int, headers: httpx.Headers) -> APIError:
    """A video host's error status, as the API's would be (403: PermissionDeniedError, ...): `except
    ResponseException` catches it, as with the official SDK."""
    return error_class_for(status)(
        f"The video host {host} answered HTTP {status}.", status_code=status, headers=headers
    )


class _BoundedStream(httpx.SyncByteStream):
    """The body of a sync download; each read runs under the download's deadline."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: Deadline, host: str, timeout: float | None) -> None:
        self._inner, self._deadline, self._host, self._timeout = inner, deadline, host, timeout

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            if self._deadline.passed():
                raise _too_late(self._host, self._timeout)
            token = CURRENT_DEADLINE.set(self._deadline)
            try:
                chunk = next(chunks, None)
            except httpx.TransportError as error:
                raise _failure(self._host, error, self._timeout) from None
            finally:
                CURRENT_DEADLINE.reset(token)
            if chunk is None:
                return
            yield chunk

    def close(self) -> None:
        self._inner.close()


@contextlib.contextmanager
def download(
    client: httpx.Client,
    link: str,
    json: Any,
    headers: Mapping[str, str] | None = None,
    timeout: float | None = None,
) -> Iterator[httpx.Response]:
    """The video response with its body still streaming (`iter_bytes()`); closed when the block ends.

    `timeout` (None: no limit) bounds everything from connecting to the last byte of the body."""
    host = _checked(link)
    request = _request(client, link, json, headers)
    deadline = Deadline(timeout)
    failure: TikAPIError | None = None
    token = CURRENT_DEADLINE.set(deadline)
    try:
        response = client.send(request, stream=True, follow_redirects=True)
    except httpx.TransportError as error:
        failure = _failure(host, error, timeout)
    finally:
        CURRENT_DEADLINE.reset(token)
    if failure is not None:
        raise failure
    try:
        if not response.is_success:
            raise status_error(host, response.status_code, response.headers)
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _BoundedStream(response.stream, deadline, host, timeout)
        yield response
    finally:
        response.close()


@contextlib.contextmanager
def written_in_one_go(target: Path) -> Iterator[str]:
    """A temporary file beside `target` to write into; it becomes `target` when the block ends well and is
    removed when it does not, so no partial file is ever left."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def save(
    client: httpx.Client,
    link: str,
    json: Any,
    path: str | os.PathLike[str],
    headers: Mapping[str, str] | None,
    timeout: float | None = None,
) -> Path:
    """Streams the video into `path` (through a temporary file beside it: no partial file is ever left)."""
    target = Path(path)
    host = _checked(link)
    with (
        written_in_one_go(target) as temporary,
        open(temporary, "wb") as file,
        download(client, link, json, headers, timeout) as response,
    ):
        try:
            for chunk in response.iter_bytes():
                file.write(chunk)
        except httpx.TransportError as error:
            raise _failure(host, error, timeout) from None
    return target
