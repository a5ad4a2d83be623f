#!/usr/bin/env bash
# The release checks CI runs: the release dry run (scripts/release.sh --dry-run: tarballs with publint and attw,
# wheel + sdist with twine check, the wheel imported from a fresh venv, the publish plan) and the versioning flow
# on scratch copies of the repository (tests/release/). Run after scripts/test-python.sh (both need its venv).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

echo "==> release: dry run"
bash scripts/release.sh --dry-run
echo "==> release: versioning flow (tests/release)"
results="$(mktemp -d)/release.json"
status=0
pnpm vitest run --config tests/release/vitest.config.ts --reporter=default --reporter=json --outputFile="$results" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`release: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" || true
exit "$status"
