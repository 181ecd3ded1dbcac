# Private PostgreSQL cluster for run.sh, test.sh and the benchmark. Source it; do not run it.
# Works as root (the server then runs as the postgres OS user, which PostgreSQL insists on) and
# as a normal user. Installs the server binaries from Debian/Ubuntu when they are missing.

OWL_PG_OWNER_ROLE="${OWL_PG_OWNER_ROLE:-owl_owner}"
OWL_PG_APP_ROLE="${OWL_PG_APP_ROLE:-owl_app}"

owl_log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
owl_die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

owl_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else owl_die "need root to run: $* (install it by hand or run as root)"
  fi
}

owl_apt_install() {
  owl_log "installing $* from the distribution"
  owl_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  owl_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Sets PGBIN to the newest installed server's bin directory, installing PostgreSQL if there is none.
owl_pg_find_bin() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    owl_apt_install postgresql
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  [ -x "$PGBIN/initdb" ] || owl_die "no PostgreSQL server binaries found under /usr/lib/postgresql"
  export PGBIN
}

# Runs a server binary as the user that owns the cluster.
owl_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# owl_pg_start DATA_DIR PORT [extra server options]: initialises the cluster on first use, then starts it.
owl_pg_start() {
  local data="$1" port="$2"; shift 2
  local socket="/tmp/owldigital-pg-$port"
  owl_pg_find_bin
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || owl_die "the postgres OS user is missing (apt-get install postgresql creates it)"
    install -d -o postgres -g postgres -m 700 "$data"
    install -d -o postgres -g postgres -m 755 "$socket"
    runuser -u postgres -- test -w "$data" || owl_die "the postgres OS user cannot write $data; set OWLDIGITAL_PG_DATA to a directory it can reach"
  else
    install -d -m 700 "$data"
    install -d -m 755 "$socket"
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    owl_log "initialising a private PostgreSQL cluster in $data"
    owl_pg_as_owner "$PGBIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log" >&2; owl_die "initdb failed"; }
    rm -f "$data.initdb.log"
  fi
  if owl_pg_as_owner "$PGBIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    owl_log "PostgreSQL in $data is already running"
  else
    owl_log "starting PostgreSQL on 127.0.0.1:$port"
    owl_pg_as_owner "$PGBIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $socket $*" >/dev/null \
      || { tail -n 20 "$data/server.log" >&2; owl_die "PostgreSQL did not start (log: $data/server.log)"; }
  fi
}

owl_pg_stop() {
  local data="$1"
  [ -n "${PGBIN:-}" ] || return 0
  owl_pg_as_owner "$PGBIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
}

owl_psql() {
  local port="$1"; shift
  "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"
}

# owl_pg_prepare_roles PORT: the owner role (runs migrations, owns the tables; BYPASSRLS, because
# every tenant-owned table FORCEs row-level security, which would otherwise hide the rows from a
# data migration too) and the application role (no ownership, no superuser, no BYPASSRLS:
# row-level security applies to it; the host refuses to start otherwise).
owl_pg_prepare_roles() {
  local port="$1"
  owl_psql "$port" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OWL_PG_OWNER_ROLE') THEN
    CREATE ROLE $OWL_PG_OWNER_ROLE LOGIN NOSUPERUSER CREATEDB NOCREATEROLE BYPASSRLS;
  END IF;
  ALTER ROLE $OWL_PG_OWNER_ROLE BYPASSRLS;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$OWL_PG_APP_ROLE') THEN
    CREATE ROLE $OWL_PG_APP_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
\$\$;
SQL
}

# owl_pg_ensure_database PORT NAME: creates the database owned by the owner role if it is missing.
owl_pg_ensure_database() {
  local port="$1" name="$2"
  if [ "$(owl_psql "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" != "1" ]; then
    owl_log "creating database $name"
    owl_psql "$port" -c "CREATE DATABASE \"$name\" OWNER $OWL_PG_OWNER_ROLE"
  fi
}
