"""Headers a caller (or a response's `videoLinkHeaders`) adds to a request, checked before anything is sent.

Refused, with a `ValidationError` naming the header: names that are not HTTP tokens, values with control
characters or characters outside ASCII (httpx could not send them), the headers that frame the connection (a
`Host` of another site would travel with the key; a wrong `Content-Length` breaks the request) and the key headers,
which only the client's own options set. Values lose surrounding spaces, as HTTP does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._catalogue import PROVIDER as TIKAPI
from ._errors import ValidationError

FRAMING_HEADERS = frozenset(
    {
        "host",
        "content-length",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "proxy-connection",
        "upgrade",
        "te",
        "trailer",
        "expect",
    }
)
KEY_HEADERS = TIKAPI.key_headers | {"authorization", "x-api-key", "x-account-key"}
"""Every header some provider sends a key in: a repr never shows their values."""
_TOKEN = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+\Z"  # compiled by `re` on first use, not at import
_VALUE = r"[\x20-\x7e\t]*\Z"


def checked_headers(
    where: str, option: str, headers: object, key_headers: frozenset[str] = TIKAPI.key_headers
) -> dict[str, str]:
    """The headers as they will be sent; `where` and `option` name the call and the option in the error, and
    `key_headers` (lower case) are the headers the provider's keys travel in, which only the client sets."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ValidationError(where, option, "a mapping of header names to text", f"is a {type(headers).__name__}")
    checked: dict[str, str] = {}
    seen: set[str] = set()
    for name, value in headers.items():
        if not isinstance(name, str) or not re.match(_TOKEN, name):
            field = f"{option}[{name!r}]" if isinstance(name, str) else option
            raise ValidationError(where, field, "a header name of letters, digits and !#$%&'*+-.^_`|~", "is not one")
        field = f"{option}[{name!r}]"
        lowered = name.lower()
        if lowered in seen:
            raise ValidationError(where, field, "each header once", "is given twice (names ignore case)")
        seen.add(lowered)
        if lowered in key_headers:
            raise ValidationError(
                where, field, "api_key / account_key (or api.user(accountKey=...))", "is a key header"
            )
        if lowered in FRAMING_HEADERS:
            raise ValidationError(
                where, field, "headers of your own", "is set by the HTTP connection itself and cannot be given"
            )
        if not isinstance(value, str):
            raise ValidationError(where, field, "text", f"is a {type(value).__name__}")
        text = value.strip(" \t")
        if not re.match(_VALUE, text):
            raise ValidationError(
                where, field, "printable ASCII text", "has a control character or a character outside ASCII"
            )
        checked[name] = text
    return checked


def merged_headers(base: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """`base` with `extra` on top; a name in both (in any case) keeps the value and spelling of `extra`."""
    replaced = {name.lower() for name in extra}
    return {**{k: v for k, v in base.items() if k.lower() not in replaced}, **extra}
