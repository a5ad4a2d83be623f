"""Bad input that used to reach the wire (or a raw runtime error) is refused with a ValidationError, nothing sent."""

from __future__ import annotations

import math
from typing import Any

import pytest

from tokkit import BadRequestError, ValidationError

from .helpers import Recorder, json_response, sync_client


class Opaque:
    """An object whose repr must never reach the wire."""

    def __repr__(self) -> str:
        return "OPAQUE-REPR"


def refused(call: Any, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(**kwargs)
    return caught.value


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf], ids=["nan", "inf", "-inf"])
def test_hardening_untyped_params_refuse_non_finite_numbers(value: float) -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="acct")
    assert refused(api.user.live.start, title=value).field == "title"
    assert refused(api.public.playlistItems, playlist_id=value).field == "playlist_id"
    assert refused(api.user.live.start, title="t", third_party=value).field == "third_party"
    assert recorder.requests == []


@pytest.mark.parametrize("value", [Opaque(), b"bytes", {"a": 1}, [1], object()], ids=repr)
def test_hardening_untyped_params_refuse_non_scalars(value: object) -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="acct")
    assert refused(api.user.live.start, title=value).field == "title"
    assert refused(api.public.playlistItems, playlist_id=value).field == "playlist_id"
    assert recorder.requests == []


@pytest.mark.parametrize("value", [Opaque(), b"bytes", object(), math.nan, math.inf, 1j], ids=repr)
def test_hardening_extra_params_refuse_what_no_wire_carries(value: object) -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="acct")
    get = refused(api.public.check, username="x", extra_params={"extra": value})
    post = refused(api.user.live.start, title="t", extra_params={"extra": value})
    assert (get.field, post.field) == ("extra", "extra")
    assert "OPAQUE-REPR" not in str(get) + str(post)
    assert recorder.requests == []


def test_extra_params_keep_scalars() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder)
    api.public.check(username="x", extra_params={"a": "1", "b": 2, "c": 2.5, "d": True, "e": 3.0})
    assert recorder.requests[0].url.query.decode() == "username=x&a=1&b=2&c=2.5&d=true&e=3"


def test_hardening_a_lone_surrogate_is_refused_not_a_unicode_error() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="acct")
    assert refused(api.public.check, username="a\ud800").field == "username"
    assert refused(api.user.live.start, title="t\udc00").field == "title"
    assert refused(api.user.live.start, title="t", extra_params={"note": "\ud83d"}).field == "note"
    assert recorder.requests == []


def test_hardening_one_of_groups_are_refused_before_sending() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder)
    error = refused(api.public.check, country="us")
    assert error.field == "username"
    assert str(error) == (
        'public.check: parameter "username" or "user_id" is required (give at least one); '
        "expected a value for one of username, user_id."
    )
    assert refused(api.public.hashtag, count=30).field == "id"
    assert refused(api.public.checkV3).field == "username"
    api.public.check(user_id="6569595380449902597")
    api.public.hashtag(name="lilyachty")
    assert len(recorder.requests) == 2


def test_hardening_bad_request_message_carries_the_api_field_messages() -> None:
    body = {
        "status": "error",
        "message": "Missing fields.",
        "fields": {"username": "A valid TikTok username is required."},
    }
    api, _ = sync_client(Recorder(json_response(400, body)))
    with pytest.raises(BadRequestError) as caught:
        api.public.check(username="x")
    assert str(caught.value) == "Missing fields. username: A valid TikTok username is required."
    assert caught.value.fields == {"username": "A valid TikTok username is required."}


def test_hardening_a_keyword_named_self_is_an_unknown_parameter_not_a_type_error() -> None:
    # `self` is positional-only in the generated methods, so `self=` reaches the request builder like any other name.
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="acct")
    calls: list[tuple[Any, dict[str, str]]] = [
        (api.public.check, {"username": "x"}),
        (api.public.posts, {"secUid": "y"}),
        (lambda **kwargs: list(api.public.posts.items(**kwargs)), {"secUid": "y"}),  # a stream starts when read
        (api.user.posts.comments.list, {"media_id": "1"}),
    ]
    for call, params in calls:
        assert refused(call, **params, self="z").field == "self"
    assert recorder.requests == []
