#!/usr/bin/env bash
# Installs what the tests need (pnpm into .tools/, the workspace), builds, type-checks and runs every test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

echo "==> build"
pnpm turbo run build --output-logs=errors-only
echo "==> typecheck"
pnpm turbo run typecheck --output-logs=errors-only
echo "==> vitest"
pnpm vitest run
