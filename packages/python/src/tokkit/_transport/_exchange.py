"""What one HTTP exchange amounts to: a usable JSON answer, or a failure that may be retried. Pure."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from .._errors import APIConnectionError, APITimeoutError, TikAPIError
from .._js import js_string
from ._error_from_response import error_from_response
from ._redact import redact_headers, redact_json, redact_text
from ._retry import RETRY_POLICY

_UNSET: Any = object()


@dataclass(frozen=True)
class Answer:
    status_code: int
    headers: httpx.Headers
    json: Any


@dataclass(frozen=True)
class Failure:
    error: TikAPIError
    retryable: bool
    """Whether the policy allows another attempt for this kind of failure (GET only, checked by the caller)."""
    reason: str
    """For the debug log: never holds a key."""
    retry_after: float | None = None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_body(content: bytes) -> Any:
    """The JSON value of a body (None when empty); `_UNSET` when it is not JSON."""
    text = content.decode("utf-8-sig", errors="replace")
    if text.strip() == "":
        return None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except ValueError:
        return _UNSET


def _may_have_been_applied(method: str, retryable_method: bool) -> str:
    return "" if retryable_method else f" The {method} may have been applied."


def read_exchange(
    method: str,
    status_code: int,
    headers: httpx.Headers,
    content: bytes | None,
    *,
    retryable_method: bool,
    secrets: Sequence[str],
) -> Answer | Failure:
    """`content` is None when the body could not be read to its end."""
    ok = 200 <= status_code < 300
    if not ok:
        body: Any = None
        if content is not None:
            parsed = parse_body(content)
            body = content.decode("utf-8-sig", errors="replace") if parsed is _UNSET else parsed
        error = error_from_response(status_code, redact_json(body, secrets), redact_headers(headers, secrets))

        return Failure(error, status_code in RETRY_POLICY.status_codes, f"HTTP {status_code}", error.retry_after)
    if content is None:
        problem = f"The connection closed before the body of HTTP {status_code} was complete."
        message = problem + _may_have_been_applied(method, retryable_method)
        return Failure(APIConnectionError(message), True, problem)
    parsed = parse_body(content)
    if parsed is _UNSET:
        problem = f"The API sent a body that is not valid JSON (HTTP {status_code})."
        message = problem + _may_have_been_applied(method, retryable_method)
        return Failure(APIConnectionError(message), True, problem)
    return Answer(status_code, headers, parsed)


def timeout_failure(method: str, timeout: float | None, *, retryable_method: bool) -> Failure:
    limit = "in time" if timeout is None else f"within {js_string(timeout)} s"
    message = f"No response {limit}." + _may_have_been_applied(method, retryable_method)
    return Failure(APITimeoutError(message), True, "timeout")


def network_failure(error: Exception, *, secrets: Sequence[str]) -> Failure:
    detail = redact_text(str(error) or type(error).__name__, secrets)
    return Failure(APIConnectionError(f"Could not reach the API: {detail}"), True, type(error).__name__)
