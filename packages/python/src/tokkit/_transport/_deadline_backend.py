"""A sync httpcore network backend that caps every wait (connect, TLS, each read and write) at what is left of the
running attempt's deadline, so a server sending its headers one byte at a time cannot hold an attempt past its
timeout. Async attempts need none of this: a cancel scope bounds them.

Only the SDK's own pooled client gets it; outside an attempt (no deadline set) it changes nothing.
"""

from __future__ import annotations

import ssl
import typing

import httpcore

from ._deadline import CURRENT_DEADLINE

_Option = typing.Any


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    deadline = CURRENT_DEADLINE.get()
    remaining = None if deadline is None else deadline.remaining()
    if remaining is None:
        return timeout
    if remaining <= 0:
        raise error("the attempt's timeout ran out")
    return remaining if timeout is None else min(timeout, remaining)


class DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout, httpcore.ConnectTimeout))
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[_Option] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[_Option] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bound_by_deadline(transport: object) -> bool:
    """Puts the deadline backend under an httpx transport's connection pool; False when its layout is unknown.

    httpx offers no public way to choose the network backend, so this reaches into the pool it builds
    (`HTTPTransport._pool._network_backend`, the same in every httpx 0.2x with httpcore 1.x).
    """
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(pool, httpcore.ConnectionPool) or not isinstance(backend, httpcore.NetworkBackend):
        return False
    if not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)
    return True
