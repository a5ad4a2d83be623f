"""What IPython and Jupyter complete (they ask jedi): endpoint parameters, endpoint names, and no internal names."""

from __future__ import annotations

import jedi
import pytest

from tokkit import TikAPI

PREAMBLE = "from tokkit import AsyncTikAPI, TikAPI\napi = TikAPI('k')\naapi = AsyncTikAPI('k')\n"
# What a cached_property or other helper would put next to the endpoints.
INTERNAL = {"attrname", "func", "lock", "scope", "child", "children", "path"}


def completions(code: str) -> list[str]:
    """jedi's completions at the end of `code`, read statically as an editor does."""
    source = PREAMBLE + code
    lines = source.split("\n")
    return [c.name for c in jedi.Script(source).complete(len(lines), len(lines[-1]))]


def public(names: list[str]) -> set[str]:
    return {name for name in names if not name.startswith("_")}


def keywords(names: list[str]) -> set[str]:
    return {name[:-1] for name in names if name.endswith("=")}


@pytest.mark.parametrize("client", ["api", "aapi"])
def test_a_call_completes_the_endpoint_parameters(client: str) -> None:
    assert {"username", "user_id", "country", "session_id"} <= keywords(completions(f"{client}.public.check("))
    assert {"secUid", "count", "cursor"} <= keywords(completions(f"{client}.public.posts("))
    items = keywords(completions(f"{client}.public.posts.items("))
    assert {"secUid", "max_items", "max_pages", "resume"} <= items
    assert "self" not in keywords(completions(f"{client}.public.check(")) | items


def test_a_call_result_completes_the_response_members() -> None:
    assert {"json", "next_items", "status_code"} <= public(completions("api.public.check(username='x')."))
    assert {"json", "next_items", "cursor"} <= public(completions("api.public.posts(secUid='x')."))


def test_a_namespace_completes_endpoint_names_and_nothing_internal() -> None:
    names = public(completions("api.public."))
    assert {"check", "posts", "video", "search", "hashtag"} <= names
    assert not names & INTERNAL
    assert names <= {key.split(".")[1] for key in _keys("public.")}
    account = public(completions("api.user(accountKey='a').posts."))
    assert {"feed", "comments", "like"} <= account
    assert not account & INTERNAL
    assert public(completions("api.public.posts.")) == {"pages", "items", "spec", "descriptor"}


def test_the_running_interpreter_completes_too() -> None:
    # IPython hands jedi the live objects.
    api = TikAPI("k")
    live = [c.name for c in jedi.Interpreter("api.public.check(", [{"api": api}]).complete()]
    assert {"username", "user_id"} <= keywords(live)
    members = public([c.name for c in jedi.Interpreter("api.public.", [{"api": api}]).complete()])
    assert "check" in members
    assert not members & INTERNAL
    api.close()


def _keys(prefix: str) -> list[str]:
    from tokkit import ENDPOINTS

    return [key for key in ENDPOINTS if key.startswith(prefix)]
