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


ErrorBody = tuple[str, "str | None"]
"""The fields of a provider's error body: the human message, and its status code when it has one (TikAPI's)."""
TIKAPI_ERROR_BODY: ErrorBody = ("message", "statusCode")


def error_from_response(
    status_code: int, json: Any, headers: httpx.Headers, text: str = "", error_body: ErrorBody = TIKAPI_ERROR_BODY
) -> APIError:
    """`text` is the body as text (redacted too), for `error.response.text`; `error_body` names the provider's
    message and code fields."""
    return error_class_for(status_code)(
        _message_for(status_code, json, error_body),
        text=text,
        status_code=status_code,
        json=json,
        headers=headers,
        retry_after=parse_retry_after(headers.get("Retry-After")),
    )


def _message_for(status_code: int, json: Any, error_body: ErrorBody) -> str:
    message_field, code_field = error_body
    given = body_field(json, message_field)
    base = given.strip() if isinstance(given, str) and given.strip() else f"The API answered HTTP {status_code}."
    # Only a provider whose bodies carry TikTok's status code (TikAPI) has its meaning added.
    code = None if code_field is None else js_integer(body_field(json, code_field))
    meaning = TIKTOK_STATUS_CODES.get(code) if code is not None else None
    return f"{base} (TikTok statusCode {code}: {meaning})" if meaning and meaning not in base else base
