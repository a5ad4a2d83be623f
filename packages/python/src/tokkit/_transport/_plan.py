"""What a send needs besides the request: the call's limits, its redactor and the client's rate gate."""

from __future__ import annotations

from .._errors import RateLimitError
from ._exchange import Failure
from ._rate_gate import RateGate
from ._redact import Redactor
from ._retry import RETRY_POLICY


class SendPlan:
    __slots__ = ("gate", "max_response_bytes", "max_retries", "redactor", "timeout")

    def __init__(
        self,
        *,
        timeout: float | None,
        max_retries: int,
        redactor: Redactor,
        max_response_bytes: int | None,
        gate: RateGate,
    ) -> None:
        self.timeout = timeout
        """Seconds for one whole attempt (None: no limit)."""
        self.max_retries, self.redactor, self.max_response_bytes, self.gate = (
            max_retries,
            redactor,
            max_response_bytes,
            gate,
        )


def gate_pause(outcome: Failure) -> float | None:
    """Seconds every call of the client waits after this failure: a 429's Retry-After, when it is waited for."""
    wait = outcome.retry_after
    if isinstance(outcome.error, RateLimitError) and wait is not None and wait <= RETRY_POLICY.max_retry_after:
        return wait
    return None
