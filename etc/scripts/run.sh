#!/usr/bin/env bash
# Runs OwlDigital on http://localhost:5080 with everything it needs:
#   - PostgreSQL server binaries (installed from the distribution when missing),
#   - a private cluster under .data/postgres (skipped when ConnectionStrings__Default is set),
#   - migrations and seed data (DbMigrator), then the web host.
# Ctrl+C stops the web host and the cluster; the next run reuses the data.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=lib/postgres.sh
source "$ROOT/etc/scripts/lib/postgres.sh"

URL="${OWLDIGITAL_URL:-http://localhost:5080}"
PORT="${OWLDIGITAL_PG_PORT:-55432}"
DATA="${OWLDIGITAL_PG_DATA:-$ROOT/.data/postgres}"
DATABASE="${OWLDIGITAL_PG_DATABASE:-owldigital}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# The migrator is a generic host: it reads DOTNET_ENVIRONMENT, and seeds demo logins only in Development.
export DOTNET_ENVIRONMENT="$ASPNETCORE_ENVIRONMENT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The demo's mails (invitations, resets, security notices) are files beside its database, not in the source tree.
export Emailing__PickupDirectory="${Emailing__PickupDirectory:-$ROOT/.data/mails}"

command -v dotnet >/dev/null 2>&1 || owl_die "the .NET 10 SDK (dotnet) is not on PATH"

HOST_PID=""
STARTED_CLUSTER=""
cleanup() {
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill -INT "$HOST_PID" 2>/dev/null || true
    wait "$HOST_PID" 2>/dev/null || true
  fi
  if [ -n "$STARTED_CLUSTER" ]; then
    owl_log "stopping PostgreSQL"
    owl_pg_stop "$DATA"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${ConnectionStrings__Default:-}" ]; then
  if [ "$(id -u)" -eq 0 ] && [ -z "${OWLDIGITAL_PG_DATA:-}" ] && ! runuser -u postgres -- test -x "$ROOT" 2>/dev/null; then
    # The server runs as the postgres OS user, which cannot enter this checkout (e.g. under /root).
    DATA="/var/lib/owldigital/$(printf '%s' "$ROOT" | md5sum | cut -c1-12)/postgres"
    owl_log "the postgres user cannot reach $ROOT; keeping the cluster in $DATA"
  fi
  mkdir -p "$(dirname "$DATA")"
  owl_pg_start "$DATA" "$PORT"
  STARTED_CLUSTER=1
  owl_pg_prepare_roles "$PORT"
  owl_pg_ensure_database "$PORT" "$DATABASE"
  export ConnectionStrings__Default="Host=127.0.0.1;Port=$PORT;Database=$DATABASE;Username=$OWL_PG_APP_ROLE"
  export ConnectionStrings__Migrations="Host=127.0.0.1;Port=$PORT;Database=$DATABASE;Username=$OWL_PG_OWNER_ROLE"
fi

# Demo logins get a password made for this installation on its first run (none is in the repository).
DEMO_PASSWORD_FILE="$ROOT/.data/demo-password"
if [ "$ASPNETCORE_ENVIRONMENT" = "Development" ]; then
  mkdir -p "$ROOT/.data"
  if [ ! -s "$DEMO_PASSWORD_FILE" ]; then
    (umask 077; printf 'Owl-%s-Demo7' "$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 10)" > "$DEMO_PASSWORD_FILE")
  fi
  export OWLDIGITAL_DEMO_PASSWORD="$(cat "$DEMO_PASSWORD_FILE")"
  # The demo catalogue comes from the public data files beside the checkout when they are there.
  if [ -d "$ROOT/../shared/data" ]; then
    export OWLDIGITAL_SHARED_DATA="$(cd "$ROOT/../shared/data" && pwd)"
  fi
fi

owl_log "building"
dotnet build "$ROOT/src/OwlDigital.DbMigrator/OwlDigital.DbMigrator.csproj" -nologo -v q -clp:ErrorsOnly
dotnet build "$ROOT/angular-free-ui/OwlDigital.Blazor/OwlDigital.Blazor.csproj" -nologo -v q -clp:ErrorsOnly

owl_log "migrating and seeding"
dotnet run --no-build --project "$ROOT/src/OwlDigital.DbMigrator/OwlDigital.DbMigrator.csproj"

owl_log "starting the web host"
(cd "$ROOT/angular-free-ui/OwlDigital.Blazor" && exec dotnet run --no-build --no-launch-profile --urls "$URL") &
HOST_PID=$!

for _ in $(seq 1 120); do
  kill -0 "$HOST_PID" 2>/dev/null || owl_die "the web host stopped during startup (see the messages above)"
  if curl -fsS -o /dev/null "$URL/health" 2>/dev/null; then break; fi
  sleep 1
done

cat <<BANNER

  OwlDigital is running:   $URL
  API documentation:      $URL/swagger   (OpenAPI: $URL/openapi/v1.json)
  Health:                 $URL/health  ·  $URL/health/ready
  Demo logins (password for all: ${OWLDIGITAL_DEMO_PASSWORD:-none – not the Development environment}):
    admin@owl-demo.example               host admin (DigitalBüro OWL)
    analyst@owl-demo.example             regional analyst
    interviewer-05754@owl-demo.example   district interviewer, Kreis Gütersloh (05711, 05758, 05762, 05766, 05770, 05774 likewise)
    cdo-minden@owl-demo.example          CDO of Minden          editor-minden@owl-demo.example
    cdo-bielefeld@owl-demo.example       CDO of Bielefeld       editor-bielefeld@owl-demo.example
    cdo-paderborn@owl-demo.example       CDO of Paderborn       editor-paderborn@owl-demo.example
    cdo-kreis-lippe@owl-demo.example     CDO of Kreis Lippe, also reads Detmold   editor-kreis-lippe@owl-demo.example

  Ctrl+C stops the web host and the database.

BANNER

wait "$HOST_PID"
