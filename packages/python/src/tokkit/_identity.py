"""What makes two items of a run the same item (as packages/core/src/paginate/item-identity.ts)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from ._js import js_string

_ID_FIELDS = ("id", "cid", "aweme_id", "uid", "user_id", "room_id", "conversation_id", "msg_id")
"""Fields that name an item, in the order they are tried (posts, comments, users, rooms, messages)."""
_NESTED = ("user", "aweme", "item", "challenge", "music", "room")
"""Where an item that has no id of its own keeps the thing it is about (`{"user": {"id": ...}, "stats": ...}`)."""


def _own_id(item: Mapping[str, Any]) -> str | None:
    for name in _ID_FIELDS:
        value = item.get(name)
        if isinstance(value, str) and value != "":
            return f"{name}:{value}"
        if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
            return f"{name}:{js_string(value)}"
    return None


def item_identity(item: Any) -> str:
    """A key equal for the same item on two pages: its id (a number and its decimal text being one id), else the
    id of what it wraps (`user.id`), else its whole JSON."""
    if isinstance(item, Mapping):
        own = _own_id(item)
        if own is not None:
            return own
        for name in _NESTED:
            inner = item.get(name)
            nested = _own_id(inner) if isinstance(inner, Mapping) else None
            if nested is not None:
                return f"{name}.{nested}"
    return "json:" + json.dumps(item, sort_keys=True, separators=(",", ":"), default=repr)
