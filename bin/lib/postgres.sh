# Sourced by bin/test and the benchmarks: installs PostgreSQL from Debian's packages when missing and
# starts a throw-away server on a free local port. After `start_throwaway_postgres`, PG_PORT and
# PG_URL are set and the server stops when the calling script exits.

pg_fail() { echo "postgres: $*" >&2; exit 1; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }

ensure_postgres_installed() {
  PG_BIN=$(find_pg_bin)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    [ "$(id -u)" = 0 ] || pg_fail "PostgreSQL is missing; run as root or: apt-get install postgresql"
    echo "Installing postgresql ..."
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
      || pg_fail "could not install postgresql with apt-get"
    PG_BIN=$(find_pg_bin)
  fi
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || pg_fail "PostgreSQL's initdb is still missing"
}

free_local_port() {
  local port
  for port in $(seq "$1" "$2"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  pg_fail "no free port between $1 and $2"
}

run_as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# start_throwaway_postgres [extra server options...]
start_throwaway_postgres() {
  ensure_postgres_installed
  PG_PORT=$(free_local_port 55432 55532)
  PG_DIR=$(mktemp -d /tmp/portal-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres "$PG_DIR"
  fi
  trap stop_throwaway_postgres EXIT
  run_as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U portal -A trust -E UTF8 --locale=C.UTF-8 >/dev/null \
    || pg_fail "initdb failed"
  run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 $*" start >/dev/null \
    || { cat "$PG_DIR/postgres.log" >&2; pg_fail "PostgreSQL did not start"; }
  run_as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U portal portal || pg_fail "createdb failed"
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') is running on port $PG_PORT."
}

stop_throwaway_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  run_as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
