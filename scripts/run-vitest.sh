# Sourced by the test scripts: run_vitest LABEL COMMAND... runs a vitest command (the JSON reporter is appended to
# it), prints its closing line as 'LABEL: N passed, N failed[, N skipped]', and returns the command's status.
run_vitest() {
  local label="$1"
  shift
  local results status=0
  results="$(mktemp -d)/$label.json"
  "$@" --reporter=default --reporter=json --outputFile="$results" || status=$?
  node -e '
    const [label, file] = process.argv.slice(1);
    const r = JSON.parse(require("fs").readFileSync(file, "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`${label}: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
  ' "$label" "$results" || true
  return "$status"
}
