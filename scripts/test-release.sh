#!/usr/bin/env bash
# The release checks CI runs: the release dry run (scripts/release.sh --dry-run: tarballs with publint and attw,
# wheel + sdist with twine check, the wheel imported from a fresh venv, the publish plan) and the versioning flow
# on scratch copies of the repository (tests/release/). Run after scripts/test-python.sh (both need its venv).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/run-vitest.sh"

echo "==> release: dry run"
bash scripts/release.sh --dry-run
echo "==> release: versioning flow (tests/release)"
run_vitest release pnpm vitest run --config tests/release/vitest.config.ts || status=$?
exit "${status:-0}"
