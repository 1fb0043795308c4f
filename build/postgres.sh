#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL tests (OneRoster.Sync's PostgresRosterStore).
#
#   bash build/postgres.sh start   # installs PostgreSQL when absent (root, apt-get), starts a cluster in a
#                                  # temporary folder on 127.0.0.1 and a free port, prints its connection string
#   bash build/postgres.sh stop    # stops that cluster and deletes its folder
#   bash build/postgres.sh status  # prints the connection string of the running cluster, fails when none runs
#
# Locally:  export ONEROSTER_TEST_POSTGRES="$(bash build/postgres.sh start)"
# .ci/run does the same and stops the cluster on exit. The cluster trusts loopback connections (no password
# exists to leak) and listens on 127.0.0.1 only; its Unix socket lives in its own folder.
# The state (folder, port, connection string) is kept in artifacts/postgres.state, or in
# $ONEROSTER_POSTGRES_STATE when that is set.
set -euo pipefail
cd "$(dirname "$0")/.."

state_file="${ONEROSTER_POSTGRES_STATE:-$PWD/artifacts/postgres.state}"
db_user="oneroster"
db_name="oneroster_test"

log() { echo "postgres.sh: $*" >&2; }

# The folder holding initdb/pg_ctl: PATH first, then Debian's /usr/lib/postgresql/<version>/bin (newest).
find_bin_dir() {
  local initdb
  if initdb="$(command -v initdb 2>/dev/null)"; then
    dirname "$(readlink -f "$initdb")"
    return 0
  fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
    return 0
  fi
  return 1
}

install_postgres() {
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL (initdb) is not installed and this is not root: install it (apt-get install postgresql)."
    exit 1
  fi
  log "installing PostgreSQL (apt-get install -y postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q postgresql >&2; then
    apt-get update -q >&2
    apt-get install -y -q postgresql >&2
  fi
}

# Runs a PostgreSQL program as the cluster's owner (initdb and postgres refuse to run as root), from the
# cluster's folder: the owner may not be allowed into the current one, and the programs need to be.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    local runuser
    runuser="$(PATH="$PATH:/usr/sbin:/sbin" command -v runuser)" || { log "runuser is missing (util-linux)"; exit 1; }
    (cd "$dir" && "$runuser" -u "$owner" -- "$@")
  else
    (cd "$dir" && "$@")
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  if [ -f "$state_file" ]; then
    # shellcheck disable=SC1090
    . "$state_file"
    if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
      log "a cluster already runs (from $state_file)"
      echo "$PG_CONNECTION"
      return 0
    fi
    rm -f "$state_file"
  fi

  local bin
  if ! bin="$(find_bin_dir)"; then
    install_postgres
    bin="$(find_bin_dir)" || { log "PostgreSQL installed but initdb was not found"; exit 1; }
  fi

  owner="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    owner="postgres"
    id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
  fi

  dir="$(mktemp -d -t oneroster-pg.XXXXXX)"
  chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$owner" "$dir"

  as_owner "$bin/initdb" -D "$dir/data" -U "$db_user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }

  local port attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    port_in_use "$port" && continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off -c max_connections=200" \
        start >/dev/null 2>&1; then
      break
    fi
    port=""
  done
  if [ -z "$port" ]; then
    log "the cluster did not start; its log:"
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    exit 1
  fi

  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" "$db_name"

  local connection="Host=127.0.0.1;Port=$port;Username=$db_user;Database=$db_name"
  mkdir -p "$(dirname "$state_file")"
  {
    echo "PG_BIN='$bin'"
    echo "PG_DIR='$dir'"
    echo "PG_OWNER='$owner'"
    echo "PG_CONNECTION='$connection'"
  } >"$state_file"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') runs on 127.0.0.1:$port (folder $dir)"
  echo "$connection"
}

stop() {
  if [ ! -f "$state_file" ]; then
    log "no cluster to stop ($state_file is absent)"
    return 0
  fi
  # shellcheck disable=SC1090
  . "$state_file"
  owner="$PG_OWNER"
  dir="$PG_DIR"
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 \
      || log "pg_ctl stop failed; see $PG_DIR/server.log"
  fi
  rm -rf "$PG_DIR"
  rm -f "$state_file"
  log "stopped and removed $PG_DIR"
}

status() {
  [ -f "$state_file" ] || { log "no cluster runs"; exit 1; }
  # shellcheck disable=SC1090
  . "$state_file"
  [ -f "$PG_DIR/data/postmaster.pid" ] || { log "the cluster in $PG_DIR is not running"; exit 1; }
  echo "$PG_CONNECTION"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: bash build/postgres.sh start|stop|status" >&2; exit 2 ;;
esac
