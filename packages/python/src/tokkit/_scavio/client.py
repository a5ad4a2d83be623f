"""Scavio: the sync client of the Scavio TikTok API (the generic `SyncClient` over Scavio's descriptor and tree)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._iterate import ItemStream
from .._response import TikAPIResponse
from .._sync_client import SyncClient
from ._catalogue import PROVIDER
from ._endpoints import RootNamespace


class Scavio(SyncClient, RootNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]]):
    """The Scavio client: `sc.profile(username=...)`, `sc.user.posts.items(sec_user_id=...)`, `sc.video(video_id=...)`.

    `Scavio("key")`, or `Scavio()` reading SCAVIO_API_KEY (and SCAVIO_BASE_URL when set), or
    `Scavio(api_key=..., base_url=..., timeout=60, max_retries=2, ...)`: the options of `TikAPI`. The key is sent
    as `Authorization: Bearer ...`. Every response has `.credits` (`used`, `remaining`) and `.response_time`;
    `pages()` and `items()` take `min_credits_remaining=`. Every endpoint is a read sent as POST, so failed
    attempts are retried. Use it as a context manager, or call `close()`, when done.
    """

    _provider = PROVIDER
