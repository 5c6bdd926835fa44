#!/usr/bin/env bash
# Reads the log of a `dotnet test` run and prints the closing line "N passed, N failed"; exits non-zero on any failure.
# PostgreSQL rows that were skipped count as failed when MNDCARE_TEST_POSTGRES is set: PostgreSQL was expected to run them.
# Usage: eng/test-summary.sh <test log> <exit status of dotnet test>
set -uo pipefail
log=${1:?usage: eng/test-summary.sh <test log> <exit status>}
status=${2:?usage: eng/test-summary.sh <test log> <exit status>}

say() { echo "[test.sh] $*" >&2; }
finish() { echo "$1 passed, $2 failed"; exit "$3"; }

passed=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
failed=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
if [ -z "$passed" ] || [ -z "$failed" ]; then
  say "no test summary found (exit code $status)"; finish "${passed:-0}" "${failed:-1}" 1
fi
if [ "$failed" -ne 0 ]; then
  # The failures again, at the end, where a truncated CI log still shows them.
  echo "Failed tests:"
  awk '/^failed / { n = 14; print; next } n > 0 && /^  / && !/"EventId"/ { n--; print; next } { n = 0 }' "$log" | head -n 150
fi
if [ -n "${MNDCARE_TEST_POSTGRES:-}" ]; then
  skipped_postgres=$(grep -cE '^skipped .*Postgres' "$log")
  if [ "$skipped_postgres" -gt 0 ]; then
    say "$skipped_postgres PostgreSQL rows were skipped although PostgreSQL was expected (MNDCARE_TEST_POSTGRES is set):"
    grep -E -A1 '^skipped .*Postgres' "$log" | head -n 40 >&2
    failed=$((failed + skipped_postgres))
  fi
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "the test run exited with $status"; failed=1
fi
finish "$passed" "$failed" "$([ "$failed" -eq 0 ] && echo 0 || echo 1)"
