"""Removing keys from anything an error or a log line carries (a server may echo a key back)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

REDACTED = "[redacted]"


def redact_text(text: str, secrets: Sequence[str]) -> str:
    """Replaces every occurrence of the secrets (longest first, so no fragment survives)."""
    for secret in sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def redact_json(value: Any, secrets: Sequence[str]) -> Any:
    """Deep copy of a JSON value with every secret replaced in its strings (keys included)."""
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, list):
        return [redact_json(v, secrets) for v in value]
    if isinstance(value, dict):
        return {redact_text(str(k), secrets): redact_json(v, secrets) for k, v in value.items()}
    return value


def redact_headers(headers: httpx.Headers, secrets: Sequence[str]) -> httpx.Headers:
    """Copy of response headers with every secret replaced in their values."""
    return httpx.Headers([(name, redact_text(value, secrets)) for name, value in headers.multi_items()])
