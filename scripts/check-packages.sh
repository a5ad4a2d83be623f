#!/usr/bin/env bash
# Package hygiene of every published package (packages/*/package.json that is not private), checked on the
# tarballs users get: `pnpm pack` (workspace: ranges resolved), then publint --strict and attw on each tarball.
# Usage: scripts/check-packages.sh [DIR]  — the tarballs are left in DIR (a temporary folder when none is given).
# attw runs with --profile node16: the node10 profile (TypeScript's legacy `moduleResolution: node`)
# ignores `exports`, so it can never see subpaths such as @tokkit/core/spec.json or @tokkit/sandbox/handler.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

OUT="${1:-}"
if [ -z "$OUT" ]; then
  OUT="$(mktemp -d)"
  trap 'rm -rf "$OUT"' EXIT
fi
mkdir -p "$OUT"

echo "==> build"
pnpm turbo run build --output-logs=errors-only
status=0
for manifest in packages/*/package.json; do
  dir="$(dirname "$manifest")"
  if node -e "process.exit(require('./$manifest').private ? 0 : 1)"; then continue; fi
  tarball="$(cd "$dir" && pnpm pack --pack-destination "$OUT" | tail -1)"
  echo "==> $dir: $(basename "$tarball"): publint"
  pnpm exec publint run --strict "$tarball" || status=1
  echo "==> $dir: $(basename "$tarball"): attw"
  pnpm exec attw "$tarball" --profile node16 --format table-flipped || status=1
done
exit "$status"
