"""Sends a built request over an httpx.Client, with the retry policy."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

import httpx

from .._request import BuiltRequest
from ._deadline import Deadline
from ._exchange import Answer, Failure, network_failure, read_exchange, timeout_failure
from ._retry import is_retryable_method, next_delay

logger = logging.getLogger("tokkit")


def http_timeout(timeout: float | None) -> httpx.Timeout:
    """Each of connecting, every read and every write (None: no limit); `Deadline` bounds the whole attempt."""
    return httpx.Timeout(timeout)


def _read_body(response: httpx.Response, deadline: Deadline) -> bytes | None:
    """The whole body; None once the deadline passes while it is still arriving."""
    chunks: list[bytes] = []
    for chunk in response.iter_bytes():
        if deadline.passed():
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _attempt(
    client: httpx.Client,
    request: httpx.Request,
    built: BuiltRequest,
    timeout: float | None,
    retryable: bool,
    secrets: Sequence[str],
) -> Answer | Failure:
    deadline = Deadline(timeout)
    try:
        response = client.send(request, stream=True)
    except httpx.TimeoutException:
        return timeout_failure(built.method, timeout, retryable_method=retryable)
    except (httpx.TransportError, httpx.DecodingError) as error:
        return network_failure(error, secrets=secrets)
    content: bytes | None
    try:
        content = _read_body(response, deadline)
        if content is None:
            return timeout_failure(built.method, timeout, retryable_method=retryable)
    except httpx.TimeoutException:
        return timeout_failure(built.method, timeout, retryable_method=retryable)
    except (httpx.TransportError, httpx.DecodingError):
        content = None
    finally:
        response.close()
    return read_exchange(
        built.method, response.status_code, response.headers, content, retryable_method=retryable, secrets=secrets
    )


def send(
    client: httpx.Client,
    built: BuiltRequest,
    *,
    timeout: float | None,
    max_retries: int,
    secrets: Sequence[str],
    sleep: Callable[[float], None],
    random: Callable[[], float],
) -> Answer:
    """The answer of the first attempt that succeeds; the typed error of the last one otherwise."""
    retryable = is_retryable_method(built.method)
    request = client.build_request(
        built.method, built.url, headers=built.headers, content=built.body, timeout=http_timeout(timeout)
    )
    attempt = 0
    while True:
        outcome = _attempt(client, request, built, timeout, retryable, secrets)
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
        sleep(delay)
