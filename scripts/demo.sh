#!/usr/bin/env bash
# The demo: installs (pnpm into .tools/, the workspace), builds, then runs examples/node/demo.ts with tsx.
# It starts the offline sandbox on a free port and uses the SDK against it: no network, no API key.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

echo "==> build"
pnpm turbo run build --output-logs=errors-only
echo "==> demo"
pnpm --filter tokkit-example-node exec tsx demo.ts
