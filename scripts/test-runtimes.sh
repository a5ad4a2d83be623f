#!/usr/bin/env bash
# Cross-runtime tests (tests/runtimes/), all against @tokkit/sandbox on 127.0.0.1: a Worker in workerd
# (miniflare), a Deno script, a page in headless Chromium through createProxy, and Node ESM/CJS consumers
# of the packed packages with tsc on .mts/.cts. npm packages come from tests/runtimes/package.json; the
# only system package is Debian's chromium (playwright-core never downloads a browser).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
source "$ROOT/scripts/run-vitest.sh"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "tests/runtimes needs /usr/bin/chromium: run 'apt-get install -y chromium' as root" >&2
    exit 1
  fi
  echo "==> apt-get install chromium"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

echo "==> build"
pnpm turbo run build --output-logs=errors-only
echo "==> runtime tests"
run_vitest runtimes pnpm --filter @tokkit/runtime-tests test -- || status=$?
exit "${status:-0}"
