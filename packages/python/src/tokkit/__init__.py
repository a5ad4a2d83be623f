"""tokkit: the TikAPI SDK for Python, with clients for Scavio and the user-handle API.

from tokkit import TikAPI
api = TikAPI()                                   # reads TIKAPI_KEY (and TIKAPI_BASE_URL when set)
r = api.public.check(username="lilyachty")
for post in api.public.posts.items(secUid=r.json()["userInfo"]["user"]["secUid"], max_items=100): ...

from tokkit import Scavio, UserHandleAPI        # SCAVIO_API_KEY; USERHANDLE_API_KEY + USERHANDLE_API_URL
"""

from typing import TYPE_CHECKING, Any

from ._catalogue import (
    API_BASE_URL,
    DEMO_ACCOUNT_KEY,
    DEMO_API_KEY,
    ENDPOINTS,
    SANDBOX_BASE_URL,
    TIKTOK_STATUS_CODES,
)
from ._environment import PROVIDER_ENV, ProviderEnv, base_url_from_env
from ._errors import (
    AccountSessionExpiredError,
    APIConnectionError,
    APIError,
    APIException,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ErrorResponse,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    ResponseException,
    ResponseTooLargeError,
    TikAPIError,
    ValidationError,
    ValidationException,
)
from ._iterate import AsyncItemStream, ItemStream, ResumePoint
from ._options import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, RequestOptions
from ._paging import StopReason
from ._response import AsyncTikAPIResponse, BaseResponse, TikAPIResponse
from ._sync_client import TikAPI
from ._transport._retry import RETRY_POLICY, RetryPolicy
from ._types import EndpointSpec, KeyHeader, PagingSpec, ParamSpec, ProviderSpec, Scalar
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncTikAPI
    from ._credits import CreditFields, Credits
    from ._scavio.async_client import AsyncScavio
    from ._scavio.client import Scavio
    from ._userhandle.async_client import AsyncUserHandleAPI
    from ._userhandle.client import UserHandleAPI

_LAZY = {
    "AsyncTikAPI": "._async_client",
    "Credits": "._credits",
    "CreditFields": "._credits",
    "Scavio": "._scavio.client",
    "AsyncScavio": "._scavio.async_client",
    "UserHandleAPI": "._userhandle.client",
    "AsyncUserHandleAPI": "._userhandle.async_client",
}
"""Loaded when first asked for: the async clients bring anyio and asyncio, and each other provider its catalogue and
endpoint tree, so `import tokkit` and a TikAPI program load none of them."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tokkit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "API_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEMO_ACCOUNT_KEY",
    "DEMO_API_KEY",
    "ENDPOINTS",
    "PROVIDER_ENV",
    "RETRY_POLICY",
    "SANDBOX_BASE_URL",
    "TIKTOK_STATUS_CODES",
    "APIConnectionError",
    "APIError",
    "APIException",
    "APITimeoutError",
    "AccountSessionExpiredError",
    "AsyncItemStream",
    "AsyncScavio",
    "AsyncTikAPI",
    "AsyncTikAPIResponse",
    "AsyncUserHandleAPI",
    "AuthenticationError",
    "BadRequestError",
    "BaseResponse",
    "CreditFields",
    "Credits",
    "EndpointSpec",
    "ErrorResponse",
    "InternalServerError",
    "ItemStream",
    "KeyHeader",
    "PagingSpec",
    "ParamSpec",
    "PermissionDeniedError",
    "ProviderEnv",
    "ProviderSpec",
    "RateLimitError",
    "RequestOptions",
    "ResponseException",
    "ResponseTooLargeError",
    "ResumePoint",
    "RetryPolicy",
    "Scalar",
    "Scavio",
    "StopReason",
    "TikAPI",
    "TikAPIError",
    "TikAPIResponse",
    "UserHandleAPI",
    "ValidationError",
    "ValidationException",
    "__version__",
    "base_url_from_env",
]
