#!/usr/bin/env bash
# Builds the solution and runs every test project against a private, throw-away PostgreSQL
# cluster, with Debian's Chromium for the browser tests. Installs PostgreSQL and Chromium when
# they are missing. Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Tenant").
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=lib/postgres.sh
source "$ROOT/etc/scripts/lib/postgres.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v dotnet >/dev/null 2>&1 || owl_die "the .NET 10 SDK (dotnet) is not on PATH"

if ! command -v chromium >/dev/null 2>&1; then
  owl_apt_install chromium fonts-liberation
fi
export OWLDIGITAL_CHROMIUM="${OWLDIGITAL_CHROMIUM:-$(command -v chromium)}"

# axe-core, for the accessibility check the browser tests run inside Chromium (pinned in etc/axe).
if ! command -v npm >/dev/null 2>&1; then
  owl_apt_install nodejs npm
fi
if [ ! -f "$ROOT/etc/axe/node_modules/axe-core/axe.min.js" ]; then
  owl_log "installing axe-core"
  npm ci --prefix "$ROOT/etc/axe" --no-audit --no-fund --loglevel=error
fi
export OWLDIGITAL_AXE="$ROOT/etc/axe/node_modules/axe-core/axe.min.js"

# A port nobody listens on, starting from 55433 (run.sh uses 55432).
PORT="${OWLDIGITAL_TEST_PG_PORT:-55433}"
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done

WORK=$(mktemp -d /tmp/owldigital-test.XXXXXX)
chmod 755 "$WORK"
DATA="$WORK/postgres"
cleanup() {
  owl_pg_stop "$DATA"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Durability is worthless for a cluster that is deleted after the run; speed is not.
owl_pg_start "$DATA" "$PORT" "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
owl_pg_prepare_roles "$PORT"
export OWLDIGITAL_TEST_PG="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres"
export OWLDIGITAL_TEST_OWNER_ROLE="$OWL_PG_OWNER_ROLE" OWLDIGITAL_TEST_APP_ROLE="$OWL_PG_APP_ROLE"

owl_log "building"
dotnet build "$ROOT/OwlDigital.sln" -nologo -v q -clp:ErrorsOnly

RESULTS="$ROOT/artifacts/test-results"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export OWLDIGITAL_TEST_ARTIFACTS="$ROOT/artifacts/test-output"

owl_log "testing"
set +e
dotnet test "$ROOT/OwlDigital.sln" --no-build -nologo --results-directory "$RESULTS" --logger "trx" "$@" 2>&1 | tee "$WORK/test.log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects, in the form CI reads: "N passed, N failed, N skipped".
awk '
  /^(Passed|Failed)!/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i + 1))
      if ($i == "Failed:") failed += $(i + 1)
      if ($i == "Passed:") passed += $(i + 1)
      if ($i == "Skipped:") skipped += $(i + 1)
    }
    projects++
  }
  END { printf "\nTest projects: %d\n%d passed, %d failed, %d skipped\n", projects, passed, failed, skipped }
' "$WORK/test.log"
exit "$status"
