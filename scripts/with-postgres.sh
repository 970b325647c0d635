#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb in a temp folder (as the
# `postgres` system user when we are root, since initdb refuses root), a free loopback port,
# DATABASE_URL exported for the command, and the cluster stopped and removed afterwards.
# Without PostgreSQL binaries it says so loudly and exits 0, except on CI where it fails.
set -euo pipefail

find_bin() {
  for dir in /usr/lib/postgresql/*/bin /usr/local/bin /usr/bin; do
    [ -x "$dir/$1" ] && { echo "$dir/$1"; return 0; }
  done
  command -v "$1" 2>/dev/null || return 1
}

INITDB=$(find_bin initdb || true)
PG_CTL=$(find_bin pg_ctl || true)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
  echo "################################################################"
  echo "## PostgreSQL binaries not found: SKIPPING the PostgreSQL half ##"
  echo "## of the test suite. Install postgresql-15 to run it.        ##"
  echo "################################################################"
  [ "${CI:-}" = "true" ] && { echo "On CI the PostgreSQL half must run: failing."; exit 1; }
  exit 0
fi

DIR=$(mktemp -d /tmp/pallay-pg.XXXXXX)
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = "0" ] && chown postgres "$DIR"

cleanup() {
  as_pg "$PG_CTL" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

as_pg "$INITDB" -D "$DIR/data" -U pallay --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log"; exit 1; }
as_pg "$PG_CTL" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null

export DATABASE_URL="postgres://pallay@127.0.0.1:$PORT/postgres"
echo "PostgreSQL $("$PG_CTL" --version | awk '{print $3}') test cluster on 127.0.0.1:$PORT"
"$@"
