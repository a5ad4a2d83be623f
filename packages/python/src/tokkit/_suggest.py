"""'Did you mean ...?' for a misspelled parameter name."""

from __future__ import annotations

from collections.abc import Sequence


def suggest_name(name: str, known: Sequence[str]) -> str | None:
    """The closest known name to a misspelled one, or None when none is close."""
    lower = name.lower()
    for candidate in known:
        if candidate.lower() == lower:
            return candidate
    best: str | None = None
    best_distance = max(2, len(name) // 4) + 1
    for candidate in known:
        distance = _edit_distance(lower, candidate.lower())
        if distance < best_distance:
            best, best_distance = candidate, distance
    return best


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i]
        for j in range(1, len(b) + 1):
            substitution = previous[j - 1] + (0 if a[i - 1] == b[j - 1] else 1)
            current.append(min(previous[j] + 1, current[j - 1] + 1, substitution))
        previous = current
    return previous[len(b)]
