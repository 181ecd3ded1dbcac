#!/usr/bin/env bash
# Benchmark of the HTTP API on loopback: p50/p95 of /api/tenants and of a demo tenant's measures
# list (page of 50, signed in) against /health and against the raw SQL the tenant list needs; a
# 1,000-measure workbook import against PostgreSQL COPY of the same rows; the 5,249-row LeiKa file
# (../shared/data) through the catalogue import against COPY of the file; the regional availability
# over 76 tenants against the raw SQL that finds the same pairs; the survey report at 76 tenants and
# at ~11,000 synthetic tenants from GV100AD against a jsonb SQL aggregation of the same answers; all
# measured in the same run; and the Blazor page load of the measures page in Chromium (when
# installed) against /health. Starts its own private PostgreSQL and a published Release build of
# the host; everything stops when it is done.
#   ./etc/bench/run.sh [requests per target (2000)] [concurrency (8)]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../scripts/lib/postgres.sh
source "$ROOT/etc/scripts/lib/postgres.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

REQUESTS="${1:-2000}"
CONCURRENCY="${2:-8}"
HTTP_PORT="${OWLDIGITAL_BENCH_PORT:-5090}"
PORT=55440
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done

WORK=$(mktemp -d /tmp/owldigital-bench.XXXXXX)
chmod 755 "$WORK"
DATA="$WORK/postgres"
HOST_PID=""
cleanup() {
  if [ -n "$HOST_PID" ]; then kill -INT "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; fi
  owl_pg_stop "$DATA"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

owl_pg_start "$DATA" "$PORT"
owl_pg_prepare_roles "$PORT"
owl_pg_ensure_database "$PORT" owl_bench
export ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=owl_bench;Username=$OWL_PG_APP_ROLE"
export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PORT;Database=owl_bench;Username=$OWL_PG_OWNER_ROLE"

owl_log "building (Release)"
dotnet build "$ROOT/src/OwlDigital.DbMigrator" -c Release -nologo -v q -clp:ErrorsOnly
# Published, as an installation runs it: outside Development only the publish output carries the
# static web assets (Radzen's script and styles) that the Blazor page load needs.
dotnet publish "$ROOT/angular-free-ui/OwlDigital.Blazor" -c Release -o "$WORK/host" -nologo -v q -clp:ErrorsOnly
dotnet build "$ROOT/etc/bench/OwlDigital.Bench" -c Release -nologo -v q -clp:ErrorsOnly
# Demo mode seeds Minden's measures plan and its CDO, whose token reads the measures list.
BENCH_PASSWORD="Bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 10)-7a"
DOTNET_ENVIRONMENT=Development OWLDIGITAL_DEMO_PASSWORD="$BENCH_PASSWORD" \
  dotnet run --no-build -c Release --project "$ROOT/src/OwlDigital.DbMigrator" >/dev/null
export OWLDIGITAL_BENCH_EMAIL="cdo-minden@owl-demo.example" OWLDIGITAL_BENCH_PASSWORD="$BENCH_PASSWORD"

owl_log "starting the host on 127.0.0.1:$HTTP_PORT"
# Request logging to the console would measure the terminal, not the application. The demo's host
# admin signs in with a password only, so the Production rule "host admins need two steps" is off.
(cd "$WORK/host" && exec env \
  ASPNETCORE_ENVIRONMENT=Production \
  AccountSecurity__RequireTwoFactorForHostAdmins=false \
  Serilog__MinimumLevel__Default=Warning \
  "Serilog__MinimumLevel__Override__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning" \
  Serilog__WriteTo__1__Args__path="$WORK/logs/owldigital-.log" \
  dotnet "OwlDigital.Blazor.dll" --urls "http://127.0.0.1:$HTTP_PORT") &
HOST_PID=$!
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/health" 2>/dev/null && break
  kill -0 "$HOST_PID" 2>/dev/null || owl_die "the host did not start"
  sleep 1
done

# The Blazor page load runs in Debian's Chromium when it is installed (test.sh installs it).
export OWLDIGITAL_CHROMIUM="${OWLDIGITAL_CHROMIUM:-$(command -v chromium || true)}"
if [ -d "$ROOT/../shared/data" ]; then export OWLDIGITAL_SHARED_DATA="$(cd "$ROOT/../shared/data" && pwd)"; fi
dotnet "$ROOT/etc/bench/OwlDigital.Bench/bin/Release/net10.0/OwlDigital.Bench.dll" "http://127.0.0.1:$HTTP_PORT/" "$REQUESTS" "$CONCURRENCY"
