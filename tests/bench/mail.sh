#!/usr/bin/env bash
# Mail throughput: how many messages per second the outbox worker hands to an SMTP server on the same machine.
# A release build on a fresh SQLite database (WAL, synchronous=FULL) with N notifications waiting in the
# outbox, and an SMTP server (tests/bench/smtp_sink.py) that accepts everything. Times from the portal's start
# until the server has every message, and checks that none came twice.
#
#   tests/bench/mail.sh                  # 5,000 messages
#   MESSAGES=20000 tests/bench/mail.sh
#   BIN=path/to/other/loket tests/bench/mail.sh   # measure another build the same way
set -euo pipefail
cd "$(dirname "$0")/../.."

MESSAGES="${MESSAGES:-5000}"
PORT="${PORT:-18082}"
SMTP_PORT="${SMTP_PORT:-12525}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
pid=
sink=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; [[ -n $sink ]] && kill "$sink" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" DATABASE_URL="sqlite://$work/loket.db?mode=rwc" LOKET_LOG=warn \
  LOKET_BASE_URL="http://127.0.0.1:$PORT" LOKET_SMTP_URL="smtp://127.0.0.1:$SMTP_PORT"

python3 tests/bench/smtp_sink.py "$SMTP_PORT" "$work/stats.json" & sink=$!
# Start once to migrate, then queue the messages while it is stopped.
migrate
python3 tests/bench/mail_setup.py "$work/loket.db" "$MESSAGES"

count() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['messages'])" "$work/stats.json"; }
started=$(date +%s.%N)
"$BIN" & pid=$!
until [[ $(count) -ge $MESSAGES ]]; do
  sleep 0.05
  if (( $(echo "$(date +%s.%N) - $started > 600" | bc) )); then echo "not all mail arrived within 10 minutes" >&2; break; fi
done
ended=$(date +%s.%N)
sleep 0.3
python3 - "$work/stats.json" "$MESSAGES" "$started" "$ended" <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))
n, started, ended = int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
print(f"== {n} messages to an SMTP server on loopback")
print(f"received {s['messages']} messages over {s['connections']} connections, {s['duplicates']} duplicates")
print(f"{s['messages'] / (ended - started):.0f} messages/s (from the portal's start until the last arrived: {ended - started:.2f} s)")
EOF
machine
