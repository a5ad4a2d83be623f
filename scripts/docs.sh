#!/usr/bin/env bash
# Builds the docs site (apps/docs, no network) and serves it on a free loopback port; prints the URL.
# DOCS_BASE=/prefix/ builds and serves it below a path prefix; PORT=NNNN picks the port.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

echo "==> build the packages"
pnpm turbo run build --output-logs=errors-only --filter=@tokkit/docs^...
echo "==> build the docs"
pnpm --filter @tokkit/docs build
echo "==> serve"
cd "$ROOT/apps/docs"
exec pnpm exec tsx scripts/serve.ts
