"""AsyncUserHandleAPI: the async client of the user-handle API (the generic `AsyncClient` over its tree)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine
from typing import Any

from .._async_client import AsyncClient
from .._iterate import AsyncItemStream
from .._response import AsyncTikAPIResponse
from ._catalogue import PROVIDER
from ._endpoints import RootNamespace


class AsyncUserHandleAPI(
    AsyncClient,
    RootNamespace[Coroutine[Any, Any, AsyncTikAPIResponse], AsyncIterator[AsyncTikAPIResponse], AsyncItemStream[Any]],
):
    """The async user-handle API client: `await uh.user(userHandle=...)`. Same options as `UserHandleAPI`."""

    _provider = PROVIDER
