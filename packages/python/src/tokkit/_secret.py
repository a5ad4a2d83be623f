"""API and account keys: trimmed and checked once, and never shown by a repr (tracebacks print the locals)."""

from __future__ import annotations

from ._errors import TikAPIError, ValidationError


class Secret:
    """A key. Only `reveal()` gives its text; `repr()` and `str()` never do. Compared by identity (the log filter
    holds each one weakly, and two clients with the same key must not share an entry)."""

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('[redacted]')"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a key is not pickled")


def _problem(key: str) -> str | None:
    for char in key:
        code = ord(char)
        if code < 0x20 or code == 0x7F:
            return "contains a control character (a line break or similar)"
        if code > 0x7E:
            return "contains a character outside ASCII"
    return None


def checked_key(where: str, option: str, value: object) -> Secret | None:
    """The key without surrounding whitespace (a key read from a file ends with a newline); None when empty.

    A key that could not travel in a header is refused, without showing it.
    """
    if value is None:
        return None
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise TikAPIError(f"Option {option} must be a string (got {type(value).__name__}).")
    key = value.strip()
    if key == "":
        return None
    problem = _problem(key)
    if problem is not None:
        raise ValidationError(where, option, "the key as printable ASCII text", problem)
    return Secret(key)
