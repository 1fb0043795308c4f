#!/usr/bin/env bash
# Runs after the README's test command in CI (.ci/run): checks that the build left src/Generated
# unchanged (the committed generated code must match openapi/ + nswag.json) and prints
# "N passed, N failed, N skipped" from the test results the command wrote.
# Usage: build/ci-report.sh <results-directory> <exit status of the test command>
set -euo pipefail
cd "$(dirname "$0")/.."
results="$1"
status="$2"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  if [ -n "$(git status --porcelain -- src/Generated)" ]; then
    echo "src/Generated differs from what is committed: regenerate (dotnet build) and commit the result." >&2
    git status --short -- src/Generated >&2
    git --no-pager diff --stat -- src/Generated >&2
    status=1
  fi
fi

passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "No test results were found in $results." >&2
  status=1
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
