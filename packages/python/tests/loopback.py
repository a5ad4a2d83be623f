"""A real HTTP/1.1 server on 127.0.0.1 (a free port) that answers each request with a script: for the attacks
the sandbox cannot play (redirects to another origin, headers dribbled byte by byte, gzip bombs, ...).

One request per connection (every answer says `Connection: close`); every wait is bounded.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from typing_extensions import Self

IO_TIMEOUT = 10.0
MAX_HEAD = 256 * 1024


@dataclass(frozen=True)
class Received:
    method: str
    target: str
    headers: dict[str, str]
    """Names in lower case."""
    raw_head: bytes
    body: bytes


Respond = Callable[[Received, socket.socket], None]


def reply(conn: socket.socket, status: int, body: bytes = b"", headers: Iterable[tuple[str, str]] = ()) -> None:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
    head += [f"{name}: {value}" for name, value in headers]
    conn.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


def json_reply(conn: socket.socket, status: int, value: Any, headers: Iterable[tuple[str, str]] = ()) -> None:
    reply(conn, status, json.dumps(value).encode(), [("Content-Type", "application/json"), *headers])


def dribble(conn: socket.socket, data: bytes, every: float, *, limit: float = 30.0) -> None:
    """Sends `data` one byte per `every` seconds, until done, the client leaves, or `limit` seconds pass."""
    ends = time.monotonic() + limit
    for i in range(len(data)):
        if time.monotonic() > ends:
            return
        try:
            conn.sendall(data[i : i + 1])
        except OSError:
            return
        time.sleep(every)


class Loopback:
    """`with Loopback(respond) as server: ... server.url ... server.received`."""

    def __init__(self, respond: Respond) -> None:
        self._respond = respond
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(128)
        self._listener.settimeout(0.1)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def url(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(IO_TIMEOUT)
        try:
            data = b""
            while b"\r\n\r\n" not in data and len(data) < MAX_HEAD:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, rest = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            while len(rest) < length:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                rest += chunk
            received = Received(method, target, headers, head, rest[:length])
            with self._lock:
                self.received.append(received)
            self._respond(received, conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self._stopping.set()
        self._listener.close()
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
