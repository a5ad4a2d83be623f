"""The typed error for an error response (json and headers must already be free of secrets)."""

from __future__ import annotations

from typing import Any

import httpx

from .._catalogue import TIKTOK_STATUS_CODES
from .._errors import (
    AccountSessionExpiredError,
    APIError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    body_field,
)
from .._js import js_integer
from ._retry import parse_retry_after

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    428: AccountSessionExpiredError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIError]:
    return _BY_STATUS.get(status_code) or (InternalServerError if status_code >= 500 else APIError)


def error_from_response(status_code: int, json: Any, headers: httpx.Headers, text: str = "") -> APIError:
    """`text` is the body as text (redacted too), for `error.response.text`."""
    return error_class_for(status_code)(
        _message_for(status_code, json),
        text=text,
        status_code=status_code,
        json=json,
        headers=headers,
        retry_after=parse_retry_after(headers.get("Retry-After")),
    )


def _message_for(status_code: int, json: Any) -> str:
    given = body_field(json, "message")
    base = given.strip() if isinstance(given, str) and given.strip() else f"The API answered HTTP {status_code}."
    code = js_integer(body_field(json, "statusCode"))
    meaning = TIKTOK_STATUS_CODES.get(code) if code is not None else None
    return f"{base} (TikTok statusCode {code}: {meaning})" if meaning and meaning not in base else base
