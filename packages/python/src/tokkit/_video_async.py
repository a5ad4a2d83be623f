"""The async half of `_video.py`: downloads for the async client, on anyio (asyncio or trio)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import anyio
import httpx

from ._errors import TikAPIError
from ._transport._deadline import Deadline
from ._video import _checked, _failure, _request, _too_late, status_error, written_in_one_go


class _AsyncBoundedStream(httpx.AsyncByteStream):
    """The body of an async download; each read is cancelled once the download's deadline passes."""

    def __init__(self, inner: httpx.AsyncByteStream, deadline: Deadline, host: str, timeout: float | None) -> None:
        self._inner, self._deadline, self._host, self._timeout = inner, deadline, host, timeout

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._inner.__aiter__()
        while True:
            remaining = self._deadline.remaining()
            if remaining is not None and remaining <= 0:
                raise _too_late(self._host, self._timeout)
            try:
                with anyio.fail_after(remaining):
                    chunk = await chunks.__anext__()
            except StopAsyncIteration:
                return
            except TimeoutError:
                raise _too_late(self._host, self._timeout) from None
            except httpx.TransportError as error:
                raise _failure(self._host, error, self._timeout) from None
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


@contextlib.asynccontextmanager
async def adownload(
    client: httpx.AsyncClient,
    link: str,
    json: Any,
    headers: Mapping[str, str] | None = None,
    seconds: float | None = None,
) -> AsyncIterator[httpx.Response]:
    """The video response with its body still streaming (`aiter_bytes()`); closed when the block ends.

    `seconds` (None: no limit) bounds everything from connecting to the last byte of the body."""
    host = _checked(link)
    request = _request(client, link, json, headers)
    deadline = Deadline(seconds)
    failure: TikAPIError | None = None
    try:
        with anyio.fail_after(seconds):
            response = await client.send(request, stream=True, follow_redirects=True)
    except TimeoutError:
        failure = _too_late(host, seconds)
    except httpx.TransportError as error:
        failure = _failure(host, error, seconds)
    if failure is not None:
        raise failure
    try:
        if not response.is_success:
            raise status_error(host, response.status_code, response.headers)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncBoundedStream(response.stream, deadline, host, seconds)
        yield response
    finally:
        await response.aclose()


async def asave(
    client: httpx.AsyncClient,
    link: str,
    json: Any,
    path: str | os.PathLike[str],
    headers: Mapping[str, str] | None,
    seconds: float | None = None,
) -> Path:
    """Streams the video into `path` (through a temporary file beside it: no partial file is ever left)."""
    target = Path(path)
    host = _checked(link)
    with written_in_one_go(target) as temporary:
        async with (
            await anyio.open_file(temporary, "wb") as file,
            adownload(client, link, json, headers, seconds) as response,
        ):
            try:
                async for chunk in response.aiter_bytes():
                    await file.write(chunk)
            except httpx.TransportError as error:
                raise _failure(host, error, seconds) from None
    return target
