#!/usr/bin/env bash
# The README's test command: installs what the suite needs and is missing, then runs every test.
#   bash tests/run.sh            (extra arguments go to dotnet test, e.g. --filter ...)
# Installs what is missing: Azurite, axe-core, and Redocly CLI + jsonld + csv-parse (npm ci from the
# committed lock files in tests/azurite, tests/browser and tests/tools); Debian's chromium for the
# browser tests and libhttp-oai-perl (the oai_pmh harvester) for the OAI-PMH tests (apt-get; as
# root, or through sudo). Nothing downloads a browser of its own.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# npm ci when node_modules is missing or older than the lock file.
npm_ci() {
  local dir=$1 marker=$1/node_modules/.package-lock.json
  if [ ! -f "$marker" ] || [ "$dir/package-lock.json" -nt "$marker" ]; then
    echo "==> npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

npm_ci tests/azurite
npm_ci tests/browser
npm_ci tests/tools

# apt-get install as root, or through sudo; the package lists are refreshed once per run.
apt_updated=""
apt_install() {
  local as_root=""
  [ "$(id -u)" -eq 0 ] || as_root="sudo"
  if [ -z "$apt_updated" ]; then
    $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian chromium (browser tests)"
  # The Noto fonts only make Arabic and Chinese screenshots legible; the tests pass without them.
  apt_install chromium fonts-noto-core fonts-noto-cjk
fi

if ! command -v oai_pmh >/dev/null; then
  echo "==> installing Debian libhttp-oai-perl (the oai_pmh harvester of the OAI-PMH tests)"
  apt_install libhttp-oai-perl
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
if [ "$status" -eq 0 ] && [ "$projects" -lt 4 ]; then
  echo "expected a summary from every test project, got ${projects}" >&2
  exit 1
fi
exit "$status"
