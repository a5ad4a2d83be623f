#!/usr/bin/env bash
# Every example in examples/ (node, python, deno, worker, browser) against one sandbox on 127.0.0.1, found through
# TIKAPI_BASE_URL (tests/examples/). Run after the build and scripts/test-python.sh (the Python examples use its
# venv); the browser example needs Debian's chromium, which scripts/test-runtimes.sh installs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/run-vitest.sh"

# The TypeScript examples are type-checked by `pnpm turbo run typecheck` (scripts/test.sh); the Python ones here.
echo "==> examples: ruff and mypy --strict on examples/python"
packages/python/.venv/bin/python -m ruff check --config packages/python/pyproject.toml examples/python
packages/python/.venv/bin/python -m ruff format --check --config packages/python/pyproject.toml examples/python
packages/python/.venv/bin/python -m mypy --strict --config-file packages/python/pyproject.toml examples/python

echo "==> examples: run against the sandbox"
run_vitest examples pnpm --filter @tokkit/example-tests test -- || status=$?
exit "${status:-0}"
