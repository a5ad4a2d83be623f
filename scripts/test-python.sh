#!/usr/bin/env bash
# The Python SDK's checks (packages/python), as CI runs them after the JS build:
# a venv at packages/python/.venv (created with the machine's python3, 3.10+, or reused), the package with its dev
# extra, the generated-code check, ruff, mypy --strict, a wheel + sdist build, and pytest (conformance vectors,
# unit tests, and the sandbox started as a real process).
# Needs: python3 >= 3.10; packages/core/dist/spec.json and packages/sandbox/dist/cli.js from `pnpm turbo run build`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/python-env.sh"

cd "$PKG"
echo "==> python: generated endpoints are current"
"$VPY" scripts/generate_endpoints.py --check

echo "==> python: ruff check"
"$VPY" -m ruff check .
echo "==> python: ruff format --check"
"$VPY" -m ruff format --check .

echo "==> python: mypy --strict"
"$VPY" -m mypy --strict

echo "==> python: build wheel + sdist"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
"$VPY" -m build --no-isolation --wheel --sdist --outdir "$OUT" . >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
"$VPY" - "$OUT" <<'PYCHECK'
import sys, tarfile, zipfile
from pathlib import Path

out = Path(sys.argv[1])
wheels, sdists = list(out.glob("tokkit_sdk-*.whl")), list(out.glob("tokkit_sdk-*.tar.gz"))
assert len(wheels) == 1 and len(sdists) == 1, f"expected one wheel and one sdist in {out}"
names = set(zipfile.ZipFile(wheels[0]).namelist())
for needed in ("tokkit/__init__.py", "tokkit/_endpoints.py", "tokkit/_catalogue.py", "tokkit/py.typed"):
    assert needed in names, f"{needed} missing from {wheels[0].name}"
with tarfile.open(sdists[0]) as sdist:
    members = sdist.getnames()
assert any(m.endswith("src/tokkit/_endpoints.py") for m in members), "sdist lacks the generated module"
print(f"built {wheels[0].name} ({len(names)} files) and {sdists[0].name} ({len(members)} entries)")
PYCHECK

echo "==> python: pytest"
set +e
"$VPY" -m pytest -p no:cacheprovider 2>&1 | tee "$OUT/pytest.log"
STATUS=${PIPESTATUS[0]}
set -e
SUMMARY="$(grep -E '^=+ .*(passed|failed|error|no tests ran).* =+$' "$OUT/pytest.log" | tail -1 || true)"
echo "python: pytest summary: ${SUMMARY:-<none>}"
if [ "$STATUS" -eq 5 ]; then
  echo "error: pytest collected no tests" >&2
  exit 1
fi
exit "$STATUS"
