"""Client and per-call options, with their defaults and checks."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import NamedTuple

from ._errors import TikAPIError

DEFAULT_TIMEOUT = 60.0
"""Seconds per attempt."""
DEFAULT_MAX_RETRIES = 2
"""Retries of GET requests; POST requests are never retried."""
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
"""Bytes of a response body, once decoded (gzip, ...); a longer body raises ResponseTooLargeError."""


class _OptionFields(NamedTuple):
    timeout: float | None = None
    """Seconds per attempt; math.inf for no limit."""
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    """Headers added to this call (the key headers cannot be set here)."""
    extra_params: Mapping[str, object] | None = None
    """Parameters the API added after this SDK was released: sent as given, without validation."""
    sandbox: bool | None = None
    """True: this call goes to the sandbox with the public demo keys (the official SDK's `__sandbox__=True`)."""


class RequestOptions(_OptionFields):
    """Options of one call (and of every page of a run it starts). None: the client's value."""

    __slots__ = ()

    def __new__(
        cls,
        timeout: float | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_params: Mapping[str, object] | None = None,
        sandbox: bool | None = None,
    ) -> RequestOptions:
        check_timeout(timeout)
        check_max_retries(max_retries)
        if sandbox is not None and not isinstance(sandbox, bool):
            raise TikAPIError(f"Option __sandbox__ must be True or False (got {type(sandbox).__name__}).")
        return super().__new__(cls, timeout, max_retries, extra_headers, extra_params, sandbox)


def check_timeout(value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) or value <= 0:
        raise TikAPIError(f"Option timeout must be a number of seconds above 0, or math.inf (got {value!r}).")


def check_max_retries(value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TikAPIError(f"Option max_retries must be an integer >= 0 (got {value!r}).")


def check_max_response_bytes(value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise TikAPIError(
            f"Option max_response_bytes must be an integer above 0, or None for no limit (got {value!r})."
        )


def check_max_concurrency(value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise TikAPIError(f"Option max_concurrency must be an integer above 0, or None for no limit (got {value!r}).")


def attempt_timeout(value: float | None) -> float | None:
    """The timeout httpx is given: None for no limit."""
    return None if value is None or math.isinf(value) else float(value)


NO_OPTIONS = RequestOptions()


def request_options(options: Mapping[str, object]) -> RequestOptions:
    """The options of one generated method call, by their keyword names (shared when none is given)."""
    if all(value is None for value in options.values()):
        return NO_OPTIONS
    given = {("sandbox" if name == "__sandbox__" else name): value for name, value in options.items()}
    return RequestOptions(**given)  # type: ignore[arg-type]  # each value is checked in __post_init__
