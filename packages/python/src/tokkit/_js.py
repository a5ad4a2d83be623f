"""The few JavaScript conversions the TypeScript core relies on, so both SDKs send identical bytes."""

from __future__ import annotations

import math
import re
from urllib.parse import quote

_URI_COMPONENT_SAFE = "-_.!~*'()"
_MAX_SAFE_INTEGER = 2**53 - 1
_JS_NUMERIC = r"(?a)[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\Z|[+-]?Infinity\Z"  # compiled on first use


def js_string(value: object) -> str:
    """`String(value)` for the scalars the SDK sends: booleans as true/false, 30.0 as 30."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    return str(value)


def js_number(value: int | float) -> int | float:
    """A number as JSON.stringify would write it: 30.0 becomes 30."""
    if isinstance(value, float) and value.is_integer() and abs(value) <= _MAX_SAFE_INTEGER:
        return int(value)
    return value


def is_unsafe_float(value: float) -> bool:
    """An integral float that JavaScript could not hold exactly (Python ints are always exact)."""
    return math.isfinite(value) and value.is_integer() and abs(value) > _MAX_SAFE_INTEGER


def encode_uri_component(text: str) -> str:
    """`encodeURIComponent(text)`: UTF-8, everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) escaped."""
    return quote(text, safe=_URI_COMPONENT_SAFE, encoding="utf-8", errors="strict")


def js_to_number(value: object) -> float:
    """`Number(value)` for JSON values: NaN when it is no number."""
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        if text == "":
            return 0.0
        if re.match(_JS_NUMERIC, text):
            return float(text)
        return math.nan
    return math.nan


def js_integer(value: object) -> int | None:
    """`Number(value)` when `Number.isInteger` holds for it, else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    number = js_to_number(value)
    if math.isfinite(number) and number.is_integer():
        return int(number)
    return None
