"""Response schemas: the sandbox's bodies fit them (real HTTP); mypy types json(), items() and pages() with them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tokkit import TikAPI

from .helpers import REPO
from .typecheck import mypy

SPEC: dict[str, Any] = json.loads((REPO / "packages" / "core" / "dist" / "spec.json").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["schemas"]


def fields_of(name: str, schemas: dict[str, Any]) -> dict[str, Any]:
    schema = schemas[name]
    inherited = fields_of(schema["extends"], schemas) if "extends" in schema else {}
    return {**inherited, **schema["fields"]}


def misfits(value: Any, schema_type: Any, at: str, schemas: dict[str, Any] = SCHEMAS) -> Iterator[str]:
    """Where `value` does not fit `schema_type` (a schema type of a spec file, whose `schemas` are given: spec.json's
    by default); nothing when it fits."""
    if isinstance(schema_type, str):
        expected = {"string": (str,), "number": (int, float), "boolean": (bool,), "unknown": (object,)}[schema_type]
        number_as_bool = schema_type == "number" and isinstance(value, bool)
        if not isinstance(value, expected) or number_as_bool:
            yield f"{at}: {value!r} is not a {schema_type}"
    elif "ref" in schema_type:
        if not isinstance(value, dict):
            yield f"{at}: {type(value).__name__} is not an object ({schema_type['ref']})"
            return
        for name, field in fields_of(schema_type["ref"], schemas).items():
            if name in value:
                yield from misfits(value[name], field["type"], f"{at}.{name}", schemas)
            elif field.get("required"):
                yield f"{at}.{name}: missing, but the schema {schema_type['ref']} requires it"
    elif "arrayOf" in schema_type:
        if not isinstance(value, list):
            yield f"{at}: {type(value).__name__} is not an array"
            return
        for index, element in enumerate(value):
            yield from misfits(element, schema_type["arrayOf"], f"{at}[{index}]", schemas)
    elif "mapOf" in schema_type:
        if not isinstance(value, dict):
            yield f"{at}: {type(value).__name__} is not an object"
            return
        for key, element in value.items():
            yield from misfits(element, schema_type["mapOf"], f"{at}.{key}", schemas)
    elif not any(not list(misfits(value, option, at, schemas)) for option in schema_type["oneOf"]):
        yield f"{at}: {value!r} is none of {schema_type['oneOf']}"


def test_the_checker_of_this_file_finds_what_does_not_fit() -> None:
    assert list(misfits({"userInfo": {"user": {}}}, {"ref": "ProfileResponse"}, "body")) == [
        "body.userInfo.stats: missing, but the schema UserInfo requires it"
    ]
    assert list(misfits({"userInfo": {"user": {"secUid": 1}, "stats": {}}}, {"ref": "ProfileResponse"}, "b")) == [
        "b.userInfo.user.secUid: 1 is not a string"
    ]


def needed_params(endpoint: dict[str, Any]) -> list[dict[str, Any]]:
    """The required parameters, and the first of each group of which one is needed."""
    by_name = {p["name"]: p for p in endpoint["params"]}
    firsts = [by_name[group[0]] for group in endpoint.get("oneOf", [])]
    return [p for p in endpoint["params"] if p["required"]] + firsts


def typed_endpoints() -> list[dict[str, Any]]:
    """Endpoints with a named body schema whose needed parameters all have an example to send."""
    return [
        endpoint
        for endpoint in SPEC["endpoints"]
        if endpoint["response"] != "ResponseBody" and all("example" in p for p in needed_params(endpoint))
    ]


@pytest.mark.sandbox
@pytest.mark.parametrize("endpoint", typed_endpoints(), ids=lambda e: str(e["key"]))
def test_the_sandbox_answers_bodies_that_fit_the_schema(sandbox_url: str, endpoint: dict[str, Any]) -> None:
    params = {p["name"]: p["example"] for p in needed_params(endpoint)}
    with TikAPI(sandbox=True, base_url=sandbox_url) as api:
        target: Any = api
        for part in endpoint["key"].split("."):
            target = getattr(target, part)
        r = target(**params)
        assert not list(misfits(r.json(), {"ref": endpoint["response"]}, "body"))
        if endpoint.get("item") and endpoint.get("paging"):
            items = r.items
            assert items, f"{endpoint['key']}: the sandbox's first page has items"
            for index, item in enumerate(items):
                assert not list(misfits(item, {"ref": endpoint["item"]}, f"item[{index}]"))


TYPED_BODY = """
from tokkit import TikAPI
from tokkit._schemas import PublicCheckResponse, PublicPostsItem

api = TikAPI()
body: PublicCheckResponse = api.public.check(username="x").json()
sec_uid: str = body["userInfo"]["user"]["secUid"]
post: PublicPostsItem
for post in api.public.posts.items(secUid=sec_uid, max_items=5):
    created: int | float = post["createTime"]
"""


def test_mypy_checks_a_body_typed_with_the_schemas_and_catches_a_misspelled_key(tmp_path: Path) -> None:
    fits = mypy(TYPED_BODY, tmp_path)
    assert fits.returncode == 0, fits.stdout + fits.stderr
    typo = mypy(TYPED_BODY.replace('["user"]', '["usr"]'), tmp_path)
    assert typo.returncode == 1, typo.stdout + typo.stderr
    assert 'TypedDict "UserInfo" has no key "usr"' in typo.stdout


# No annotation anywhere: each call's json(), each item of items() and each page of pages() has its endpoint's type.
TYPED_WITHOUT_ANNOTATIONS = """
from tokkit import AsyncTikAPI, TikAPI

api = TikAPI()
sec_uid: str = api.public.check(username="x").json()["userInfo"]["user"]["secUid"]
nickname: str = api.user(accountKey="a").info().json()["userInfo"]["user"]["nickname"]
address: str = api.public.video(id="1").json()["itemInfo"]["itemStruct"]["video"]["downloadAddr"]
title: str = api.public.hashtag(name="x").json()["challengeInfo"]["challenge"]["title"]
for comment in api.public.commentsList.items(media_id="1", max_items=5):
    text: str = comment["text"]
for page in api.public.posts.pages(secUid=sec_uid, max_pages=2):
    created: int | float = page.json()["itemList"][0]["createTime"]


async def main(aapi: AsyncTikAPI) -> None:
    a_sec_uid: str = (await aapi.public.check(username="x")).json()["userInfo"]["user"]["uniqueId"]
    a_address: str = (await aapi.public.video(id="1")).json()["itemInfo"]["itemStruct"]["video"]["playAddr"]
    a_total: int | float = (await aapi.user.posts.comments.list(media_id="1")).json()["total"]
    async for a_comment in aapi.user.posts.comments.list.items(media_id="1"):
        a_likes: int | float = a_comment["digg_count"]
    async for a_page in aapi.public.posts.pages(secUid="x"):
        a_more: bool = a_page.json()["hasMore"]
"""
# (what TYPED_WITHOUT_ANNOTATIONS says, a misspelling of it, the misspelled key): mypy reports it on that line.
TYPOS = [
    ('["user"]["secUid"]', '["usr"]["secUid"]', "usr"),
    ('["user"]["nickname"]', '["user"]["nickName"]', "nickName"),
    ('["itemStruct"]["video"]["downloadAddr"]', '["itemStruct"]["vidoe"]["downloadAddr"]', "vidoe"),
    ('["challengeInfo"]', '["challenge_info"]', "challenge_info"),
    ('comment["text"]', 'comment["txt"]', "txt"),
    ('["itemList"][0]["createTime"]', '["itemList"][0]["create_time"]', "create_time"),
    ('["user"]["uniqueId"]', '["user"]["uniqueID"]', "uniqueID"),
    ('["video"]["playAddr"]', '["video"]["play_addr"]', "play_addr"),
    ('.json()["total"]', '.json()["totals"]', "totals"),
    ('a_comment["digg_count"]', 'a_comment["diggCount"]', "diggCount"),
    ('a_page.json()["hasMore"]', 'a_page.json()["has_more"]', "has_more"),
]


def test_mypy_types_json_items_and_pages_per_endpoint_without_annotations(tmp_path: Path) -> None:
    fits = mypy(TYPED_WITHOUT_ANNOTATIONS, tmp_path)
    assert fits.returncode == 0, fits.stdout + fits.stderr
    lines = TYPED_WITHOUT_ANNOTATIONS.splitlines()
    expected = {}
    for right, wrong, key in TYPOS:
        (number,) = [i for i, line in enumerate(lines, 1) if right in line]
        lines[number - 1] = lines[number - 1].replace(right, wrong)
        expected[number] = key
    typos = mypy("\n".join(lines), tmp_path)
    assert typos.returncode == 1, typos.stdout + typos.stderr
    reported = {int(line.split(":")[1]): line for line in typos.stdout.splitlines() if ": error:" in line}
    assert set(reported) == set(expected), typos.stdout
    for number, key in expected.items():
        assert f'"{key}"' in reported[number], reported[number]
        assert "TypedDict" in reported[number], reported[number]
