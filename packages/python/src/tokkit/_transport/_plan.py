"""What a send needs besides the request (the call's limits, its redactor and the client's rate gate), and the
steps of a send that do no I/O, so the sync and async loops only read, wait and sleep."""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from .._errors import RateLimitError
from .._request import BuiltRequest
from ._body import Stop
from ._error_from_response import TIKAPI_ERROR_BODY, ErrorBody
from ._exchange import Answer, Failure, read_exchange, timeout_failure, too_large_failure
from ._rate_gate import RateGate
from ._redact import Redactor
from ._retry import RETRY_POLICY, next_delay

logger = logging.getLogger("tokkit")


class SendPlan:
    __slots__ = ("error_body", "gate", "max_response_bytes", "max_retries", "redactor", "safe_to_retry", "timeout")

    def __init__(
        self,
        *,
        timeout: float | None,
        max_retries: int,
        redactor: Redactor,
        max_response_bytes: int | None,
        gate: RateGate,
        safe_to_retry: bool,
        error_body: ErrorBody = TIKAPI_ERROR_BODY,
    ) -> None:
        self.timeout = timeout
        """Seconds for one whole attempt (None: no limit)."""
        self.max_retries, self.redactor, self.max_response_bytes, self.gate = (
            max_retries,
            redactor,
            max_response_bytes,
            gate,
        )
        self.safe_to_retry = safe_to_retry
        """The endpoint's `safe_to_retry`: whether a failed attempt may be sent again (every read, never a write)."""
        self.error_body = error_body


def gate_pause(outcome: Failure) -> float | None:
    """Seconds every call of the client waits after this failure: a 429's Retry-After, when it is waited for."""
    wait = outcome.retry_after
    if isinstance(outcome.error, RateLimitError) and wait is not None and wait <= RETRY_POLICY.max_retry_after:
        return wait
    return None


def exchange_outcome(
    built: BuiltRequest, plan: SendPlan, response: httpx.Response, content: bytes | None, stop: Stop | None
) -> Answer | Failure:
    """What one exchange amounts to once its body was read (`content`: None when it broke off), or stopped."""
    retryable = plan.safe_to_retry
    if stop == "timeout":
        return timeout_failure(built.method, plan.timeout, retryable_method=retryable)
    if stop == "too-large" and plan.max_response_bytes is not None:
        return too_large_failure(
            built.method, response.status_code, plan.max_response_bytes, retryable_method=retryable
        )
    return read_exchange(
        built.method,
        response.status_code,
        response.headers,
        content,
        retryable_method=retryable,
        redactor=plan.redactor,
        error_body=plan.error_body,
    )


class Retries:
    """The bookkeeping of one send across its attempts: its turn at the rate gate, and what follows a failure."""

    __slots__ = ("_attempt", "_built", "_plan", "_random", "ticket", "waited_until")

    def __init__(self, built: BuiltRequest, plan: SendPlan, random: Callable[[], float]) -> None:
        self._built, self._plan, self._random = built, plan, random
        self._attempt = 0
        self.ticket = plan.gate.ticket()
        self.waited_until: float | None = None

    def wait_for_turn(self) -> float:
        """Seconds to wait before the next attempt may go (0: go now); ask again after waiting."""
        return self._plan.gate.turn(self.ticket, self.waited_until)

    def after(self, outcome: Failure) -> float:
        """Seconds to sleep before the next attempt; raises the failure's error when there is none."""
        self._attempt += 1
        built, plan = self._built, self._plan
        delay = next_delay(
            retryable=plan.safe_to_retry and outcome.retryable,
            retry_after=outcome.retry_after,
            attempt=self._attempt,
            max_retries=plan.max_retries,
            random=self._random,
        )
        pause = gate_pause(outcome)
        self.waited_until = (
            None if pause is None else plan.gate.close(self.ticket if delay is not None else None, pause)
        )
        if delay is None:
            raise outcome.error
        path = urlsplit(built.url).path
        logger.debug("tokkit: retry %d of %s %s after %s", self._attempt, built.method, path, outcome.reason)
        return delay

    def leave(self) -> None:
        self._plan.gate.leave(self.ticket)
