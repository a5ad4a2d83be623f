"""tokkit: the TikAPI SDK for Python.

from tokkit import TikAPI
api = TikAPI()                                   # reads TIKAPI_KEY (and TIKAPI_BASE_URL when set)
r = api.public.check(username="lilyachty")
for post in api.public.posts.items(secUid=r.json()["userInfo"]["user"]["secUid"], max_items=100): ...
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
from ._types import EndpointSpec, PagingSpec, ParamSpec, Scalar
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncTikAPI


def __getattr__(name: str) -> Any:
    # The async client loads anyio and asyncio: only when it is asked for, so sync programs start faster.
    if name == "AsyncTikAPI":
        from ._async_client import AsyncTikAPI

        return AsyncTikAPI
    raise AttributeError(f"module 'tokkit' has no attribute {name!r}")


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
    "AsyncTikAPI",
    "AsyncTikAPIResponse",
    "AuthenticationError",
    "BadRequestError",
    "BaseResponse",
    "EndpointSpec",
    "ErrorResponse",
    "InternalServerError",
    "ItemStream",
    "PagingSpec",
    "ParamSpec",
    "PermissionDeniedError",
    "ProviderEnv",
    "RateLimitError",
    "RequestOptions",
    "ResponseException",
    "ResponseTooLargeError",
    "ResumePoint",
    "RetryPolicy",
    "Scalar",
    "StopReason",
    "TikAPI",
    "TikAPIError",
    "TikAPIResponse",
    "ValidationError",
    "ValidationException",
    "__version__",
    "base_url_from_env",
]
