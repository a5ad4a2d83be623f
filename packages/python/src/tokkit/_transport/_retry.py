"""The whole retry policy as data and pure functions; the sync and async loops only apply it.

Only a request its endpoint declares safe to retry (`safe_to_retry`: every read, also Scavio's reads sent as POST;
never a write: a retried comment is a double comment); on 408/429/500/502/503/504, network errors, timeouts and
unreadable or malformed bodies. A Retry-After (seconds or HTTP date) up to 60 s is waited for exactly; a longer
one is not waited for: the error surfaces at once. Otherwise exponential backoff from 0.5 s, doubling, capped at
8 s, of which jitter takes 50-100%.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable
from typing import NamedTuple

from .._catalogue import (
    RETRY_BASE_DELAY_SECONDS,
    RETRY_MAX_DELAY_SECONDS,
    RETRY_MAX_RETRY_AFTER_SECONDS,
    RETRY_METHODS,
    RETRY_STATUS_CODES,
)


class RetryPolicy(NamedTuple):
    methods: frozenset[str]
    """The methods of the endpoints that are safe to retry today (an endpoint's `safe_to_retry` decides)."""
    status_codes: frozenset[int]
    max_retry_after: float
    """Seconds; a longer Retry-After is not waited for."""
    base_delay: float
    max_delay: float


RETRY_POLICY = RetryPolicy(
    methods=frozenset(RETRY_METHODS),
    status_codes=frozenset(RETRY_STATUS_CODES),
    max_retry_after=RETRY_MAX_RETRY_AFTER_SECONDS,
    base_delay=RETRY_BASE_DELAY_SECONDS,
    max_delay=RETRY_MAX_DELAY_SECONDS,
)


def backoff_delay(attempt: int) -> float:
    """Backoff before retry `attempt` (1-based), before jitter: doubling from the base, capped."""
    return min(RETRY_POLICY.max_delay, RETRY_POLICY.base_delay * 2.0 ** (attempt - 1))


def parse_retry_after(header: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date); None when absent or unreadable."""
    if header is None or header.strip() == "":
        return None
    try:
        seconds = float(header.strip())
    except ValueError:
        seconds = math.nan
    if math.isfinite(seconds):
        return max(0.0, seconds)
    try:
        date = email.utils.parsedate_to_datetime(header.strip())
        if date.tzinfo is None:
            return None
        at = date.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        # A year of 20 digits overflows the date types: as unreadable as any other garbage.
        return None
    current = time.time() if now is None else now
    return max(0.0, at - current)


def next_delay(
    *,
    retryable: bool,
    retry_after: float | None,
    attempt: int,
    max_retries: int,
    random: Callable[[], float],
) -> float | None:
    """Seconds to wait before retry `attempt` (1-based), or None when the failure is final."""
    if not retryable or attempt > max_retries:
        return None
    if retry_after is not None:
        return None if retry_after > RETRY_POLICY.max_retry_after else retry_after
    return min(RETRY_POLICY.max_delay, backoff_delay(attempt) * (0.5 + random() / 2))
