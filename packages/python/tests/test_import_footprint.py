"""What a sync program loads: `import tokkit` and the sync client never import anyio or asyncio (fresh processes)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

ASYNC_MODULES = {"anyio", "asyncio", "sniffio", "trio"}
REPORT = "import json, sys; print(json.dumps(sorted(sys.modules)))"


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{REPORT}"], capture_output=True, text=True, timeout=60, check=True
    )
    names: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return set(names)


def test_import_tokkit_and_the_sync_client_class_load_nothing_async() -> None:
    loaded = loaded_after("import tokkit\ntokkit.TikAPI")
    assert not loaded & ASYNC_MODULES
    assert "tokkit._async_client" not in loaded
    assert "tokkit._params" not in loaded  # TypedDicts are for type checkers only
    assert "tokkit._schemas" not in loaded


@pytest.mark.sandbox
def test_a_sync_call_loads_nothing_async_beyond_what_httpx_itself_does(sandbox_url: str) -> None:
    url = f"{sandbox_url}/public/check?username=lilyachty"
    bare = loaded_after(f"import httpx\nwith httpx.Client() as c: assert c.get({url!r}).status_code == 401")
    sdk = loaded_after(
        "from tokkit import TikAPI\n"
        f"with TikAPI(sandbox=True, base_url={sandbox_url!r}) as api:\n"
        "    assert api.public.check(username='lilyachty').status_code == 200\n"
        "    assert len(list(api.public.posts.items(secUid=api.public.check(username='lilyachty')"
        ".json()['userInfo']['user']['secUid'], max_items=40))) == 40"
    )
    assert "asyncio" not in sdk
    assert not (sdk - bare) & ASYNC_MODULES


def test_the_async_client_is_where_anyio_comes_in() -> None:
    assert {"anyio", "asyncio"} <= loaded_after("from tokkit import AsyncTikAPI")


def test_the_other_providers_load_only_when_their_client_is_asked_for() -> None:
    tikapi_only = loaded_after("import tokkit\ntokkit.TikAPI('k').close()")
    assert not {name for name in tikapi_only if name.startswith(("tokkit._scavio", "tokkit._userhandle"))}
    assert "tokkit._credits" not in tikapi_only
    scavio = loaded_after("from tokkit import Scavio\nScavio('k').close()")
    assert {"tokkit._scavio._catalogue", "tokkit._scavio._endpoints"} <= scavio
    assert not {name for name in scavio if name.startswith("tokkit._userhandle")}
    bare = loaded_after("import httpx\nhttpx.Client().close()")
    assert not (scavio - bare) & ASYNC_MODULES
    assert "tokkit._scavio._schemas" not in scavio
    assert "tokkit._scavio.async_client" not in scavio
