"""Runs Python samples in order in this interpreter, each as its own __main__, and prints one JSON line of results.

A sample passes when it finishes without raising. Its own output is counted, not shown.
"""

import contextlib
import io
import json
import runpy
import sys

results = []
for path in sys.argv[1:]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(path, run_name="__main__")
        results.append({"file": path, "ok": True, "lines": out.getvalue().count("\n")})
    except BaseException as error:  # noqa: BLE001 - a sample's every failure is a result, SystemExit included
        results.append({"file": path, "ok": False, "error": f"{type(error).__name__}: {error}", "lines": 0})
print(json.dumps(results))
