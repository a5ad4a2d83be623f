"""Sends a built request over an httpx.AsyncClient, with the retry policy."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from urllib.parse import urlsplit

import httpx

from .._request import BuiltRequest
from ._deadline import Deadline
from ._exchange import Answer, Failure, network_failure, read_exchange, timeout_failure
from ._retry import is_retryable_method, next_delay
from ._sync import http_timeout

logger = logging.getLogger("tokkit")


async def _read_body(response: httpx.Response, deadline: Deadline) -> bytes | None:
    """The whole body; None once the deadline passes while it is still arriving."""
    chunks: list[bytes] = []
    async for chunk in response.aiter_bytes():
        if deadline.passed():
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def _attempt(
    client: httpx.AsyncClient,
    request: httpx.Request,
    built: BuiltRequest,
    timeout: float | None,
    retryable: bool,
    secrets: Sequence[str],
) -> Answer | Failure:
    deadline = Deadline(timeout)
    try:
        response = await client.send(request, stream=True)
    except httpx.TimeoutException:
        return timeout_failure(built.method, timeout, retryable_method=retryable)
    except (httpx.TransportError, httpx.DecodingError) as error:
        return network_failure(error, secrets=secrets)
    content: bytes | None
    try:
        content = await _read_body(response, deadline)
        if content is None:
            return timeout_failure(built.method, timeout, retryable_method=retryable)
    except httpx.TimeoutException:
        return timeout_failure(built.method, timeout, retryable_method=retryable)
    except (httpx.TransportError, httpx.DecodingError):
        content = None
    finally:
        await response.aclose()
    return read_exchange(
        built.method, response.status_code, response.headers, content, retryable_method=retryable, secrets=secrets
    )


async def send(
    client: httpx.AsyncClient,
    built: BuiltRequest,
    *,
    timeout: float | None,
    max_retries: int,
    secrets: Sequence[str],
    sleep: Callable[[float], Awaitable[None]],
    random: Callable[[], float],
) -> Answer:
    """The answer of the first attempt that succeeds; the typed error of the last one otherwise."""
    retryable = is_retryable_method(built.method)
    request = client.build_request(
        built.method, built.url, headers=built.headers, content=built.body, timeout=http_timeout(timeout)
    )
    attempt = 0
    while True:
        outcome = await _attempt(client, request, built, timeout, retryable, secrets)
        if isinstance(outcome, Answer):
            return outcome
        attempt += 1
        delay = next_delay(
            retryable=retryable and outcome.retryable,
            retry_after=outcome.retry_after,
            attempt=attempt,
            max_retries=max_retries,
            random=random,
        )
        if delay is None:
            raise outcome.error
        logger.debug(
            "tokkit: retry %d of %s %s after %s", attempt, built.method, urlsplit(built.url).path, outcome.reason
        )
        await sleep(delay)
