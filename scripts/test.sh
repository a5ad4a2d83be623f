#!/usr/bin/env bash
# Installs what the tests need (pnpm into .tools/, the workspace), builds, type-checks and runs every test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/run-vitest.sh"

echo "==> build"
pnpm turbo run build --output-logs=errors-only
echo "==> typecheck"
pnpm turbo run typecheck --output-logs=errors-only
pnpm exec tsc -p conformance
pnpm exec tsc -p scripts
pnpm exec tsc -p tests/release
echo "==> vitest"
run_vitest vitest pnpm vitest run || status=$?
[ "${status:-0}" -eq 0 ] || exit "${status:-0}"

echo "==> runtimes (workerd, Deno, Chromium, packed ESM/CJS consumers)"
bash "$ROOT/scripts/test-runtimes.sh"

echo "==> python"
bash "$ROOT/scripts/test-python.sh"
echo "==> release (dry run: npm tarballs with publint + attw, wheel + sdist with twine; versioning flow)"
bash "$ROOT/scripts/test-release.sh"
echo "==> examples (node, python, deno, worker, browser against one sandbox)"
bash "$ROOT/scripts/test-examples.sh"

echo "==> docs (apps/docs built below a path prefix; every sample against the sandbox; the site in Chromium)"
DOCS_BASE=/tokkit-docs/ pnpm --filter @tokkit/docs build
run_vitest docs pnpm --filter @tokkit/docs test -- || status=$?
exit "${status:-0}"
