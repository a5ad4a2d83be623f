"""What a request cost and what the account has left, for providers that bill per request (Scavio). Loaded by their
catalogues and responses only: `import tokkit` and a TikAPI program never load it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple

from ._types import ProviderSpec


class CreditFields(NamedTuple):
    """The body fields of every success answer that count the account's credits."""

    used: str
    remaining: str
    response_time: str | None = None


class Credits(NamedTuple):
    """The credits one request used, and those left on the account after it."""

    used: int | float
    remaining: int | float


def _number_at(json: Any, field: str | None) -> int | float | None:
    value = json.get(field) if field is not None and isinstance(json, Mapping) else None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return value if math.isfinite(value) else None


def read_credits(provider: ProviderSpec | None, json: Any) -> Credits | None:
    """The credits a body reports in the fields the provider's `credits` names; None for providers that do not count
    credits, and for a body without both numbers."""
    fields = provider.credits if provider is not None else None
    if fields is None:
        return None
    used, remaining = _number_at(json, fields.used), _number_at(json, fields.remaining)
    return None if used is None or remaining is None else Credits(used, remaining)


def read_response_time(provider: ProviderSpec | None, json: Any) -> int | float | None:
    """How long the provider says it took to answer (Scavio's `response_time`, in ms), when it says so."""
    fields = provider.credits if provider is not None else None
    return None if fields is None else _number_at(json, fields.response_time)
