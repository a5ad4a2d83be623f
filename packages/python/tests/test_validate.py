"""Validation details where Python and JavaScript differ (bool is an int, `$`, `\\d`, big integers)."""

from __future__ import annotations

from typing import Any

import pytest

from tokkit import ValidationError
from tokkit._js import encode_uri_component, js_string
from tokkit._validate import compiled_pattern

from .helpers import SEC_UID, Recorder, sync_client


def sent_query(**params: Any) -> str:
    recorder = Recorder()
    api, _ = sync_client(recorder)
    api.public.check(**params)
    return recorder.requests[0].url.query.decode()


def test_js_string_matches_javascript() -> None:
    assert [js_string(v) for v in (True, False, 30.0, 1.5, 12, "x", 1e21)] == [
        "true",
        "false",
        "30",
        "1.5",
        "12",
        "x",
        "1e+21",
    ]


def test_encode_uri_component_matches_javascript() -> None:
    assert encode_uri_component("a b&c/d?e#f'g(h)*!~._-é😀") == "a%20b%26c%2Fd%3Fe%23f'g(h)*!~._-%C3%A9%F0%9F%98%80"


def test_dollar_does_not_match_before_a_trailing_newline() -> None:
    assert compiled_pattern("^[0-9]+$").search("123")
    assert not compiled_pattern("^[0-9]+$").search("123\n")
    assert not compiled_pattern(r"^\d+$").search("١٢٣")  # Arabic-Indic digits are not \d in JavaScript
    recorder = Recorder()
    api, _ = sync_client(recorder)
    with pytest.raises(ValidationError) as caught:
        api.public.check(user_id="123\n")
    assert caught.value.field == "user_id"


def test_a_boolean_is_not_a_number() -> None:
    api, _ = sync_client(Recorder())
    with pytest.raises(ValidationError) as caught:
        api.public.posts(secUid=SEC_UID, count=True)
    assert caught.value.field == "count"


def test_numbers_go_on_the_wire_as_javascript_writes_them() -> None:
    assert sent_query(session_id=3.0, username="x") == "session_id=3&username=x"
    assert sent_query(session_id="07", username="x") == "session_id=7&username=x"


def test_ints_beyond_2_53_are_exact() -> None:
    big = 2**64 + 1
    assert sent_query(user_id=big) == f"user_id={big}"


def test_an_enum_accepts_the_value_or_its_text() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="acct")
    api.user.live.list(sort=1)
    api.user.live.list(sort="0")  # type: ignore[arg-type]
    assert [r.url.query.decode() for r in recorder.requests] == ["sort=1", "sort=0"]
    with pytest.raises(ValidationError, match="accepted value"):
        api.user.live.list(sort=True)  # type: ignore[arg-type]


def test_extra_params_cannot_carry_objects_in_a_query() -> None:
    api, _ = sync_client(Recorder())
    with pytest.raises(ValidationError, match="cannot be sent in a query string"):
        api.public.check(username="x", extra_params={"nested": {"a": 1}})


def test_path_values_never_leave_their_segment() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder)
    for bad in ("..", ".", ""):
        with pytest.raises(ValidationError):
            api.public.discover(category=bad)  # type: ignore[arg-type]
    assert recorder.requests == []
