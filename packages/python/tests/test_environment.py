"""TIKAPI_BASE_URL: conformance/environment.json, and both clients pointed at the sandbox by the variable alone."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from tokkit import PROVIDER_ENV, AsyncTikAPI, TikAPI, TikAPIError, base_url_from_env

from .helpers import load_vectors

VECTORS = load_vectors("environment.json")


def test_the_providers_read_the_variables_the_vectors_name() -> None:
    rows = {name: {"apiKey": env.api_key, "baseUrl": env.base_url} for name, env in PROVIDER_ENV.items()}
    assert VECTORS["providers"].items() <= rows.items()


def test_each_row_is_its_provider_descriptors_env() -> None:
    from tokkit._catalogue import PROVIDER as TIKAPI
    from tokkit._scavio._catalogue import PROVIDER as SCAVIO
    from tokkit._userhandle._catalogue import PROVIDER as USERHANDLE

    for provider in (TIKAPI, SCAVIO, USERHANDLE):
        assert PROVIDER_ENV[provider.name] == (provider.env_api_key, provider.env_base_url)  # type: ignore[index]
    assert set(PROVIDER_ENV) == {"tikapi", "scavio", "userhandle"}


@pytest.mark.parametrize("case", VECTORS["cases"], ids=[c["name"] for c in VECTORS["cases"]])
def test_conformance(case: dict[str, Any]) -> None:
    name = PROVIDER_ENV[case["provider"]].base_url
    environ = {} if case["value"] is None else {name: case["value"]}
    if "error" in case:
        with pytest.raises(TikAPIError) as raised:
            base_url_from_env(case["provider"], environ)
        for fragment in case["error"]:
            assert fragment in str(raised.value)
        if "neverShown" in case:
            assert case["neverShown"] not in str(raised.value)
    else:
        assert base_url_from_env(case["provider"], environ) == case["baseUrl"]


def test_a_bad_variable_fails_the_constructor_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKAPI_BASE_URL", "localhost:8787")
    with pytest.raises(TikAPIError, match="TIKAPI_BASE_URL must be an http:// or https:// URL"):
        TikAPI(sandbox=True)
    with pytest.raises(TikAPIError, match="TIKAPI_BASE_URL"):
        AsyncTikAPI(sandbox=True)


def test_a_base_url_in_code_wins_and_the_variable_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKAPI_BASE_URL", "ftp://not-read")
    with TikAPI(sandbox=True, base_url="http://127.0.0.1:9") as api:
        assert api.base_url == "http://127.0.0.1:9"


@pytest.mark.sandbox
def test_the_sync_client_goes_where_the_variable_says(monkeypatch: pytest.MonkeyPatch, sandbox_url: str) -> None:
    monkeypatch.setenv("TIKAPI_BASE_URL", sandbox_url)
    with TikAPI(sandbox=True) as api:
        assert api.base_url == sandbox_url
        assert api.public.check(username="lilyachty").json()["userInfo"]["user"]["nickname"] == "Lil Yachty"


@pytest.mark.sandbox
def test_the_async_client_goes_where_the_variable_says(monkeypatch: pytest.MonkeyPatch, sandbox_url: str) -> None:
    monkeypatch.setenv("TIKAPI_BASE_URL", sandbox_url)

    async def main() -> str:
        async with AsyncTikAPI(sandbox=True) as api:
            response = await api.public.check(username="lilyachty")
            return str(response.json()["userInfo"]["user"]["nickname"])

    assert anyio.run(main) == "Lil Yachty"
