"""conformance/requests.json: a call -> the exact HTTP request; an invalid call -> ValidationError, nothing sent."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tokkit import TikAPI, ValidationError

from .helpers import Recorder, endpoint_of, load_vectors

VECTORS = load_vectors("requests.json")
# What httpx itself adds on the wire; everything else must be exactly the vector's headers.
TRANSPORT_HEADERS = {"host", "user-agent", "accept-encoding", "connection", "content-length"}


def client(recorder: Recorder) -> TikAPI:
    keys = VECTORS["client"]
    return TikAPI(
        api_key=keys["apiKey"],
        account_key=keys["accountKey"],
        max_retries=0,
        http_client=httpx.Client(transport=recorder.transport()),
    )


def call(api: TikAPI, case: dict[str, Any]) -> object:
    options = case.get("options", {})
    extra = {"extra_params": options["extraParams"]} if "extraParams" in options else {}
    endpoint = endpoint_of(api, case["endpoint"])
    if case["endpoint"] in ("user.follow", "user.unfollow"):
        with pytest.warns(DeprecationWarning, match="deprecated by the API"):
            return endpoint(**case["params"], **extra)
    return endpoint(**case["params"], **extra)


def test_every_endpoint_of_the_catalogue_has_a_valid_case() -> None:
    catalogue = load_vectors("reference/tikapi-endpoints.json")
    covered = {case["endpoint"] for case in VECTORS["valid"]}
    assert [e["key"] for e in catalogue["endpoints"] if e["key"] not in covered] == []


@pytest.mark.parametrize("case", VECTORS["valid"], ids=lambda c: c["name"])
def test_valid_call_sends_exactly_the_request(case: dict[str, Any]) -> None:
    recorder = Recorder()
    call(client(recorder), case)
    assert len(recorder.requests) == 1
    request = recorder.requests[0]
    expected = case["request"]
    assert request.method == expected["method"]
    assert str(request.url) == expected["url"]
    sent = {k.lower(): v for k, v in request.headers.items() if k.lower() not in TRANSPORT_HEADERS}
    assert sent == {k.lower(): v for k, v in expected["headers"].items()}
    if "body" in expected:
        assert json.loads(request.content) == expected["body"]
    else:
        assert request.content == b""


@pytest.mark.parametrize("case", VECTORS["invalid"], ids=lambda c: c["name"])
def test_invalid_call_raises_before_sending(case: dict[str, Any]) -> None:
    recorder = Recorder()
    with pytest.raises(ValidationError) as caught:
        call(client(recorder), case)
    error = caught.value
    assert error.field == case["error"]["field"]
    assert error.endpoint == case["endpoint"]
    if "messageIncludes" in case["error"]:
        assert case["error"]["messageIncludes"] in str(error)
    assert recorder.requests == []
