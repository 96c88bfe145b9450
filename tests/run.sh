#!/usr/bin/env bash
# The README's test command: installs what the suite needs and is missing, then runs every test.
#   bash tests/run.sh            (extra arguments go to dotnet test, e.g. --filter ...)
# Installs: Azurite (npm ci from tests/azurite/package-lock.json).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need_npm_ci() {
  local marker=tests/azurite/node_modules/.package-lock.json
  [ ! -x tests/azurite/node_modules/.bin/azurite ] || [ ! -f "$marker" ] || [ tests/azurite/package-lock.json -nt "$marker" ]
}

if need_npm_ci; then
  echo "==> installing Azurite (npm ci in tests/azurite)"
  (cd tests/azurite && npm ci --no-audit --no-fund --loglevel=error)
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "==> dotnet test GoSafer.sln"
set +e
dotnet test GoSafer.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole suite, summed over the per-project summaries of dotnet test
# ("Passed!  - Failed: 0, Passed: 71, Skipped: 0, Total: 71, ...").
read -r passed failed skipped < <(grep -E '^(Passed|Failed)! +- Failed:' "$log" |
  sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {print p+0, f+0, s+0}')
projects=$(grep -cE '^(Passed|Failed)! +- Failed:' "$log" || true)
echo "Total: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -eq 0 ] && [ "$projects" -lt 3 ]; then
  echo "expected a summary from every test project, got ${projects}" >&2
  exit 1
fi
exit "$status"
