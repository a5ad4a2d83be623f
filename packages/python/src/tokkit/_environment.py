"""The environment variables each provider reads: its key and, when no base URL is given, its base URL."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

from ._errors import TikAPIError

Provider = Literal["tikapi", "scavio", "userhandle"]


class ProviderEnv(NamedTuple):
    api_key: str
    base_url: str


PROVIDER_ENV: Mapping[Provider, ProviderEnv] = {
    "tikapi": ProviderEnv(api_key="TIKAPI_KEY", base_url="TIKAPI_BASE_URL"),
    "scavio": ProviderEnv(api_key="SCAVIO_API_KEY", base_url="SCAVIO_BASE_URL"),
    "userhandle": ProviderEnv(api_key="USERHANDLE_API_KEY", base_url="USERHANDLE_API_URL"),
}
"""Each row is its provider descriptor's `env` (a test checks them against the catalogues), as in the TypeScript
`PROVIDER_ENV`. Listed here so that reading them loads no provider's catalogue."""

_EXPECTED = "an http:// or https:// URL such as http://127.0.0.1:8787"


def base_url_from_env(provider: Provider = "tikapi", environ: Mapping[str, str] | None = None) -> str | None:
    """The provider's base URL variable, checked to be an http(s) URL; None when it is unset or blank.

    The value never appears in the error: a proxy URL may carry a token.
    """
    name = PROVIDER_ENV[provider].base_url
    return check_base_url(name, (os.environ if environ is None else environ).get(name))


def check_base_url(name: str, given: str | None) -> str | None:
    """The value of the base URL variable `name`, checked; None when it is unset or blank."""
    value = (given or "").strip()
    if not value:
        return None
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        raise TikAPIError(f"Environment variable {name} must be {_EXPECTED} (it is not a URL).") from None
    if parts.scheme not in ("http", "https"):
        problem = f"its scheme is {parts.scheme[:20]}:" if parts.scheme else "it has no scheme"
        raise TikAPIError(f"Environment variable {name} must be {_EXPECTED} ({problem}).")
    if not host:
        raise TikAPIError(f"Environment variable {name} must be {_EXPECTED} (it has no host).")
    return value
