"""What every client shares (TikAPI, Scavio, UserHandleAPI; sync and async): options, keys, and turning a call into a
request, all read from the client's provider descriptor (`_provider`). No I/O here."""

from __future__ import annotations

import math
import os
import random
from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

from ._catalogue import PROVIDER as TIKAPI
from ._compat import Self
from ._environment import check_base_url
from ._errors import TikAPIError, ValidationError
from ._headers import checked_headers, merged_headers
from ._log_filter import watch_keys
from ._options import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RequestOptions,
    attempt_timeout,
    check_max_concurrency,
    check_max_response_bytes,
    check_max_retries,
    check_timeout,
)
from ._paging import PageRun
from ._request import BuiltRequest, RequestTarget, build_request
from ._secret import Secret, checked_key
from ._transport._exchange import Answer
from ._transport._plan import SendPlan
from ._transport._rate_gate import RateGate
from ._transport._redact import Redactor
from ._types import EndpointSpec, ProviderSpec, Scalar

Http = TypeVar("Http")


class ClientState:
    """Options every call of one client reads; `api.set()` changes them, also for account namespaces made before."""

    __slots__ = (
        "account_key",
        "api_key",
        "base_url",
        "headers",
        "max_response_bytes",
        "max_retries",
        "sandbox",
        "timeout",
    )

    def __init__(
        self,
        *,
        api_key: Secret | None,
        account_key: Secret | None,
        sandbox: bool,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        headers: dict[str, str],
        max_response_bytes: int | None,
    ) -> None:
        self.api_key, self.account_key, self.sandbox, self.base_url = api_key, account_key, sandbox, base_url
        self.timeout, self.max_retries, self.headers = timeout, max_retries, headers
        self.max_response_bytes = max_response_bytes


class PreparedCall:
    __slots__ = ("endpoint", "max_response_bytes", "max_retries", "redactor", "request", "run", "timeout")

    def __init__(
        self,
        *,
        endpoint: EndpointSpec,
        request: BuiltRequest,
        timeout: float | None,
        max_retries: int,
        redactor: Redactor,
        max_response_bytes: int | None,
        run: PageRun,
    ) -> None:
        self.endpoint, self.request, self.timeout, self.max_retries = endpoint, request, timeout, max_retries
        self.redactor, self.max_response_bytes, self.run = redactor, max_response_bytes, run


def _check_text(name: str, value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TikAPIError(f"Option {name} must be a string (got {type(value).__name__}).")


def _demo_keys(provider: ProviderSpec) -> tuple[Secret, Secret | None]:
    account = provider.demo_account_key
    return Secret(provider.demo_api_key), None if account is None else Secret(account)


def _resume_value(spec: EndpointSpec, value: object) -> Scalar | None:
    """A paging value passed by the caller (to resume a run): any string or number a server could hand out."""
    if value is None:
        return None
    if isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    name = spec.paging.param if spec.paging else "cursor"
    raise ValidationError(spec.key, name, "the string or number a previous page returned", "is not a paging value")


def _one_key(where: str, api_key: str | None, apiKey: str | None) -> str | None:  # noqa: N803
    """`apiKey=` is the official SDK's spelling of `api_key=`."""
    if api_key is not None and apiKey is not None:
        raise TikAPIError(f"{where}: pass the API key once, as api_key=... (apiKey=... is the same option).")
    return apiKey if api_key is None else api_key


class BaseClient(Generic[Http]):
    """Options, keys and request forming; the sync and async clients add the HTTP client and the waiting. Each
    client class names its provider descriptor (`_provider`): where requests go, how keys are sent, which
    environment variables are read, how error bodies and credits read."""

    _http: Http
    _provider: ClassVar[ProviderSpec] = TIKAPI

    def __init__(
        self,
        api_key: str | None = None,
        *,
        apiKey: str | None = None,  # noqa: N803
        account_key: str | None = None,
        sandbox: bool = False,
        base_url: str | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        max_concurrency: int | None = None,
        http_client: Http | None = None,
    ) -> None:
        where = type(self).__name__
        provider = self._provider
        env_key = provider.env_api_key
        api_key = _one_key(where, api_key, apiKey)
        given_key = checked_key(where, "api_key", api_key)
        if api_key is None:
            given_key = checked_key(where, env_key, os.environ.get(env_key))
        given_account = checked_key(where, "account_key", account_key)
        if given_account is not None and provider.account_key is None:
            raise TikAPIError(f"{where} has no account keys: account_key is an option of TikAPI only.")
        _check_text("base_url", base_url)
        check_timeout(timeout)
        check_max_retries(max_retries)
        check_max_response_bytes(max_response_bytes)
        check_max_concurrency(max_concurrency)
        if given_key is None and not sandbox:
            raise TikAPIError(
                f"No API key: pass one, {where}('your key') or {where}(api_key=...), or set the {env_key} "
                f"environment variable. ({where}(sandbox=True) needs none.)"
            )
        env_url = provider.env_base_url
        chosen_url = base_url if base_url is not None else check_base_url(env_url, os.environ.get(env_url))
        if chosen_url is None and (provider.sandbox_url if sandbox else provider.base_url) is None:
            place = "its sandbox" if sandbox and provider.base_url else "it"
            raise TikAPIError(
                f"No base URL: {where} has no default one, so pass the URL of {place}, {where}(base_url=...), "
                f"or set the {env_url} environment variable."
            )
        self._state = ClientState(
            api_key=given_key,
            account_key=given_account,
            sandbox=bool(sandbox),
            base_url=chosen_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=checked_headers(where, "headers", headers, provider.key_headers),
            max_response_bytes=max_response_bytes,
        )
        watch_keys(given_key, given_account)
        self._random = random.Random()
        self._gate = RateGate(self._random.random)
        self._max_concurrency = max_concurrency
        self._owns_http = http_client is None
        self._http = self._own_http(timeout) if http_client is None else http_client
        self._start()

    def _own_http(self, timeout: float | None) -> Http:
        """The pooled HTTP client the SDK makes (and closes) when none is given."""
        raise NotImplementedError

    def _start(self) -> None:
        """What the sync or async client sets up besides the options: its waiting and its endpoint tree."""
        raise NotImplementedError

    def set(
        self,
        *,
        api_key: str | None = None,
        apiKey: str | None = None,  # noqa: N803
        account_key: str | None = None,
        sandbox: bool | None = None,
        base_url: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
        __sandbox__: bool | None = None,
    ) -> Self:
        """Changes options for every later call, also of account namespaces made before.

        `api.set(__sandbox__=True)` is the official SDK's switch to the sandbox: only the public demo keys are sent.
        `apiKey=` is the official SDK's spelling of `api_key=`.
        """
        self._update(
            api_key=_one_key(f"{type(self).__name__}.set", api_key, apiKey),
            account_key=account_key,
            sandbox=sandbox if __sandbox__ is None else __sandbox__,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
        )
        return self

    @property
    def sandbox(self) -> bool:
        return self._state.sandbox

    @property
    def base_url(self) -> str:
        return self._base_url(self._state.sandbox)

    def _base_url(self, sandbox: bool) -> str:
        """The client's `base_url`, else the provider's sandbox or production URL."""
        provider = self._provider
        url = self._state.base_url or (provider.sandbox_url if sandbox else provider.base_url)
        if url is None:
            where = type(self).__name__
            raise TikAPIError(f"No base URL: {where}(sandbox=True) needs base_url=... ({where} hosts no sandbox).")
        return url

    @property
    def timeout(self) -> float | None:
        return self._state.timeout

    @property
    def max_retries(self) -> int:
        return self._state.max_retries

    def _update(
        self,
        *,
        api_key: str | None,
        account_key: str | None,
        sandbox: bool | None,
        base_url: str | None,
        timeout: float | None,
        max_retries: int | None,
        headers: Mapping[str, str] | None,
    ) -> None:
        where = f"{type(self).__name__}.set"
        given_key = checked_key(where, "api_key", api_key)
        given_account = checked_key(where, "account_key", account_key)
        if given_account is not None and self._provider.account_key is None:
            raise TikAPIError(f"{type(self).__name__} has no account keys: account_key is an option of TikAPI only.")
        _check_text("base_url", base_url)
        check_timeout(timeout)
        check_max_retries(max_retries)
        key_headers = self._provider.key_headers
        given_headers = None if headers is None else checked_headers(where, "headers", headers, key_headers)
        watch_keys(given_key, given_account)
        state = self._state
        if given_key is not None:
            state.api_key = given_key
        if given_account is not None:
            state.account_key = given_account
        if sandbox is not None:
            state.sandbox = bool(sandbox)
        if base_url is not None:
            state.base_url = base_url
        if timeout is not None:
            state.timeout = timeout
        if max_retries is not None:
            state.max_retries = max_retries
        if given_headers is not None:
            state.headers = merged_headers(state.headers, given_headers)

    def _keys_for(self, spec: EndpointSpec, account_key: Secret | None, sandbox: bool) -> tuple[Secret, Secret | None]:
        state = self._state
        if sandbox:
            demo_api, demo_account = _demo_keys(self._provider)
            return demo_api, demo_account
        if not state.api_key:
            where = type(self).__name__
            raise TikAPIError(
                f"{spec.key}: no API key. Pass one: {where}('your key') or {where}(api_key=...), "
                f"or set the {self._provider.env_api_key} environment variable."
            )
        account = account_key or state.account_key
        if spec.auth == "apiKey+accountKey" and not account:
            raise ValidationError(
                spec.key,
                "accountKey",
                "an account key: api.user(accountKey='...')",
                "is required for account endpoints",
            )
        return state.api_key, account

    def _prepare(
        self,
        spec: EndpointSpec,
        params: Mapping[str, object],
        options: RequestOptions,
        account_key: Secret | None,
        run: PageRun | None,
        items_field: str | None,
    ) -> PreparedCall:
        state = self._state
        sandbox = state.sandbox if options.sandbox is None else options.sandbox
        api_key, account = self._keys_for(spec, account_key, sandbox)
        paging = spec.paging
        paging_value: Scalar | None = None
        values: dict[str, Scalar] = {}
        if run is not None:
            paging_value = run.requested_with
            values = dict(run.requested_values or {})
        elif paging is not None:
            paging_value = _resume_value(spec, params.get(paging.param))
            if paging_value is not None and paging.style == "token_time":
                # The time bound that goes with a page token a previous page handed out.
                time_param = paging.time_param or "min_time"
                time_value = _resume_value(spec, params.get(time_param))
                if time_value is None:
                    raise ValidationError(
                        spec.key,
                        time_param,
                        f"the {time_param} the page that handed out this {paging.param} came with",
                        f"is required with {paging.param}",
                    )
                values = {time_param: time_value}
        trusted: dict[str, Scalar] | None = None
        call_params = params
        if paging is not None and paging_value is not None:
            # Paging values the server handed out go back as-is: never re-validated.
            trusted = {**values, paging.param: paging_value}
            call_params = {k: v for k, v in params.items() if k not in trusted}
        headers = state.headers
        if options.extra_headers is not None:
            extra = checked_headers(spec.key, "extra_headers", options.extra_headers, self._provider.key_headers)
            headers = merged_headers(headers, extra)
        request = build_request(
            spec,
            call_params,
            RequestTarget(
                base_url=self._base_url(sandbox),
                api_key=api_key,
                account_key=account,
                headers=headers,
                extra_params=options.extra_params,
                trusted=trusted,
                provider=self._provider,
            ),
        )
        return PreparedCall(
            endpoint=spec,
            request=request,
            timeout=state.timeout if options.timeout is None else options.timeout,
            max_retries=state.max_retries if options.max_retries is None else options.max_retries,
            redactor=Redactor((api_key, account, state.api_key, state.account_key, account_key)),
            max_response_bytes=state.max_response_bytes,
            run=run or PageRun({}, 0, paging_value, items_field, requested_values=values or None),
        )

    def _plan(self, prepared: PreparedCall) -> SendPlan:
        return SendPlan(
            timeout=attempt_timeout(prepared.timeout),
            max_retries=prepared.max_retries,
            redactor=prepared.redactor,
            max_response_bytes=prepared.max_response_bytes,
            gate=self._gate,
            safe_to_retry=prepared.endpoint.safe_to_retry,
            error_body=(self._provider.error_message, self._provider.error_code),
        )

    def _response_fields(self, prepared: PreparedCall, answer: Answer) -> dict[str, Any]:
        """What a response is made of, for either response class."""
        return {
            "json": answer.json,
            "status_code": answer.status_code,
            "headers": answer.headers,
            "endpoint": prepared.endpoint,
            "run": prepared.run,
            "http_client": self._http,
            "download_timeout": attempt_timeout(prepared.timeout),
            "content": answer.content,
            "url": prepared.request.url,
            "provider": self._provider,
        }

    def __repr__(self) -> str:
        state, provider = self._state, self._provider
        # Never raises, also when `set(sandbox=True)` left a provider without a sandbox and without a base URL.
        url = state.base_url or (provider.sandbox_url if state.sandbox else provider.base_url)
        return f"{type(self).__name__}(base_url={url!r}, sandbox={self.sandbox})"
