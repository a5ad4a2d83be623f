"""Descriptor + params -> the exact HTTP request (method, URL, headers, JSON body). Pure: no I/O."""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType

from ._catalogue import PROVIDER as TIKAPI
from ._errors import ValidationError
from ._headers import KEY_HEADERS
from ._js import encode_uri_component, js_string
from ._secret import Secret
from ._suggest import suggest_name
from ._types import EndpointSpec, HttpMethod, KeyHeader, ProviderSpec, Scalar
from ._validate import extra_param_value, validate_param

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


class BuiltRequest:
    """A request ready for any HTTP client."""

    __slots__ = ("body", "headers", "method", "url")

    def __init__(self, method: HttpMethod, url: str, headers: dict[str, str], body: bytes | None = None) -> None:
        self.method, self.url, self.headers = method, url, headers
        self.body = body
        """UTF-8 JSON text for POST endpoints."""

    def __repr__(self) -> str:
        # The headers hold the keys: a traceback printed with its locals must not show them.
        shown = {k: ("[redacted]" if k.lower() in KEY_HEADERS else v) for k, v in self.headers.items()}
        return f"BuiltRequest(method={self.method!r}, url={self.url!r}, headers={shown!r})"


class RequestTarget:
    __slots__ = ("account_key", "api_key", "base_url", "extra_params", "headers", "provider", "trusted")

    def __init__(
        self,
        base_url: str,
        api_key: Secret,
        account_key: Secret | None = None,
        headers: Mapping[str, str] = _NO_HEADERS,
        extra_params: Mapping[str, object] | None = None,
        trusted: Mapping[str, Scalar] | None = None,
        provider: ProviderSpec = TIKAPI,
    ) -> None:
        self.base_url, self.api_key, self.account_key, self.headers = base_url, api_key, account_key, headers
        self.provider = provider
        """Who the request goes to: how its keys are sent."""
        self.extra_params = extra_params
        """Parameters the catalogue does not know yet, sent as given (query for GET, body for POST)."""
        self.trusted = trusted
        """Paging values the server handed out: sent back as-is, never re-validated."""


def _encode(endpoint: str, name: str, text: str) -> str:
    try:
        return encode_uri_component(text)
    except UnicodeEncodeError:
        raise ValidationError(endpoint, name, "text that is valid Unicode", "cannot be encoded as UTF-8") from None


def _path_segment(endpoint: str, name: str, value: str) -> str:
    """Encodes a path value so it can never leave its segment; `.` and `..` are refused outright."""
    if value in ("", ".", ".."):
        raise ValidationError(endpoint, name, "a value for the URL path", f"cannot be {json.dumps(value)}")
    return _encode(endpoint, name, value)


def _check_one_of(endpoint: EndpointSpec, params: Mapping[str, object], trusted: Mapping[str, Scalar]) -> None:
    """Refuses a call that gives none of a one-of group (`username` or `user_id`): the API would answer 400."""
    for group in endpoint.one_of:
        if any(params.get(name) is not None or name in trusted for name in group):
            continue
        first, *others = group
        raise ValidationError(
            endpoint.key,
            first,
            f"a value for one of {', '.join(group)}",
            " ".join(f'or "{name}"' for name in others) + " is required (give at least one)",
        )


def build_request(endpoint: EndpointSpec, params: Mapping[str, object], target: RequestTarget) -> BuiltRequest:
    """Validates params against the descriptor and forms the exact HTTP request."""
    key = endpoint.key
    known = endpoint.by_name
    for name in params:
        if name not in known:
            hint = suggest_name(name, list(known))
            raise ValidationError(
                key,
                name,
                f"one of {', '.join(known)}" if known else "no parameters",
                "is not a parameter of this endpoint" + (f' (did you mean "{hint}"?)' if hint else ""),
            )

    path = endpoint.path
    query: list[tuple[str, str]] = []
    body: dict[str, object] = {}
    trusted = target.trusted or {}
    for spec in endpoint.params:
        trusted_value = trusted.get(spec.name)
        raw = trusted_value if trusted_value is not None else params.get(spec.name)
        if raw is None:
            if spec.required:
                expected = "a value for the URL path" if spec.location == "path" else "a value"
                raise ValidationError(key, spec.name, expected, "is required")
            continue
        value = trusted_value if trusted_value is not None else validate_param(key, spec, raw)
        if spec.location == "path":
            path = path.replace(f"{{{spec.wire}}}", _path_segment(key, spec.name, js_string(value)))
        elif spec.location == "query":
            query.append((spec.wire, js_string(value)))
        else:
            body[spec.wire] = value

    _check_one_of(endpoint, params, trusted)
    for name, value in trusted.items():
        if name in known:
            continue
        if endpoint.method == "GET":
            query.append((name, js_string(value)))
        else:
            body[name] = value

    for name, extra in (target.extra_params or {}).items():
        if name in known:
            raise ValidationError(key, name, "a keyword argument of the call", "is a known parameter, not an extra one")
        if extra is None:
            continue
        if endpoint.method == "GET" and isinstance(extra, (Mapping, list, tuple, set)):
            raise ValidationError(key, name, "a string, number or boolean", "cannot be sent in a query string")
        wire = extra_param_value(key, name, extra)
        if endpoint.method == "GET":
            query.append((name, js_string(wire)))
        else:
            body[name] = wire

    search = "&".join(f"{_encode(key, k, k)}={_encode(key, k, v)}" for k, v in query)
    url = target.base_url.rstrip("/") + path + (f"?{search}" if search else "")
    content: bytes | None = None
    if endpoint.method != "GET":
        try:
            text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as error:
            problem = str(error)
            raise ValidationError(
                key, "extra_params", "values JSON can carry", f"cannot be sent as JSON ({problem})"
            ) from None
        content = _utf8(key, text)

    # The caller's headers were checked before (no key or framing header among them); the keys go in last.
    headers = {"Accept": "application/json", **target.headers}
    if content is not None:
        headers["Content-Type"] = "application/json"
    provider = target.provider
    _put_key(headers, provider.api_key, target.api_key)
    if endpoint.auth == "apiKey+accountKey" and target.account_key and provider.account_key is not None:
        _put_key(headers, provider.account_key, target.account_key)
    return BuiltRequest(endpoint.method, url, headers, content)


def _put_key(headers: dict[str, str], how: KeyHeader, key: Secret) -> None:
    """The key in its header, in the provider's form (`Bearer {key}`); no other spelling of that header survives."""
    for name in [name for name in headers if name.lower() == how.header.lower()]:
        del headers[name]
    headers[how.header] = how.format.replace("{key}", key.reveal())


def _utf8(endpoint: str, text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            endpoint, "extra_params", "text that is valid Unicode", "cannot be encoded as UTF-8"
        ) from None
