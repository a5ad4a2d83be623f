#!/usr/bin/env bash
# Publishes the release: every package at the one version they share (see scripts/release/lockstep.ts).
#   bash scripts/release.sh --dry-run   everything up to the upload, no token needed, nothing sent (CI runs this)
#   bash scripts/release.sh             the same checks, then the uploads
# Steps: the versions are in step (pnpm version-packages wrote them); build and `pnpm pack` every npm package, with
# publint and attw on the tarballs (scripts/check-packages.sh); wheel + sdist with `python -m build`, `twine check`,
# the wheel installed in a fresh venv and imported; then the uploads, PyPI first (npm names are easier to fix than
# a PyPI file, which can never be uploaded twice), each only when the registry does not have that version yet.
# Credentials for the real run are the tools' own: twine reads TWINE_USERNAME=__token__ and TWINE_PASSWORD (a PyPI
# API token); npm reads its token from ~/.npmrc or NODE_AUTH_TOKEN through an .npmrc line.
set -euo pipefail
DRY_RUN=0
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    *) echo "usage: scripts/release.sh [--dry-run]" >&2; exit 2 ;;
  esac
done
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "==> release: versions in step"
pnpm exec tsx scripts/release/write-python-version.ts --check
pnpm exec tsx scripts/release/plan.ts --lines >"$OUT/plan.txt"
cat "$OUT/plan.txt"

echo "==> release: npm tarballs (build, pack, publint, attw)"
bash scripts/check-packages.sh "$OUT/npm"

echo "==> release: Python wheel + sdist"
source scripts/python-env.sh
cd "$ROOT"
"$VPY" -m build --no-isolation --wheel --sdist --outdir "$OUT/python" packages/python >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
"$VPY" -m twine check --strict "$OUT"/python/*
read -r _ PY_NAME PY_VERSION _ < <(grep '^pypi ' "$OUT/plan.txt")
WHEEL="$(ls "$OUT"/python/*.whl)"

echo "==> release: the wheel in a fresh venv"
"$VPY" -m venv "$OUT/fresh"
"$OUT/fresh/bin/python" -m pip install --quiet "$WHEEL"
(cd "$OUT" && "$OUT/fresh/bin/python" - "$PY_NAME" "$PY_VERSION" <<'PYCHECK'
import sys
from importlib.metadata import version

import tokkit

name, wanted = sys.argv[1], sys.argv[2]
assert tokkit.__version__ == wanted, f"tokkit.__version__ is {tokkit.__version__}, expected {wanted}"
assert version(name) == wanted, f"{name} is installed at {version(name)}, expected {wanted}"
assert tokkit.__file__ and "/fresh/" in tokkit.__file__, f"imported from {tokkit.__file__}, not the fresh venv"
print(f"import tokkit: {name} {wanted} from the wheel")
PYCHECK
)

# The registry's answer decides: a version it already has is skipped, so a failed run can be re-run.
on_pypi() { "$VPY" -m pip index versions "$1" 2>/dev/null | grep -Eq "^Available versions:.*[ ,]$2(,|$)"; }
on_npm() { [ "$(npm view "$1@$2" version 2>/dev/null)" = "$2" ]; }

echo "==> release: publish$([ "$DRY_RUN" = 1 ] && echo ' (dry run: nothing is sent)')"
while read -r registry name version _; do
  if [ "$registry" = pypi ]; then
    files=("$OUT"/python/*)
    if [ "$DRY_RUN" = 1 ]; then
      echo "would publish $name $version to PyPI: $(basename -a "${files[@]}" | tr '\n' ' ')(twine upload, unless PyPI has $version)"
    elif on_pypi "$name" "$version"; then
      echo "$name $version is on PyPI already: skipped"
    else
      "$VPY" -m twine upload --non-interactive "${files[@]}"
    fi
  fi
done <"$OUT/plan.txt"
while read -r registry name version _; do
  [ "$registry" = npm ] || continue
  tarball="$OUT/npm/$(echo "${name#@}" | tr / -)-$version.tgz"
  [ -f "$tarball" ] || { echo "error: no tarball for $name@$version ($tarball)" >&2; exit 1; }
  if [ "$DRY_RUN" = 1 ]; then
    echo "would publish $name@$version to npm: $(basename "$tarball") (npm publish, unless npm has $version)"
  elif on_npm "$name" "$version"; then
    echo "$name@$version is on npm already: skipped"
  else
    npm publish "$tarball" --access public
  fi
done <"$OUT/plan.txt"
