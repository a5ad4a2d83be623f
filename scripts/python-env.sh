# Sourced by test-python.sh and release.sh: the venv at packages/python/.venv (created with the machine's python3,
# 3.10+, or reused when it was made by the same interpreter version), with the package installed editable with its
# dev extra. Sets ROOT, PKG, VENV and VPY.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PKG="$ROOT/packages/python"
VENV="$PKG/.venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
PY="${PYTHON:-python3}"

if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' 2>/dev/null; then
  echo "error: $PY is missing or older than Python 3.10" >&2
  exit 1
fi

# Reuse the venv only when it works and was made by the same interpreter version.
WANT="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ -x "$VENV/bin/python" ] && [ "$("$VENV/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null || true)" = "$WANT" ]; then
  echo "==> python: reusing packages/python/.venv (Python $WANT)"
else
  echo "==> python: creating packages/python/.venv with $("$PY" --version)"
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
fi
VPY="$VENV/bin/python"

echo "==> python: pip install -e 'packages/python[dev]'"
"$VPY" -m pip install --quiet --upgrade pip
# The distribution was called `tokkit` before it became `tokkit-sdk`: drop that install from older venvs.
if "$VPY" -m pip show --quiet tokkit >/dev/null 2>&1; then "$VPY" -m pip uninstall --quiet --yes tokkit; fi
"$VPY" -m pip install --quiet -e "$PKG[dev]"

