"""UserHandleAPI: the sync client of the user-handle API (the generic `SyncClient` over its descriptor and tree)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .._iterate import ItemStream
from .._response import TikAPIResponse
from .._sync_client import SyncClient
from ._catalogue import PROVIDER
from ._endpoints import RootNamespace


class UserHandleAPI(SyncClient, RootNamespace[TikAPIResponse, Iterator[TikAPIResponse], ItemStream[Any]]):
    """The user-handle API client: `uh.user(userHandle=...)`, `uh.video(userHandle=..., videoId=...)`.

    Every customer has an own base URL: `UserHandleAPI(api_key=..., base_url=...)`, or `UserHandleAPI()` reading
    USERHANDLE_API_KEY and USERHANDLE_API_URL; without one it raises before anything is sent. The key is sent as
    `x-api-key`. Otherwise the options of `TikAPI`. Use it as a context manager, or call `close()`, when done.
    """

    _provider = PROVIDER
