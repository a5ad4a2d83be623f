"""Keeps the keys out of httpx's and httpcore's own log lines.

At DEBUG, httpcore logs every response's headers (a server may echo a key) and httpx logs each request line. A
filter on those loggers replaces every key of every live client, in every form, before any handler sees the line.
It is installed once, by the first client; a key leaves it when no client holds it any more.
"""

from __future__ import annotations

import logging
import threading
import weakref

from ._secret import Secret
from ._transport._redact import Redactor

LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""Every logger httpx and httpcore write to (a filter on a parent does not see its children's records)."""


class KeyRedactingFilter(logging.Filter):
    def __init__(self) -> None:
        super().__init__("tokkit")
        self._keys: weakref.WeakSet[Secret] = weakref.WeakSet()
        self._lock = threading.Lock()

    def watch(self, key: Secret) -> None:
        with self._lock:
            self._keys.add(key)

    def filter(self, record: logging.LogRecord) -> bool:
        with self._lock:
            keys = list(self._keys)
        if not keys:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is the handler's to report, not ours to break the call over
            return True
        redacted = Redactor(keys).text(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = KeyRedactingFilter()
_installed = False
_install_lock = threading.Lock()


def watch_keys(*keys: Secret | None) -> None:
    """Adds keys to the filter, installing it on the httpx/httpcore loggers the first time."""
    global _installed
    with _install_lock:
        if not _installed:
            for name in LOGGERS:
                logging.getLogger(name).addFilter(_FILTER)
            _installed = True
    for key in keys:
        if key is not None:
            _FILTER.watch(key)
