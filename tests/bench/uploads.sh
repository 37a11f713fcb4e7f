#!/usr/bin/env bash
# Memory under uploads: 20 residents upload a persoonlijk plan at the same moment, first 50 MB each (refused:
# the limit is 10 MB), then 9 MB each (stored). Reports the answers and the portal's peak resident memory
# (VmHWM) for each, each on a freshly started release build with a fresh SQLite database. Loopback only.
#
#   tests/bench/uploads.sh
#   UPLOADS=50 tests/bench/uploads.sh
#   BIN=path/to/other/loket tests/bench/uploads.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

UPLOADS="${UPLOADS:-20}"
PORT="${PORT:-18084}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" LOKET_LOG=warn LOKET_BASE_URL="http://127.0.0.1:$PORT" LOKET_MAIL_DIR="$work/mail"

# A PDF header and then zeros: recognised as a PDF, as large as asked.
make_file() { { printf '%%PDF-1.7\n'; head -c "$(($2 * 1024 * 1024 - 9))" /dev/zero; } >"$1"; }
make_file "$work/50.pdf" 50
make_file "$work/9.pdf" 9

round() {
  local size=$1 db="$work/loket-$1.db"
  export DATABASE_URL="sqlite://$db?mode=rwc"
  migrate
  local token
  token=$(python3 tests/bench/session_setup.py "$db" "$UPLOADS" "$work/ids-$size")
  "$BIN" & pid=$!
  wait_healthy
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/"
  local before
  before=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  local codes="$work/codes-$size"
  : >"$codes"
  local curls=()
  while read -r id; do
    curl -s -o /dev/null -w '%{http_code}\n' -b "loket-sessie=$token" -H "Origin: http://127.0.0.1:$PORT" \
      -H "Sec-Fetch-Site: same-origin" -F "bestand=@$work/$size.pdf;type=application/pdf" \
      "http://127.0.0.1:$PORT/melding/$id/plan/uploaden" >>"$codes" &
    curls+=($!)
  done <"$work/ids-$size"
  wait "${curls[@]}" || true
  local peak
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  echo "== $UPLOADS uploads of $size MB at once: answers $(sort "$codes" | uniq -c | awk '{printf "%s x %s, ", $1, $2}')"
  echo "   peak resident memory: $((peak / 1024)) MB (before the uploads: $((before / 1024)) MB)"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

round 50
round 9
machine
