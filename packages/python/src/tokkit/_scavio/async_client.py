"""AsyncScavio: the async client of the Scavio TikTok API (the generic `AsyncClient` over Scavio's tree)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine
from typing import Any

from .._async_client import AsyncClient
from .._iterate import AsyncItemStream
from .._response import AsyncTikAPIResponse
from ._catalogue import PROVIDER
from ._endpoints import RootNamespace


class AsyncScavio(
    AsyncClient,
    RootNamespace[Coroutine[Any, Any, AsyncTikAPIResponse], AsyncIterator[AsyncTikAPIResponse], AsyncItemStream[Any]],
):
    """The async Scavio client: `await sc.profile(username=...)`, `async for v in sc.user.posts.items(...)`.

    Same options as `Scavio`. Use it as an async context manager, or `await sc.aclose()`, when done.
    """

    _provider = PROVIDER
