#!/usr/bin/env bash
# Package hygiene of every published package (packages/*/package.json that is not private):
# publint --strict, and attw --pack (types resolve for ESM and CJS consumers).
# attw runs with --profile node16: the node10 profile (TypeScript's legacy `moduleResolution: node`)
# ignores `exports`, so it can never see subpaths such as @tokkit/core/spec.json or @tokkit/sandbox/handler.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

echo "==> build"
pnpm turbo run build --output-logs=errors-only
status=0
for manifest in packages/*/package.json; do
  dir="$(dirname "$manifest")"
  if node -e "process.exit(require('./$manifest').private ? 0 : 1)"; then continue; fi
  echo "==> $dir: publint"
  pnpm exec publint --strict "$dir" || status=1
  echo "==> $dir: attw --pack"
  (cd "$dir" && pnpm exec attw --pack . --profile node16 --format table-flipped) || status=1
done
exit "$status"
