"""The error hierarchy, the official SDK's names, and keys never showing anywhere."""

from __future__ import annotations

import pickle

import pytest

import tokkit
from tokkit import (
    AccountSessionExpiredError,
    APIConnectionError,
    APIError,
    APIException,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    ResponseException,
    TikAPIError,
    ValidationError,
    ValidationException,
)

from .helpers import Recorder, json_response, sync_client

API_KEY = "my-secret-api-key-0001"
ACCOUNT_KEY = "my-secret-account-key-0002"


def test_the_hierarchy_mirrors_the_typescript_sdk() -> None:
    assert issubclass(ValidationError, TikAPIError)
    assert issubclass(APIError, TikAPIError)
    for cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        AccountSessionExpiredError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(cls, APIError)
    assert issubclass(APIConnectionError, TikAPIError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert ValidationException is ValidationError
    assert ResponseException is APIError
    assert APIException is TikAPIError


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, APIError),
        (428, AccountSessionExpiredError),
        (429, RateLimitError),
        (500, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_each_status_maps_to_its_class(status: int, cls: type[APIError]) -> None:
    recorder = Recorder(json_response(status, {"status": "error", "message": "nope"}))
    api, _ = sync_client(recorder, max_retries=0)
    with pytest.raises(cls) as caught:
        api.key()
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert error.response.status_code == status
    assert error.response.json() == {"status": "error", "message": "nope"}
    assert error.json == {"status": "error", "message": "nope"}
    assert str(error) == "nope"


def test_bad_request_carries_fields() -> None:
    body = {"status": "error", "message": "Invalid fields", "fields": {"secUid": "Invalid secUid", "count": 31}}
    api, _ = sync_client(Recorder(json_response(400, body)))
    with pytest.raises(BadRequestError) as caught:
        api.key()
    assert caught.value.fields == {"secUid": "Invalid secUid", "count": "31"}


def test_permission_denied_carries_the_tiktok_status_code_and_its_meaning() -> None:
    body = {"status": "error", "message": "Request failed", "statusCode": 10202}
    api, _ = sync_client(Recorder(json_response(403, body)))
    with pytest.raises(PermissionDeniedError) as caught:
        api.public.check(username="nobody")
    error = caught.value
    assert error.tiktok_status_code == 10202
    assert error.tiktok_message == "User doesn't exist"
    assert str(error) == "Request failed (TikTok statusCode 10202: User doesn't exist)"


def test_the_official_catch_pattern_works() -> None:
    api, _ = sync_client(Recorder(json_response(403, {"message": "x", "statusCode": 10202})))
    caught: list[tuple[str, object]] = []
    for username in ("nobody", "not valid!"):
        try:
            api.public.check(username=username)
        except ValidationException as e:
            caught.append(("validation", e.field))
        except ResponseException as e:
            caught.append(("response", e.response.status_code))
    assert caught == [("response", 403), ("validation", "username")]


def test_validation_error_fields() -> None:
    api, _ = sync_client(Recorder())
    with pytest.raises(ValidationError) as caught:
        api.public.posts(secUid="MS4wLjABAAAAsHntXC3s0AvxcecggxsoVa4eAiT8OVafVZ4OQXxy", count=31)
    error = caught.value
    assert (error.field, error.endpoint) == ("count", "public.posts")
    assert error.expected == "a number <= 30 matching ^[0-9]{1,2}$"
    assert (
        str(error)
        == 'public.posts: parameter "count" is 31, above the maximum; expected a number <= 30 matching ^[0-9]{1,2}$.'
    )


def test_an_echoed_key_is_redacted_everywhere() -> None:
    body = {
        "message": f"Key {API_KEY} is not valid for account {ACCOUNT_KEY}",
        "echo": {API_KEY: [ACCOUNT_KEY]},
    }
    recorder = Recorder(json_response(401, body, {"X-Echo": API_KEY}))
    api, _ = sync_client(recorder, api_key=API_KEY, account_key=ACCOUNT_KEY)
    with pytest.raises(AuthenticationError) as caught:
        api.user.info()
    error = caught.value
    texts = [
        str(error),
        repr(error),
        repr(error.json),
        repr(error.headers),
        repr(error.response.json()),
        str(error.args),
        repr(pickle.loads(pickle.dumps(error)).json),
        repr(api),
        repr(api.user(accountKey=ACCOUNT_KEY)),
    ]
    for text in texts:
        assert API_KEY not in text
        assert ACCOUNT_KEY not in text
    assert "[redacted]" in str(error)
    assert error.headers["x-echo"] == "[redacted]"


def test_a_network_error_message_is_redacted() -> None:
    import httpx

    recorder = Recorder(httpx.ConnectError(f"proxy refused X-API-KEY {API_KEY}"))
    api, _ = sync_client(recorder, api_key=API_KEY, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        api.key()
    assert API_KEY not in str(caught.value)
    assert caught.value.__context__ is None


def test_errors_pickle_with_their_fields() -> None:
    api, _ = sync_client(Recorder(json_response(403, {"message": "x", "statusCode": 10204})))
    with pytest.raises(PermissionDeniedError) as caught:
        api.key()
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is PermissionDeniedError
    assert copy.tiktok_status_code == 10204
    assert copy.response.status_code == 403
    validation = pickle.loads(pickle.dumps(ValidationError("public.check", "username", "a string", "is required")))
    assert validation.field == "username"


def test_everything_is_exported() -> None:
    for name in tokkit.__all__:
        assert hasattr(tokkit, name), name
