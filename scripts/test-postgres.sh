#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on loopback for the server's store tests and prints the
# URL to use as TEST_DATABASE_URL. Usage: eval "$(bash scripts/test-postgres.sh start)" ... then
# bash scripts/test-postgres.sh stop "$PG_TEST_DIR". Installs Debian's postgresql when it is missing.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
case "${1:-start}" in
  start)
    if [ ! -x "$PGBIN/initdb" ]; then
      apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >&2
    fi
    dir=$(mktemp -d /tmp/corroborate-pg.XXXXXX)
    # initdb refuses to run as root: the cluster belongs to the postgres user
    chown postgres:postgres "$dir"
    runuser -u postgres -- "$PGBIN/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    port=$(( 55000 + RANDOM % 1000 ))
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
    echo "export PG_TEST_DIR=$dir TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    dir="${2:?the directory printed by start}"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    ;;
esac
