#!/usr/bin/env bash
# Durable melding submissions on SQLite: a release build on a fresh database, N complete drafts of one signed-in
# resident, and wrk submitting them (POST /melding/{id}/indienen: the one transaction that marks the melding
# submitted and writes the confirmation to the outbox, with SQLite in WAL mode and synchronous=FULL) from 50
# connections. Reports submissions per second and latency, and checks that every submission was stored once.
# Loopback only.
#
#   tests/bench/meldingen.sh               # 10 s, 50 connections
#   DURATION=5s tests/bench/meldingen.sh
#   BIN=path/to/other/loket tests/bench/meldingen.sh   # measure another build the same way
#   MAIL_DIR=$(mktemp -d -p /dev/shm) tests/bench/meldingen.sh
#       # mail files on tmpfs: in production mail leaves the machine over SMTP, while the file transport would
#       # otherwise create a file on the database's disk for every submission
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-50}"
DRAFTS="${DRAFTS:-100000}"
PORT="${PORT:-18081}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" DATABASE_URL="sqlite://$work/loket.db?mode=rwc" LOKET_MAIL_DIR="${MAIL_DIR:-$work/mail}" \
  LOKET_LOG=warn LOKET_BASE_URL="http://127.0.0.1:$PORT"
# Start once to migrate, then prepare the drafts while it is stopped.
migrate
TOKEN=$(python3 tests/bench/meldingen_setup.py "$work/loket.db" "$DRAFTS" "$work/ids")
"$BIN" & pid=$!
wait_healthy

echo "== POST /melding/{id}/indienen, $CONNECTIONS connections, $DURATION, 1 wrk thread, SQLite (WAL, synchronous=FULL)"
IDS="$work/ids" TOKEN="$TOKEN" ORIGIN="http://127.0.0.1:$PORT" \
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s tests/bench/indienen.lua "http://127.0.0.1:$PORT" |
  grep -E 'Requests/sec|Latency|50%|90%|99%|requests in|Non-2xx'
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
stored=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"SELECT COUNT(*) FROM meldingen WHERE status='ingediend'\").fetchone()[0], c.execute('SELECT COUNT(*) FROM outbox').fetchone()[0])" "$work/loket.db")
echo "stored after stopping: submitted meldingen and outbox messages: $stored"
machine
