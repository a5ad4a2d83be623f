"""Checks one parameter value against its descriptor and returns it in wire form (as packages/core does)."""

from __future__ import annotations

import functools
import json
import math
import re

from ._errors import ValidationError
from ._js import is_unsafe_float, js_number, js_string, js_to_number
from ._types import ParamSpec, Scalar

_NUMERIC_TEXT = r"(?a)-?\d+(\.\d+)?\Z"
"""Patterns are strings: `re` compiles each on first use (and keeps it), not at import."""


@functools.lru_cache(maxsize=256)
def compiled_pattern(pattern: str) -> re.Pattern[str]:
    """A descriptor pattern (JavaScript syntax) as a Python regex with JavaScript's meaning.

    In JavaScript `$` matches only at the very end and `\\d`/`\\w` are ASCII; in Python `$` also matches
    before a final newline and `\\d` matches any Unicode digit. So `$` becomes `\\Z` and matching is ASCII.
    """
    out: list[str] = []
    in_class = False
    escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
            out.append(char)
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        elif char == "$" and not in_class:
            out.append(r"\Z")
        else:
            out.append(char)
    return re.compile("".join(out), re.ASCII)


def describe(spec: ParamSpec) -> str:
    """What a value of this parameter should look like."""
    if spec.enum is not None:
        return "one of " + ", ".join(json.dumps(option) for option in spec.enum)
    parts = [
        {"number": "a number", "boolean": "true or false", "string": "a string"}.get(
            spec.type or "", "a string or number"
        )
    ]
    if spec.min is not None:
        parts.append(f">= {js_string(spec.min)}")
    if spec.max is not None:
        parts.append(f"<= {js_string(spec.max)}")
    if spec.min_length is not None or spec.max_length is not None:
        parts.append(f"of {_length_range(spec)} characters")
    if spec.pattern:
        parts.append(f"matching {spec.pattern}")
    return " ".join(parts)


def _length_range(spec: ParamSpec) -> str:
    low, high = spec.min_length, spec.max_length
    if low is not None and high is not None:
        return f"{low}-{high}"
    return f"at least {low}" if low is not None else f"at most {high}"


def _received(value: object) -> str:
    if isinstance(value, str):
        return f"got {json.dumps(value, ensure_ascii=False)}"
    if isinstance(value, bool):
        return "got a boolean"
    if isinstance(value, (int, float)):
        return "got a number"
    return f"got {type(value).__name__}"


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _to_number(value: object) -> int | float | None:
    if _is_number(value):
        assert isinstance(value, (int, float))
        return value if isinstance(value, int) or math.isfinite(value) else None
    if isinstance(value, str) and re.match(_NUMERIC_TEXT, value.strip()):
        text = value.strip()
        return int(text) if "." not in text else js_number(float(text))
    return None


def _to_text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return js_string(value)
    return None


def is_well_formed(text: str) -> bool:
    """True when the string is valid Unicode (no lone surrogate), so it can be sent as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_EXTRA_EXPECTED = "a string, a finite number or a boolean"


def extra_param_value(endpoint: str, name: str, value: object) -> Scalar:
    """An `extra_params` value in wire form: not checked against a descriptor, but it must be a scalar that a
    query string and a JSON body can both carry (as packages/core's extraParamValue)."""
    if not is_well_formed(name):
        raise ValidationError(endpoint, name, "a name that is valid Unicode", "has a lone surrogate")
    if isinstance(value, str):
        if not is_well_formed(value):
            raise ValidationError(endpoint, name, "text that is valid Unicode", "has a lone surrogate")
        return value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(endpoint, name, _EXTRA_EXPECTED, f"is {js_string(value)}, not a finite number")
        return js_number(value)
    raise ValidationError(endpoint, name, _EXTRA_EXPECTED, f"cannot be sent (got {type(value).__name__})")


def validate_param(endpoint: str, spec: ParamSpec, value: object) -> Scalar:
    """The value in wire form: a JSON scalar for bodies that `js_string` turns into query text."""

    def fail(problem: str) -> ValidationError:
        return ValidationError(endpoint, spec.name, describe(spec), problem)

    if spec.enum is not None:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = js_string(value)
            for option in spec.enum:
                if option == value or js_string(option) == text:
                    return option
        raise fail(f"is not an accepted value ({_received(value)})")

    wire: Scalar
    if spec.type == "boolean":
        if not isinstance(value, bool):
            raise fail(f"must be a boolean ({_received(value)})")
        return value
    if spec.type == "number":
        number = _to_number(value)
        if number is None:
            raise fail(f"must be a number ({_received(value)})")
        wire = number
    elif spec.type == "string":
        as_text = _to_text(value)
        if as_text is None:
            raise fail(f"must be a string ({_received(value)})")
        wire = as_text
    else:
        if isinstance(value, bool):
            return value
        if _is_number(value):
            assert isinstance(value, (int, float))
            if isinstance(value, float) and not math.isfinite(value):
                raise fail(f"must be a finite number (got {js_string(value)})")
            wire = value
        else:
            any_text = _to_text(value)
            if any_text is None:
                raise fail(f"must be a string or number ({_received(value)})")
            wire = any_text

    if isinstance(wire, str) and not is_well_formed(wire):
        raise fail("has a lone surrogate, which is not text")
    if isinstance(value, float) and is_unsafe_float(value):
        raise fail("is a float too large to be exact; pass it as an int or a string")
    if isinstance(wire, float):
        wire = js_number(wire)
    numeric: int | float | None
    if isinstance(wire, (int, float)) and not isinstance(wire, bool):
        numeric = wire
    elif isinstance(wire, str) and re.match(_NUMERIC_TEXT, wire):
        numeric = js_to_number(wire)
    else:
        numeric = None
    if spec.max is not None and numeric is not None and numeric > spec.max:
        raise fail(f"is {js_string(numeric)}, above the maximum")
    if spec.min is not None and numeric is not None and numeric < spec.min:
        raise fail(f"is {js_string(numeric)}, below the minimum")
    if isinstance(wire, str) and (spec.min_length is not None or spec.max_length is not None):
        length = len(wire)  # code points, as the descriptor counts them
        if spec.min_length is not None and length < spec.min_length:
            raise fail(f"is {length} characters long, too short")
        if spec.max_length is not None and length > spec.max_length:
            raise fail(f"is {length} characters long, too long")
    if spec.pattern and not compiled_pattern(spec.pattern).search(js_string(wire)):
        raise fail(f"does not have the expected form ({_received(value)})")
    return wire
