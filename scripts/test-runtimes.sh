#!/usr/bin/env bash
# Cross-runtime tests (tests/runtimes/), all against @tokkit/sandbox on 127.0.0.1: a Worker in workerd
# (miniflare), a Deno script, a page in headless Chromium through createProxy, and Node ESM/CJS consumers
# of the packed packages with tsc on .mts/.cts. npm packages come from tests/runtimes/package.json; the
# only system package is Debian's chromium (playwright-core never downloads a browser).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

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
results="$(mktemp -d)/runtimes.json"
status=0
pnpm --filter @tokkit/runtime-tests test -- --reporter=default --reporter=json --outputFile="$results" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`runtimes: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results" || true
exit "$status"
