"""Removing keys from anything an error or a log line carries (a server may echo a key back, and a log line may
show it as a Python repr, a JSON string, bytes or percent-encoded)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import httpx

from .._secret import Secret

REDACTED = "[redacted]"
_MIN_LENGTH = 4
"""Shorter strings are not replaced: they would blank out ordinary words."""


def key_forms(key: str) -> set[str]:
    """The key as it may appear in text: itself, escaped as in a str or bytes repr or JSON, and percent-encoded."""
    raw = key.encode("utf-8", "surrogateescape")
    forms = {
        key,
        repr(key)[1:-1],
        json.dumps(key)[1:-1],
        json.dumps(key, ensure_ascii=False)[1:-1],
        key.encode("unicode_escape").decode("ascii"),
        repr(raw)[2:-1],
        quote(key, safe=""),
        quote(key, safe="-_.!~*'()"),
    }
    return {form for form in forms if len(form) >= _MIN_LENGTH}


class Redactor:
    """Replaces the given keys, in every form, in text, JSON values and headers. Its repr shows no key."""

    __slots__ = ("_forms",)

    def __init__(self, keys: Iterable[Secret | str | None]) -> None:
        forms: set[str] = set()
        for key in keys:
            if key is not None:
                forms |= key_forms(key.reveal() if isinstance(key, Secret) else key)
        # Longest first, so no fragment of a longer form survives a shorter one's replacement.
        self._forms = tuple(sorted(forms, key=len, reverse=True))

    def __bool__(self) -> bool:
        return bool(self._forms)

    def __repr__(self) -> str:
        return f"<Redactor of {len(self._forms)} key forms>"

    def text(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text

    def json(self, value: Any) -> Any:
        """Copy of a JSON value with every key replaced in its strings (object keys included)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(v) for v in value]
        if isinstance(value, dict):
            return {self.text(str(k)): self.json(v) for k, v in value.items()}
        return value

    def headers(self, headers: httpx.Headers) -> httpx.Headers:
        """Copy of response headers with every key replaced in their values."""
        return httpx.Headers([(name, self.text(value)) for name, value in headers.multi_items()])


NO_KEYS = Redactor(())
