"""What one HTTP exchange amounts to: a usable JSON answer, or a failure that may be retried. Pure."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .._errors import APIConnectionError, APITimeoutError, ResponseTooLargeError, TikAPIError
from .._js import js_string
from ._error_from_response import TIKAPI_ERROR_BODY, ErrorBody, error_from_response
from ._redact import Redactor
from ._retry import RETRY_POLICY

_UNSET: Any = object()


class Answer:
    __slots__ = ("content", "headers", "json", "status_code")

    def __init__(self, status_code: int, headers: httpx.Headers, json: Any, content: bytes = b"") -> None:
        self.status_code, self.headers, self.json = status_code, headers, json
        self.content = content
        """The body as sent (decoded from gzip, ...), for `.text` and `.content`."""


class Failure:
    __slots__ = ("error", "reason", "retry_after", "retryable")

    def __init__(self, error: TikAPIError, retryable: bool, reason: str, retry_after: float | None = None) -> None:
        self.error = error
        self.retryable = retryable
        """Whether the policy allows another attempt for this kind of failure (only of a request that is safe to
        retry, which the caller checks)."""
        self.reason = reason
        """For the debug log: never holds a key."""
        self.retry_after = retry_after


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_body(content: bytes) -> Any:
    """The JSON value of a body (None when empty); `_UNSET` when it is not JSON, or nested too deep to parse."""
    text = content.decode("utf-8-sig", errors="replace")
    if text.strip() == "":
        return None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return _UNSET


def _redacted_body(content: bytes, redactor: Redactor) -> Any:
    """An error body for the error: its JSON value, or its text when it is no JSON (or too deep to walk)."""
    parsed = parse_body(content)
    text = content.decode("utf-8-sig", errors="replace")
    if parsed is _UNSET:
        return redactor.text(text)
    try:
        return redactor.json(parsed)
    except RecursionError:
        return redactor.text(text)


def _may_have_been_applied(method: str, retryable_method: bool) -> str:
    return "" if retryable_method else f" The {method} may have been applied."


def read_exchange(
    method: str,
    status_code: int,
    headers: httpx.Headers,
    content: bytes | None,
    *,
    retryable_method: bool,
    redactor: Redactor,
    error_body: ErrorBody = TIKAPI_ERROR_BODY,
) -> Answer | Failure:
    """`content` is None when the body could not be read to its end."""
    ok = 200 <= status_code < 300
    if not ok:
        body = None if content is None else _redacted_body(content, redactor)
        text = "" if content is None else redactor.text(content.decode("utf-8-sig", errors="replace"))
        try:
            error = error_from_response(status_code, body, redactor.headers(headers), text, error_body)
        except RecursionError:
            error = error_from_response(status_code, text or None, redactor.headers(headers), text, error_body)

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
    return Answer(status_code, headers, parsed, content)


def timeout_failure(method: str, timeout: float | None, *, retryable_method: bool) -> Failure:
    limit = "in time" if timeout is None else f"within {js_string(timeout)} s"
    message = f"No response {limit}." + _may_have_been_applied(method, retryable_method)
    return Failure(APITimeoutError(message), True, "timeout")


def network_failure(error: Exception, *, redactor: Redactor) -> Failure:
    detail = redactor.text(str(error) or type(error).__name__)
    return Failure(APIConnectionError(f"Could not reach the API: {detail}"), True, type(error).__name__)


def too_large_failure(method: str, status_code: int, limit: int, *, retryable_method: bool) -> Failure:
    problem = f"The API sent a body larger than max_response_bytes ({limit} bytes, decoded) with HTTP {status_code}."
    message = problem + " It was not read further." + _may_have_been_applied(method, retryable_method)
    return Failure(ResponseTooLargeError(message, limit=limit), False, "too large")
