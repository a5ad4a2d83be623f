"""How long `import tokkit` takes next to `import httpx`, in fresh processes. Reported, not a test.

    packages/python/.venv/bin/python bench/python_import.py [--rounds 21] [--no-bytecode]

Each round starts one fresh interpreter per contestant, in turn (interleaved, so a busy machine slows all alike),
and each prints how long its import statement took (`time.perf_counter()` around it: interpreter start-up is left
out). Bytecode goes to a temporary `PYTHONPYCACHEPREFIX`, written by one warm-up run, as an installed wheel has it;
`--no-bytecode` compiles every module on every start instead (an editable install with `PYTHONDONTWRITEBYTECODE`).

Contestants: `import httpx` (what tokkit stands on), `import tokkit`, and each with a first client made
(`httpx.Client()`, `TikAPI()`): that is when httpx loads httpcore (which tries anyio). Prints the medians, the
ratio to httpx (of the medians, and the median of each round's own ratio), and which of anyio / asyncio each one
has loaded. Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_PYTHON = REPO / "packages" / "python" / ".venv" / "bin" / "python"
TARGET = 1.2

PROBE = """
import json, sys, time
t = time.perf_counter()
{statement}
elapsed = time.perf_counter() - t
print(json.dumps({{"ms": elapsed * 1000, "loaded": [m for m in ("anyio", "asyncio") if m in sys.modules]}}))
"""
CONTESTANTS = {
    "import httpx": "import httpx",
    "import tokkit": "import tokkit",
    "import httpx + httpx.Client()": "import httpx\nhttpx.Client().close()",
    "import tokkit + TikAPI()": "from tokkit import TikAPI\nTikAPI('k').close()",
}


def run(python: str, statement: str, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run(
        [python, "-c", PROBE.format(statement=statement)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module on every start")
    parser.add_argument("--python", default=str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tokkit-import-") as cache:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env["PYTHONPYCACHEPREFIX"] = cache
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        for statement in CONTESTANTS.values():
            run(args.python, statement, env)  # warm-up: writes the bytecode (unless --no-bytecode), fills OS caches
        times: dict[str, list[float]] = {name: [] for name in CONTESTANTS}
        loaded: dict[str, object] = {}
        for _ in range(args.rounds):
            for name, statement in CONTESTANTS.items():
                result = run(args.python, statement, env)
                times[name].append(float(str(result["ms"])))
                loaded[name] = result["loaded"]
    version = subprocess.run(
        [args.python, "-c", "import sys, httpx; print(sys.version.split()[0], httpx.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    mode = "compiled on every start" if args.no_bytecode else "bytecode cached"
    print(f"Python {version[0]}, httpx {version[1]}; {args.rounds} rounds, interleaved; {mode}")
    base = statistics.median(times["import httpx"])
    print(f"  {'':32}{'median':>10}{'min':>10}{'max':>10}{'vs httpx':>10}   loaded")
    for name, samples in times.items():
        median = statistics.median(samples)
        shown = ", ".join(str(m) for m in loaded[name]) or "-"  # type: ignore[attr-defined]
        print(
            f"  {name:32}{median:>8.1f}ms{min(samples):>8.1f}ms{max(samples):>8.1f}ms{median / base:>9.2f}x   {shown}"
        )
    ratio = statistics.median(times["import tokkit"]) / base
    # Each round's own ratio, then their median: steadier when the machine's load changes during the run.
    paired = statistics.median(t / h for t, h in zip(times["import tokkit"], times["import httpx"], strict=True))
    verdict = "within" if ratio <= TARGET else "above"
    print(f"import tokkit / import httpx = {ratio:.2f}x ({verdict} the {TARGET}x target); per round: {paired:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
