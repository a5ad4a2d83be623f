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


PROVIDERS_PREAMBLE = (
    "from tokkit import AsyncScavio, Scavio, UserHandleAPI\n"
    "sc = Scavio('k')\nasc = AsyncScavio('k')\nuh = UserHandleAPI('k', base_url='http://127.0.0.1:9')\n"
)


def provider_completions(code: str) -> list[str]:
    source = PROVIDERS_PREAMBLE + code
    lines = source.split("\n")
    return [c.name for c in jedi.Script(source).complete(len(lines), len(lines[-1]))]


@pytest.mark.parametrize("client", ["sc", "asc"])
def test_the_other_providers_complete_their_endpoints_and_parameters(client: str) -> None:
    assert {"profile", "user", "video", "search", "hashtag"} <= public(provider_completions(f"{client}."))
    assert {"username", "sec_user_id"} <= keywords(provider_completions(f"{client}.profile("))
    assert {"sec_user_id", "cursor", "count", "sort_type"} <= keywords(provider_completions(f"{client}.user.posts("))
    items = keywords(provider_completions(f"{client}.user.followers.items("))
    assert {"sec_user_id", "page_token", "min_time", "max_items", "resume", "min_credits_remaining"} <= items
    # `video` and `video.comments` are endpoints with endpoints below them.
    assert {"video_id"} <= keywords(provider_completions(f"{client}.video("))
    assert "comments" in public(provider_completions(f"{client}.video."))
    assert {"video_id", "count"} <= keywords(provider_completions(f"{client}.video.comments("))
    assert {"pages", "items", "replies"} <= public(provider_completions(f"{client}.video.comments."))
    assert {"comment_id"} <= keywords(provider_completions(f"{client}.video.comments.replies("))
    assert {"hashtag_name", "hashtag_id"} <= keywords(provider_completions(f"{client}.hashtag("))
    assert not public(provider_completions(f"{client}.video.")) & INTERNAL


def test_the_user_handle_api_completes_the_apis_own_parameter_names() -> None:
    assert {"user", "video"} <= public(provider_completions("uh."))
    assert {"userHandle"} <= keywords(provider_completions("uh.user("))
    assert {"userHandle", "videoId"} <= keywords(provider_completions("uh.video("))


def test_a_running_scavio_completes_too() -> None:
    from tokkit import Scavio

    sc = Scavio("k")
    live = [c.name for c in jedi.Interpreter("sc.video.comments(", [{"sc": sc}]).complete()]
    assert {"video_id", "cursor"} <= keywords(live)
    sc.close()
