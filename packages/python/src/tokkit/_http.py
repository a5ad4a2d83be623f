"""The pooled httpx clients the SDK makes for itself (not those passed in): TLS verified, no redirects followed
with a key on board, the SDK's User-Agent, every wait of a sync attempt capped by its deadline, and closed when the
SDK client is garbage-collected unclosed."""

from __future__ import annotations

import contextlib

import httpx

from ._options import attempt_timeout
from ._version import __version__

USER_AGENT = f"tokkit-python/{__version__}"


class OwnedClient(httpx.Client):
    def __del__(self) -> None:
        if not self.is_closed:
            with contextlib.suppress(Exception):
                self.close()


def sync_client(timeout: float | None) -> httpx.Client:
    # httpx imports httpcore when a client is made, not at `import httpx`; the deadline backend, built on httpcore,
    # waits until then too.
    from ._transport._deadline_backend import bound_by_deadline

    client = OwnedClient(timeout=attempt_timeout(timeout), headers={"User-Agent": USER_AGENT}, follow_redirects=False)
    for transport in (client._transport, *client._mounts.values()):
        bound_by_deadline(transport)
    return client
