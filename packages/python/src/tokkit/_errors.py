"""The error hierarchy, mirroring the TypeScript SDK (and the official SDK's names as aliases).

TikAPIError
├── ValidationError (ValidationException)   a parameter is missing or malformed; nothing was sent
├── APIError (ResponseException)            the API answered with an error status
│   ├── BadRequestError                     400, `.fields`
│   ├── AuthenticationError                 401
│   ├── PermissionDeniedError               403, `.tiktok_status_code`, `.tiktok_message`
│   ├── AccountSessionExpiredError          428
│   ├── RateLimitError                      429
│   └── InternalServerError                 5xx
└── APIConnectionError                      no usable response
    ├── APITimeoutError                     no response within the timeout
    └── ResponseTooLargeError               the body was larger than max_response_bytes (never retried)

No key ever appears in a message, a repr, `.json` or `.headers`: they are redacted before an error is made.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ._catalogue import TIKTOK_STATUS_CODES
from ._js import js_integer, js_string


def _rebuild(cls: type[TikAPIError], message: str, state: dict[str, Any]) -> TikAPIError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class TikAPIError(Exception):
    """Base of every error tokkit raises. `status_code`, `json` and `str(error)` match the official SDK."""

    message: str
    status_code: int | None
    json: Any

    def __init__(self, message: str, *, status_code: int | None = None, json: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.json = json

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


class ValidationError(TikAPIError):
    """A parameter is missing or malformed; raised before any request is sent."""

    field: str
    """The parameter at fault, by the name users pass."""
    endpoint: str
    """The endpoint key, e.g. `public.check`."""
    expected: str
    """What the field should look like."""

    def __init__(self, endpoint: str, field: str, expected: str, problem: str) -> None:
        super().__init__(f'{endpoint}: parameter "{field}" {problem}; expected {expected}.')
        self.field = field
        self.endpoint = endpoint
        self.expected = expected


class ErrorResponse:
    """What the API answered, as the official SDK's `ResponseException.response` offers it (without any key)."""

    __slots__ = ("_json", "headers", "status_code", "text")

    def __init__(self, status_code: int, headers: httpx.Headers, json: Any, text: str = "") -> None:
        self.status_code = status_code
        self.headers = headers
        self._json = json
        self.text = text
        """The body as text, keys redacted."""

    @property
    def ok(self) -> bool:
        return False

    def json(self) -> Any:
        """The parsed body (the text itself when it was not JSON; None when empty)."""
        return self._json

    def __repr__(self) -> str:
        return f"<ErrorResponse [{self.status_code}]>"


class APIError(TikAPIError):
    """The API (or a video host) answered with an error status."""

    status_code: int
    headers: httpx.Headers
    retry_after: float | None
    """Seconds the server asked to wait before trying again, when it said so."""
    response: ErrorResponse

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        json: Any = None,
        headers: httpx.Headers | None = None,
        retry_after: float | None = None,
        text: str = "",
    ) -> None:
        super().__init__(self._read_body(message, json), status_code=status_code, json=json)
        self.headers = headers if headers is not None else httpx.Headers()
        self.retry_after = retry_after
        self.response = ErrorResponse(status_code, self.headers, json, text)

    def _read_body(self, message: str, json: Any) -> str:
        """Subclasses read their fields from the body here; returns the message to show."""
        return message


def body_field(json: Any, name: str) -> Any:
    return json.get(name) if isinstance(json, Mapping) else None


class BadRequestError(APIError):
    """400: the API rejected parameters; `fields` maps each to the problem."""

    fields: dict[str, str]

    def _read_body(self, message: str, json: Any) -> str:
        given = body_field(json, "fields")
        self.fields = {str(k): js_string(v) for k, v in given.items()} if isinstance(given, Mapping) else {}
        return _with_field_messages(message, self.fields)


def _with_field_messages(message: str, fields: Mapping[str, str]) -> str:
    """`Missing fields.` becomes `Missing fields. username: A valid TikTok username is required.`: the API's words."""
    parts = [f"{name}: {problem.strip()}" if problem.strip() else name for name, problem in fields.items()]
    parts = [part for part in parts if part not in message]
    if not parts:
        return message
    return f"{message}{'' if message.endswith(('.', '!', '?', ':')) else ':'} {'; '.join(parts)}"


class PermissionDeniedError(APIError):
    """403: refused, often with a TikTok `statusCode` saying why (user or video doesn't exist, ...)."""

    tiktok_status_code: int | None
    tiktok_message: str | None

    def _read_body(self, message: str, json: Any) -> str:
        code = js_integer(body_field(json, "statusCode"))
        self.tiktok_status_code = code if code else None
        self.tiktok_message = None if code is None else TIKTOK_STATUS_CODES.get(code)
        return message


class AuthenticationError(APIError):
    """401: the API key is missing or not valid."""


class AccountSessionExpiredError(APIError):
    """428: the account key's session expired; the account must authorize again."""


class RateLimitError(APIError):
    """429: a rate or subscription limit was reached."""


class InternalServerError(APIError):
    """5xx: the API failed."""


class APIConnectionError(TikAPIError):
    """No usable response: the connection failed, or the body could not be read."""


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""


class ResponseTooLargeError(APIConnectionError):
    """The body, decoded, was larger than the client's `max_response_bytes`; it was not read further. Not retried."""

    limit: int
    """The cap in bytes."""

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


ValidationException = ValidationError
"""The official SDK's name for ValidationError."""
ResponseException = APIError
"""The official SDK's name for APIError."""
APIException = TikAPIError
"""The official SDK's name for the base error."""
