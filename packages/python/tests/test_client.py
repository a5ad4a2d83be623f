"""The client surface: keys, sandbox, set(), account namespaces, context managers, options."""

from __future__ import annotations

import warnings

import anyio
import httpx
import pytest

from tokkit import (
    DEMO_ACCOUNT_KEY,
    DEMO_API_KEY,
    AsyncTikAPI,
    AsyncTikAPIResponse,
    TikAPI,
    TikAPIError,
    TikAPIResponse,
    ValidationError,
)

from .helpers import SEC_UID, Recorder, json_response, sync_client


def test_takes_a_key_positionally_or_by_name() -> None:
    recorder = Recorder()
    api = TikAPI("k1-positional", http_client=httpx.Client(transport=recorder.transport()))
    api.key()
    assert recorder.requests[0].headers["x-api-key"] == "k1-positional"


def test_reads_tikapi_key_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKAPI_KEY", "from-the-env-1")
    recorder = Recorder()
    api = TikAPI(http_client=httpx.Client(transport=recorder.transport()))
    api.key()
    assert recorder.requests[0].headers["x-api-key"] == "from-the-env-1"


def test_names_the_variable_when_there_is_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKAPI_KEY", raising=False)
    with pytest.raises(TikAPIError, match="TIKAPI_KEY"):
        TikAPI()
    with pytest.raises(TikAPIError, match="TIKAPI_KEY"):
        AsyncTikAPI()


def test_responses_have_the_official_sdk_surface() -> None:
    recorder = Recorder(json_response(200, {"status": "success", "userInfo": {"user": {"uniqueId": "lilyachty"}}}))
    api, _ = sync_client(recorder)
    r = api.public.check(username="lilyachty")
    assert isinstance(r, TikAPIResponse)
    assert r.json()["userInfo"]["user"]["uniqueId"] == "lilyachty"
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.next_items() is None
    assert r.stop_reason == "not-paged"
    assert r.items == []
    assert bool(r) is True


def test_the_official_while_loop_ends() -> None:
    recorder = Recorder(
        json_response(200, {"itemList": [{"id": 1}], "cursor": "1", "hasMore": True}),
        json_response(200, {"itemList": [{"id": 2}], "cursor": "2", "hasMore": False}),
    )
    api, _ = sync_client(recorder)
    r: TikAPIResponse | None = api.public.posts(secUid=SEC_UID)
    seen = []
    while r:
        seen += [item["id"] for item in r.json()["itemList"]]
        r = r.next_items()
    assert seen == [1, 2]
    assert len(recorder.requests) == 2


def test_account_namespaces_each_carry_their_account_key() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder)
    alice = api.user(accountKey="alice-key")
    bob = api.user(account_key="bob-key")
    alice.posts.feed()
    bob.posts.comments.list(media_id="7109178205151464746")
    assert [r.headers.get("x-account-key") for r in recorder.requests] == ["alice-key", "bob-key"]
    assert recorder.requests[1].url.path == "/user/comment/list"


def test_the_default_account_key_and_a_missing_one() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="default-account")
    api.user.info()
    assert recorder.requests[0].headers["x-account-key"] == "default-account"
    api, _ = sync_client(recorder)
    with pytest.raises(ValidationError) as caught:
        api.user.info()
    assert caught.value.field == "accountKey"
    assert len(recorder.requests) == 1
    with pytest.raises(TikAPIError, match="account key"):
        api.user(accountKey="")


def test_set_sandbox_sends_only_the_demo_keys() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, api_key="my-own-key")
    account = api.user(accountKey="my-account-key")
    assert api.set(__sandbox__=True) is api
    api.public.check(username="lilyachty")
    account.info()
    assert str(recorder.requests[0].url) == "http://sandbox.tikapi.io/public/check?username=lilyachty"
    assert [(r.headers.get("x-api-key"), r.headers.get("x-account-key")) for r in recorder.requests] == [
        (DEMO_API_KEY, None),
        (DEMO_API_KEY, DEMO_ACCOUNT_KEY),
    ]
    for request in recorder.requests:
        assert "my-own-key" not in str(request.headers)
        assert "my-account-key" not in str(request.headers)


def test_sandbox_option_with_a_base_url_and_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKAPI_KEY", "env-key-never-sent")
    recorder = Recorder()
    api, _ = sync_client(recorder, api_key=None, sandbox=True, base_url="http://127.0.0.1:8787/")
    api.key()
    assert str(recorder.requests[0].url) == "http://127.0.0.1:8787/key/info"
    assert recorder.requests[0].headers["x-api-key"] == DEMO_API_KEY


def test_headers_per_client_and_per_call_but_never_the_key_headers() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, headers={"X-App": "demo"})
    api.key(extra_headers={"X-Trace": "t"})
    sent = recorder.requests[0].headers
    assert (sent["x-app"], sent["x-trace"], sent["x-api-key"]) == ("demo", "t", "test-api-key-123")
    with pytest.raises(ValidationError, match="X-API-KEY"):
        sync_client(recorder, headers={"X-API-KEY": "nope"})
    with pytest.raises(ValidationError, match="x-account-key"):
        api.key(extra_headers={"x-account-key": "nope"})
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": -5}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
    ],
)
def test_bad_timing_options_are_refused_before_sending(options: dict[str, object], message: str) -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder)
    with pytest.raises(TikAPIError, match=message):
        api.key(**options)  # type: ignore[arg-type]
    with pytest.raises(TikAPIError, match=message):
        TikAPI(api_key="k", **options)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_deprecated_endpoints_warn() -> None:
    recorder = Recorder()
    api, _ = sync_client(recorder, account_key="a")
    with pytest.warns(DeprecationWarning, match="user.follow is deprecated"):
        api.user.follow(username="lilyachty", secUid=SEC_UID, user_id="1")  # type: ignore[deprecated]


def test_no_process_wide_warning_filters_are_touched() -> None:
    before = list(warnings.filters)
    api, _ = sync_client(Recorder())
    api.key()
    assert warnings.filters == before


def test_context_managers_close_their_own_pool_but_not_a_given_client() -> None:
    with TikAPI("k-context") as api:
        assert not api._http.is_closed
    assert api._http.is_closed
    given = httpx.Client()
    with TikAPI("k-context", http_client=given):
        pass
    assert not given.is_closed
    given.close()

    async def run() -> None:
        async with AsyncTikAPI("k-context") as aapi:
            assert not aapi._http.is_closed
        assert aapi._http.is_closed

    anyio.run(run)


def test_one_connection_pool_per_client_with_tls_verified() -> None:
    api = TikAPI("k-pool")
    transport = api._http._transport
    assert isinstance(transport, httpx.HTTPTransport)
    context = transport._pool._ssl_context
    assert context is not None
    assert context.verify_mode.name == "CERT_REQUIRED"
    assert context.check_hostname is True
    api.close()


def test_endpoints_are_real_attributes_with_descriptors() -> None:
    api = TikAPI("k-attrs")
    assert api.public.posts.descriptor.paging is not None
    assert api.public.posts.descriptor.paging.param == "cursor"
    assert "check" in dir(type(api.public))
    assert "comments" in dir(type(api.user.posts))
    assert callable(api.key)
    assert repr(api.public.posts) == "<tokkit endpoint public.posts>"
    api.close()


def test_async_client_surface() -> None:
    async def run() -> None:
        recorder = Recorder(
            json_response(200, {"itemList": [{"id": 1}, {"id": 2}], "cursor": "2", "hasMore": True}),
            json_response(200, {"itemList": [{"id": 3}], "hasMore": False}),
        )
        async with AsyncTikAPI("k-async", http_client=httpx.AsyncClient(transport=recorder.async_transport())) as api:
            ids: list[object] = [post["id"] async for post in api.public.posts.items(secUid=SEC_UID)]  # numbers here
            assert ids == [1, 2, 3]
            r: AsyncTikAPIResponse | None = await api.public.posts(secUid=SEC_UID)
            count = 0
            while r:
                count += 1
                r = await r.next_items()
            assert count >= 1
            user = api.user(accountKey="acct")
            await user.posts.feed()
            assert recorder.requests[-1].headers["x-account-key"] == "acct"

    anyio.run(run)
