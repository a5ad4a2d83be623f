"""Collecting a response body, decoded, within the attempt's deadline and the client's size cap."""

from __future__ import annotations

from typing import Literal

import httpx

from ._deadline import Deadline

Stop = Literal["timeout", "too-large"]


class BodyCollector:
    """Takes the decoded chunks of one body; says when to stop reading (too late, or too much)."""

    __slots__ = ("_chunks", "_deadline", "_limit", "_size")

    def __init__(self, deadline: Deadline, limit: int | None) -> None:
        self._deadline = deadline
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0

    def refuse_up_front(self, response: httpx.Response) -> Stop | None:
        """A body whose declared length (not compressed) is already over the cap is not read at all."""
        if self._limit is None or response.headers.get("Content-Encoding", "identity").strip() not in ("", "identity"):
            return None
        declared = response.headers.get("Content-Length", "")
        return "too-large" if declared.strip().isdigit() and int(declared) > self._limit else None

    def add(self, chunk: bytes) -> Stop | None:
        if self._deadline.passed():
            return "timeout"
        self._size += len(chunk)
        if self._limit is not None and self._size > self._limit:
            return "too-large"
        self._chunks.append(chunk)
        return None

    def content(self) -> bytes:
        return b"".join(self._chunks)
