"""One rate-limit gate per client, against the sandbox's real per-key limiter (10 requests/s): a burst of 50
concurrent calls ends with every call answered, async (gather) and sync (a thread pool); `max_concurrency` caps
the requests in flight, measured by a loopback server."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import anyio
import pytest

from tokkit import AsyncTikAPI, TikAPI, TikAPIError
from tokkit._transport._rate_gate import POLL, SPACING, RateGate

from .conftest import RATE_LIMIT_RPS
from .loopback import Loopback, Received, json_reply

CALLS = 50


def _outcomes(results: list[object]) -> tuple[int, list[str]]:
    errors = [f"{type(r).__name__}: {r}" for r in results if isinstance(r, BaseException)]
    return len(results) - len(errors), errors


@pytest.mark.sandbox
def test_hardening_50_concurrent_async_calls_at_10_per_second_all_succeed(rate_limited_sandbox_url: str) -> None:
    async def main() -> list[object]:
        results: list[object] = [None] * CALLS
        async with AsyncTikAPI(sandbox=True, base_url=rate_limited_sandbox_url) as api:

            async def one(i: int) -> None:
                try:
                    results[i] = (await api.public.check(username="lilyachty")).status_code
                except TikAPIError as error:
                    results[i] = error

            async with anyio.create_task_group() as group:
                for i in range(CALLS):
                    group.start_soon(one, i)
        return results

    started = time.monotonic()
    answered, errors = _outcomes(anyio.run(main))
    elapsed = time.monotonic() - started
    assert errors == []
    assert answered == CALLS
    # The limiter let at most RATE_LIMIT_RPS through per second: the burst cannot have been faster than that.
    assert elapsed >= CALLS / RATE_LIMIT_RPS - 1.5


@pytest.mark.sandbox
def test_hardening_50_concurrent_sync_calls_from_threads_at_10_per_second_all_succeed(
    rate_limited_sandbox_url: str,
) -> None:
    with TikAPI(sandbox=True, base_url=rate_limited_sandbox_url) as api:

        def one(_: int) -> object:
            try:
                return api.public.check(username="lilyachty").status_code
            except TikAPIError as error:
                return error

        with ThreadPoolExecutor(max_workers=CALLS) as pool:
            results = list(pool.map(one, range(CALLS)))
    answered, errors = _outcomes(results)
    assert errors == []
    assert answered == CALLS


@pytest.mark.sandbox
def test_hardening_asyncio_gather_over_the_rate_limit_all_succeed(rate_limited_sandbox_url: str) -> None:
    import asyncio

    async def main() -> list[object]:
        async with AsyncTikAPI(sandbox=True, base_url=rate_limited_sandbox_url) as api:
            calls = (api.public.check(username="lilyachty") for _ in range(CALLS))
            return list(await asyncio.gather(*calls, return_exceptions=True))

    answered, errors = _outcomes(asyncio.run(main()))
    assert errors == []
    assert answered == CALLS


class InFlight:
    """A loopback API answering after 50 ms, counting the requests it holds at once."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self._lock = threading.Lock()

    def __call__(self, _: Received, conn: socket.socket) -> None:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.05)
        with self._lock:
            self.now -= 1
        json_reply(conn, 200, {"status": "success"})


def test_hardening_max_concurrency_caps_the_requests_in_flight() -> None:
    counter = InFlight()
    with Loopback(counter) as server:
        with (
            TikAPI("SECRET-key-concurrency", base_url=server.url, max_concurrency=3) as api,
            ThreadPoolExecutor(max_workers=12) as pool,
        ):
            list(pool.map(lambda _: api.key(), range(12)))
        assert counter.most == 3

        async def main() -> None:
            async with (
                AsyncTikAPI("SECRET-key-concurrency", base_url=server.url, max_concurrency=2) as api,
                anyio.create_task_group() as group,
            ):
                for _ in range(10):
                    group.start_soon(api.key)

        counter.most = 0
        anyio.run(main)
        assert counter.most == 2
    assert len(server.received) == 22


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "3"])
def test_hardening_max_concurrency_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(TikAPIError, match="max_concurrency"):
        TikAPI("k", max_concurrency=bad)  # type: ignore[arg-type]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_gate_holds_every_call_then_lets_them_go_in_order_and_spaced() -> None:
    clock = Clock()
    gate = RateGate(lambda: 0.5, clock)
    first, second, third = gate.ticket(), gate.ticket(), gate.ticket()
    assert gate.turn(second) == 0.0  # open: nobody waits
    own_end = gate.close(first, 1.0)
    assert gate.turn(third) == pytest.approx(1.0)
    assert gate.turn(second) == pytest.approx(1.0)
    clock.now += 1.0
    assert gate.turn(second) == POLL  # the call that was refused goes first
    assert gate.turn(first, own_end) == 0.0
    spacing = gate.turn(second)
    assert SPACING[0] <= spacing <= SPACING[1]
    clock.now += spacing
    assert gate.turn(third) == POLL
    assert gate.turn(second) == 0.0
    clock.now += SPACING[1]
    assert gate.turn(third) == 0.0
    assert gate.turn(first) == 0.0  # all through: open again, no spacing


def test_a_call_that_leaves_gives_up_its_place() -> None:
    clock = Clock()
    gate = RateGate(lambda: 0.0, clock)
    first, second = gate.ticket(), gate.ticket()
    gate.close(first, 0.5)
    clock.now += 0.5
    assert gate.turn(second) == POLL
    gate.leave(first)
    assert gate.turn(second) == 0.0
