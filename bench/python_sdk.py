"""Benchmark of the Python SDK (tokkit) against the sandbox started as a real process. Reported, not a test.

    packages/python/.venv/bin/pip install -e 'packages/python[dev,bench]'    # adds the official `tikapi` package
    packages/python/.venv/bin/python bench/python_sdk.py [--rounds 5] [--calls 500]

1. Sequential paging of 2,000 items (the comments of video 7109178205151464746, 30 per page, 67 pages) with
   tokkit (sync `items()`, async `async for`, and the official-style `next_items()` loop) and with the official
   `tikapi` SDK from PyPI in the same run, all against the same local sandbox.
2. Per-call overhead: `public.check` N times through tokkit and through a bare `httpx.Client` (same pooled
   connection, same headers), over the sandbox and over an in-memory httpx.MockTransport (which isolates the
   SDK's own CPU cost: validation, URL forming, JSON, retries bookkeeping, response wrapping).

Contestants take turns round by round; prints medians. Exits 1 only when a run returns the wrong items.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import tokkit
from tokkit import DEMO_API_KEY, AsyncTikAPI, TikAPI

REPO = Path(__file__).resolve().parents[1]
CLI = REPO / "packages" / "sandbox" / "dist" / "cli.js"
VIDEO_ID = "7109178205151464746"
ITEMS = 2_000
PAGE = 30


@contextmanager
def sandbox() -> Iterator[str]:
    """The sandbox as a real process on a free port; stopped with SIGTERM."""
    node = shutil.which("node")
    if node is None or not CLI.is_file():
        sys.exit(f"needs node and {CLI.relative_to(REPO)} (run the JS build: pnpm turbo run build)")
    process = subprocess.Popen([node, str(CLI), "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=REPO)
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None

    def read() -> None:
        for line in process.stdout or ():
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    match = re.match(r"tokkit-sandbox listening on (\S+)", lines.get(timeout=30))
    if match is None:
        process.kill()
        sys.exit("the sandbox did not start")
    try:
        yield match.group(1)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)


def interleaved(runs: dict[str, Callable[[], Any]], rounds: int, repeat: int = 1) -> dict[str, list[float]]:
    """Seconds per run of each contestant, taking turns round by round (after one warm-up each), so that drift
    of the machine or of the sandbox weighs on all of them alike."""
    for run in runs.values():
        for _ in range(max(1, repeat // 10)):
            run()
    samples: dict[str, list[float]] = {label: [] for label in runs}
    for _ in range(rounds):
        for label, run in runs.items():
            started = time.perf_counter()
            for _ in range(repeat):
                run()
            samples[label].append((time.perf_counter() - started) / repeat)
    return samples


# ---- 1. paging 2,000 items -------------------------------------------------------------------------------------


def tokkit_items(base_url: str) -> Callable[[], list[str]]:
    api = TikAPI(sandbox=True, base_url=base_url)

    def run() -> list[str]:
        stream = api.public.commentsList.items(media_id=VIDEO_ID, count=PAGE, max_items=ITEMS)
        return [comment["cid"] for comment in stream]

    return run


def tokkit_next_items(base_url: str) -> Callable[[], list[str]]:
    api = TikAPI(sandbox=True, base_url=base_url)

    def run() -> list[str]:
        got: list[str] = []
        r: tokkit.TikAPIResponse | None = api.public.commentsList(media_id=VIDEO_ID, count=PAGE)
        while r and len(got) < ITEMS:
            got += [comment["cid"] for comment in r.json()["comments"]]
            r = r.next_items()
        return got[:ITEMS]

    return run


def tokkit_async_items(base_url: str) -> Callable[[], list[str]]:
    def run() -> list[str]:
        async def walk() -> list[str]:
            async with AsyncTikAPI(sandbox=True, base_url=base_url) as api:
                stream = api.public.commentsList.items(media_id=VIDEO_ID, count=PAGE, max_items=ITEMS)
                return [comment["cid"] async for comment in stream]

        return asyncio.run(walk())

    return run


def official_next_items(base_url: str) -> Callable[[], list[str]] | str:
    """The official SDK's documented loop. Its base URL is a local of a closure, so its one HTTP function is
    patched to send to the sandbox instead (it reads `https://api.tikapi.io` or `http://sandbox.tikapi.io`)."""
    try:
        import tikapi  # type: ignore[import-untyped]
        import tikapi.api as official_api  # type: ignore[import-untyped]
    except ImportError:
        return "the official `tikapi` package is not installed (pip install -e 'packages/python[bench]')"

    send = official_api.make_request

    def to_sandbox(url: str, method: str, kwargs: dict[str, Any]) -> Any:
        for origin in ("https://api.tikapi.io", "http://sandbox.tikapi.io"):
            if url.startswith(origin):
                url = base_url + url[len(origin) :]
        return send(url, method, kwargs)

    official_api.make_request = to_sandbox
    api = tikapi.TikAPI(DEMO_API_KEY)

    def run() -> list[str]:
        got: list[str] = []
        r = api.public.commentsList(media_id=VIDEO_ID, count=PAGE)
        while r and len(got) < ITEMS:
            got += [comment["cid"] for comment in r.json()["comments"]]
            r = r.next_items()
        return got[:ITEMS]

    return run


# ---- 2. per-call overhead --------------------------------------------------------------------------------------


def overhead(base_url: str, transport: httpx.BaseTransport | None, calls: int, rounds: int) -> tuple[float, float]:
    headers = {"Accept": "application/json", "X-API-KEY": DEMO_API_KEY}
    url = f"{base_url.rstrip('/')}/public/check?username=lilyachty"
    bare = httpx.Client(transport=transport) if transport else httpx.Client()
    sdk_http = httpx.Client(transport=transport) if transport else None
    api = TikAPI(sandbox=True, base_url=base_url, http_client=sdk_http)

    def bare_call() -> object:
        response = bare.get(url, headers=headers)
        response.raise_for_status()
        return response.json()

    def sdk_call() -> object:
        return api.public.check(username="lilyachty").json()

    labels = ("bare httpx.Client.get + .json()", "tokkit api.public.check(...).json()")
    try:
        samples = interleaved(dict(zip(labels, (bare_call, sdk_call), strict=True)), rounds, repeat=calls)
        b, s = (statistics.median(samples[label]) for label in labels)
        for label, value in zip(labels, (b, s), strict=True):
            print(f"  {label:<44} {value * 1e6:9.1f} µs/call")
    finally:
        bare.close()
        api.close()
        if sdk_http:
            sdk_http.close()
    return b, s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()
    python = sys.version.split()[0]
    print(f"tokkit {tokkit.__version__}, httpx {httpx.__version__}, Python {python}, {os.cpu_count()} CPUs")
    failed = False
    with sandbox() as base_url:
        print(f"sandbox: {base_url}\n")
        print(f"1. sequential paging: {ITEMS} comments of video {VIDEO_ID}, {PAGE} per page, median of {args.rounds}")
        runs: dict[str, Callable[[], list[str]] | str] = {
            "tokkit TikAPI items(max_items=2000)": tokkit_items(base_url),
            "tokkit TikAPI next_items() loop": tokkit_next_items(base_url),
            "tokkit AsyncTikAPI async for items()": tokkit_async_items(base_url),
            "official tikapi 3.2.2 next_items() loop": official_next_items(base_url),
        }
        reference: list[str] | None = None
        results: dict[str, float] = {}
        usable: dict[str, Callable[[], list[str]]] = {}
        for label, run in runs.items():
            if isinstance(run, str):
                print(f"  {label:<44} not run: {run}")
                continue
            try:
                run()
            except Exception as error:  # a benchmark reports what failed and goes on
                print(f"  {label:<44} failed: {type(error).__name__}: {error}")
                continue
            usable[label] = run
        samples = interleaved(usable, args.rounds)
        for label, run in usable.items():
            got = run()
            seconds = statistics.median(samples[label])
            reference = reference or got
            ok = len(got) == ITEMS and len(set(got)) == ITEMS and got == reference
            failed |= not ok
            results[label] = seconds
            pages = -(-ITEMS // PAGE)
            print(
                f"  {label:<44} {seconds * 1000:8.1f} ms  {ITEMS / seconds:8.0f} items/s  "
                f"{seconds / pages * 1000:6.2f} ms/page  {'ok' if ok else 'WRONG ITEMS'}"
            )
        official = results.get("official tikapi 3.2.2 next_items() loop")
        ours = results.get("tokkit TikAPI items(max_items=2000)")
        if official and ours:
            print(f"  official / tokkit: {official / ours:.2f}x")

        print(f"\n2. per-call overhead: public.check, {args.calls} calls x {args.rounds} rounds (median)")
        print("  over the sandbox (real sockets, one pooled keep-alive connection each):")
        b, s = overhead(base_url, None, args.calls, args.rounds)
        print(f"  tokkit / bare httpx: {s / b:.2f}x  (+{(s - b) * 1e6:.1f} µs/call)")
        body = json.dumps({"status": "success", "userInfo": {"user": {"uniqueId": "lilyachty"}}}).encode()
        mock = httpx.MockTransport(lambda _request: httpx.Response(200, content=body))
        print("  over httpx.MockTransport (no network: the SDK's own CPU cost):")
        b, s = overhead(base_url, mock, args.calls * 4, args.rounds)
        print(f"  tokkit / bare httpx: {s / b:.2f}x  (+{(s - b) * 1e6:.1f} µs/call)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
