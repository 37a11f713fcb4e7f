#!/usr/bin/env bash
# Serves the start page and a form page under load and reports requests per second, latency, resident memory
# under load and start-up time. Uses wrk (installed from Debian's packages when missing) against a release
# build on a fresh SQLite database. Loopback only.
#
#   tests/bench/http.sh            # 20 s per page, 64 connections
#   DURATION=5s tests/bench/http.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-18080}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

start=$(date +%s%N)
LOKET_LISTEN="127.0.0.1:$PORT" DATABASE_URL="sqlite://$work/loket.db?mode=rwc" LOKET_MAIL_DIR="$work/mail" \
  LOKET_LOG=warn ./target/release/loket &
pid=$!
wait_healthy
ready=$(date +%s%N)
echo "start-up (fresh database, migrations included): $(( (ready - start) / 1000000 )) ms"

for page in / /inloggen; do
  echo
  echo "== GET $page, $CONNECTIONS connections, $DURATION, 1 wrk thread"
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT$page" | grep -E 'Requests/sec|Latency|99%|Non-2xx'
  echo "memory after load: $(memory "$pid")"
done
echo
machine
