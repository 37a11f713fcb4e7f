#!/usr/bin/env bash
# Duplicate mail after crashes: submissions under load (as tests/bench/meldingen.sh, each writes a confirmation
# to the outbox) while the worker sends them to an SMTP server on loopback; the portal is killed with SIGKILL
# in the middle of each round and started again. At the end it runs until the outbox is empty. A message sent
# twice shows as two "mail sent" log lines with the same message id (the outbox row), and as a repeated
# Message-ID at the SMTP server.
#
#   tests/bench/mail_crash.sh                       # 5 rounds of 4 s, killed after 3 s
#   ROUNDS=3 tests/bench/mail_crash.sh
#   BIN=path/to/other/loket tests/bench/mail_crash.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS="${ROUNDS:-5}"
KILL_AFTER="${KILL_AFTER:-3}"
CONNECTIONS="${CONNECTIONS:-50}"
PORT="${PORT:-18083}"
SMTP_PORT="${SMTP_PORT:-12526}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
pid=
sink=
trap '[[ -n $pid ]] && kill -9 "$pid" 2>/dev/null; [[ -n $sink ]] && kill "$sink" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" DATABASE_URL="sqlite://$work/loket.db?mode=rwc" LOKET_LOG=info \
  LOKET_LOG_FORMAT=json LOKET_BASE_URL="http://127.0.0.1:$PORT" LOKET_SMTP_URL="smtp://127.0.0.1:$SMTP_PORT"

python3 tests/bench/smtp_sink.py "$SMTP_PORT" "$work/stats.json" & sink=$!
migrate
TOKEN=$(python3 tests/bench/meldingen_setup.py "$work/loket.db" $((ROUNDS * 20000)) "$work/ids")
split -n "l/$ROUNDS" -d "$work/ids" "$work/ids."

unsent() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL').fetchone()[0])" "$work/loket.db"; }

for ((r = 0; r < ROUNDS; r++)); do
  "$BIN" >"$work/log.$r" 2>&1 & pid=$!
  wait_healthy
  IDS=$(printf '%s/ids.%02d' "$work" "$r") TOKEN="$TOKEN" ORIGIN="http://127.0.0.1:$PORT" \
    wrk -t1 -c"$CONNECTIONS" -d"$((KILL_AFTER + 1))s" -s tests/bench/indienen.lua "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
  wrk=$!
  sleep "$KILL_AFTER"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true; pid=
  wait "$wrk" || true
  echo "round $((r + 1)): killed with $(unsent) messages unsent"
done

# Started once more, it runs until every message went out (a claim of a killed instance may have to run out
# first: up to 5 minutes in older builds).
"$BIN" >"$work/log.last" 2>&1 & pid=$!
wait_healthy
waited=0
until [[ $(unsent) -eq 0 ]]; do sleep 1; waited=$((waited + 1)); [[ $waited -lt 900 ]] || break; done
sleep 1
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
echo "outbox empty after the last start: ${waited} s"

python3 - "$work" <<'PY'
import collections, glob, json, re, sqlite3, sys
work = sys.argv[1]
sent = collections.Counter()
taken_back = []
for path in glob.glob(f"{work}/log.*"):
    for line in open(path, errors="replace"):
        if "mail sent" in line:
            m = re.search(r'"message_id":"([0-9a-f]+)"', line)
            if m:
                sent[m.group(1)] += 1
        m = re.search(r'"taken_back":(\d+)', line)
        if m:
            taken_back.append(int(m.group(1)))
rows, = sqlite3.connect(f"{work}/loket.db").execute("SELECT COUNT(*) FROM outbox").fetchone()
dups = sum(c - 1 for c in sent.values() if c > 1)
stats = json.load(open(f"{work}/stats.json"))
print(f"outbox messages: {rows}; sent (unique message ids in the log): {len(sent)}; sent twice or more: {dups}")
print(f"SMTP server: {stats['messages']} received, {stats['duplicates']} with a Message-ID seen before, "
      f"{stats['messages'] - sum(sent.values())} without a 'mail sent' line (on their way at a kill)")
if taken_back:
    print(f"claimed messages taken back at the starts: {taken_back}")
PY
machine
