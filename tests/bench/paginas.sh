#!/usr/bin/env bash
# Every page a visitor, resident, helper, cliëntondersteuner or member of staff opens, under load: p99 and
# requests per second per page (tests/bench/paginas.py), on a release build. Without DATABASE_URL: a fresh SQLite
# database with the demo data (`loket demo`). With DATABASE_URL: that database as it is, e.g. a year of a city
# made by `loket demo --schaal stad` (SQLite or PostgreSQL); PEOPLE names who signs in.
#
#   tests/bench/paginas.sh                                  # 3 s per page, 50 connections, demo data
#   DATABASE_URL=sqlite:///tmp/stad.db tests/bench/paginas.sh
#   DATABASE_URL='postgres://postgres@127.0.0.1:5432/loket_stad?sslmode=disable' tests/bench/paginas.sh
#     (on one machine without TLS: sqlx asks for it when the server offers it, and on loopback it only costs)
#   ONLY=^/clienten DATABASE_URL=sqlite:///tmp/stad.db tests/bench/paginas.sh   # only the pages whose path matches
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-3s}"
CONNECTIONS="${CONNECTIONS:-50}"
PORT="${PORT:-18084}"
PEOPLE="${PEOPLE:-bewoner@example.nl petra@example.nl ondersteuner@example.nl medewerker@example.nl beheerder@example.nl}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" LOKET_MAIL_DIR="$work/mail" LOKET_LOG=warn \
  LOKET_BASE_URL="http://127.0.0.1:$PORT"
if [[ -z ${DATABASE_URL:-} ]]; then
  export DATABASE_URL="sqlite://$work/loket.db?mode=rwc"
  "$BIN" demo >/dev/null
fi
# Sign-in mails leave at once; many sign-ins from one address are fine on a benchmark.
# The start's computation of the work queue (seconds on a year of a city) is left to finish first: the pages
# are measured as they run after it, not beside it.
LOKET_LOG="warn,loket=info" "$BIN" > "$work/portal.log" 2>&1 & pid=$!
wait_healthy
for _ in $(seq 1 600); do grep -qE "work queue computed|work queue: could not" "$work/portal.log" && break; sleep 0.2; done
grep -q "work queue computed" "$work/portal.log" ||
  { echo "the portal did not finish computing the work queue within 120 s" >&2; exit 1; }
grep -E "WARN|ERROR" "$work/portal.log" >&2 || true
# shellcheck disable=SC2086
python3 tests/bench/paginas.py "http://127.0.0.1:$PORT" "$work/mail" "$DURATION" "$CONNECTIONS" $PEOPLE
echo "memory after the load: $(memory "$pid")"
echo "database: ${DATABASE_URL%%\?*}"
machine
