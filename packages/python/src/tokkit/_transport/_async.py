"""Sends a built request over an httpx.AsyncClient, with the retry policy and the client's rate gate."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable

import anyio
import httpx

from .._request import BuiltRequest
from ._body import BodyCollector, Stop
from ._deadline import Deadline
from ._exchange import Answer, Failure, network_failure, timeout_failure
from ._plan import Retries, SendPlan, exchange_outcome
from ._sync import http_timeout


async def _exchange(
    client: httpx.AsyncClient, request: httpx.Request, built: BuiltRequest, plan: SendPlan, deadline: Deadline
) -> Answer | Failure:
    try:
        # Never follow a redirect, whatever the client was built with: the key headers would travel along.
        response = await client.send(request, stream=True, follow_redirects=False)
    except httpx.TimeoutException:
        return timeout_failure(built.method, plan.timeout, retryable_method=plan.safe_to_retry)
    except (httpx.TransportError, httpx.DecodingError) as error:
        return network_failure(error, redactor=plan.redactor)
    collector = BodyCollector(deadline, plan.max_response_bytes)
    stop: Stop | None = collector.refuse_up_front(response)
    content: bytes | None = None
    try:
        if stop is None:
            async for chunk in response.aiter_bytes():
                stop = collector.add(chunk)
                if stop is not None:
                    break
            content = collector.content()
    except httpx.TimeoutException:
        stop = "timeout"
    except (httpx.TransportError, httpx.DecodingError):
        content = None
    finally:
        await response.aclose()
    return exchange_outcome(built, plan, response, content, stop)


async def _attempt(
    client: httpx.AsyncClient, request: httpx.Request, built: BuiltRequest, plan: SendPlan
) -> Answer | Failure:
    try:
        # The cancel scope bounds the whole attempt: connecting, the headers (however slowly they come) and the body.
        with anyio.fail_after(plan.timeout):
            return await _exchange(client, request, built, plan, Deadline(plan.timeout))
    except TimeoutError:
        return timeout_failure(built.method, plan.timeout, retryable_method=plan.safe_to_retry)


async def send(
    client: httpx.AsyncClient,
    built: BuiltRequest,
    plan: SendPlan,
    *,
    sleep: Callable[[float], Awaitable[None]],
    random: Callable[[], float],
    limiter: anyio.Semaphore | None = None,
) -> Answer:
    """The answer of the first attempt that succeeds; the typed error of the last one otherwise."""
    request = client.build_request(
        built.method, built.url, headers=built.headers, content=built.body, timeout=http_timeout(plan.timeout)
    )
    retries = Retries(built, plan, random)
    try:
        while True:
            # The gate is shared with threads (sync clients) and holds no event: callers look again after a wait.
            while (wait := retries.wait_for_turn()) > 0:  # noqa: ASYNC110
                await anyio.sleep(wait)
            async with limiter if limiter is not None else contextlib.nullcontext():
                outcome = await _attempt(client, request, built, plan)
            if isinstance(outcome, Answer):
                return outcome
            await sleep(retries.after(outcome))
    finally:
        retries.leave()
