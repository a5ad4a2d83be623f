"""Typing names from `typing` where the running Python has them, so `import tokkit` does not load
typing_extensions on 3.11+ (type checkers read the typing_extensions names either way)."""

from __future__ import annotations

import functools
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if sys.version_info >= (3, 11):
    from typing import Never, Required, Self, TypedDict, Unpack
else:
    from typing_extensions import Never, Required, Self, TypedDict, Unpack

_Function = TypeVar("_Function", bound=Callable[..., Any])

if TYPE_CHECKING:
    from typing_extensions import deprecated
else:

    def deprecated(message: str) -> Callable[[_Function], _Function]:
        """What `typing_extensions.deprecated` does to a function: a DeprecationWarning on each call."""

        def mark(function: _Function) -> _Function:
            @functools.wraps(function)
            def warned(*args: Any, **kwargs: Any) -> Any:
                warnings.warn(message, DeprecationWarning, stacklevel=2)
                return function(*args, **kwargs)

            warned.__deprecated__ = message
            return warned

        return mark


__all__ = ["Never", "Required", "Self", "TypedDict", "Unpack", "deprecated"]
