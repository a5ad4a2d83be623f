"""Sends a built request over an httpx.Client, with the retry policy and the client's rate gate."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable

import httpx

from .._request import BuiltRequest
from ._body import BodyCollector, Stop
from ._deadline import CURRENT_DEADLINE, Deadline
from ._exchange import Answer, Failure, network_failure, timeout_failure
from ._plan import Retries, SendPlan, exchange_outcome


def http_timeout(timeout: float | None) -> httpx.Timeout:
    """Each of connecting, every read and every write (None: no limit); the attempt's deadline bounds the whole."""
    return httpx.Timeout(timeout)


def _exchange(
    client: httpx.Client, request: httpx.Request, built: BuiltRequest, plan: SendPlan, deadline: Deadline
) -> Answer | Failure:
    try:
        # Never follow a redirect, whatever the client was built with: the key headers would travel along.
        response = client.send(request, stream=True, follow_redirects=False)
    except httpx.TimeoutException:
        return timeout_failure(built.method, plan.timeout, retryable_method=plan.safe_to_retry)
    except (httpx.TransportError, httpx.DecodingError) as error:
        return network_failure(error, redactor=plan.redactor)
    collector = BodyCollector(deadline, plan.max_response_bytes)
    stop: Stop | None = collector.refuse_up_front(response)
    content: bytes | None = None
    try:
        if stop is None:
            for chunk in response.iter_bytes():
                stop = collector.add(chunk)
                if stop is not None:
                    break
            content = collector.content()
    except httpx.TimeoutException:
        stop = "timeout"
    except (httpx.TransportError, httpx.DecodingError):
        content = None
    finally:
        response.close()
    return exchange_outcome(built, plan, response, content, stop)


def _attempt(client: httpx.Client, request: httpx.Request, built: BuiltRequest, plan: SendPlan) -> Answer | Failure:
    deadline = Deadline(plan.timeout)
    token = CURRENT_DEADLINE.set(deadline)
    try:
        return _exchange(client, request, built, plan, deadline)
    finally:
        CURRENT_DEADLINE.reset(token)


def send(
    client: httpx.Client,
    built: BuiltRequest,
    plan: SendPlan,
    *,
    sleep: Callable[[float], None],
    random: Callable[[], float],
    limiter: threading.Semaphore | None = None,
) -> Answer:
    """The answer of the first attempt that succeeds; the typed error of the last one otherwise."""
    request = client.build_request(
        built.method, built.url, headers=built.headers, content=built.body, timeout=http_timeout(plan.timeout)
    )
    retries = Retries(built, plan, random)
    try:
        while True:
            while (wait := retries.wait_for_turn()) > 0:
                time.sleep(wait)
            with limiter if limiter is not None else contextlib.nullcontext():
                outcome = _attempt(client, request, built, plan)
            if isinstance(outcome, Answer):
                return outcome
            sleep(retries.after(outcome))
    finally:
        retries.leave()
