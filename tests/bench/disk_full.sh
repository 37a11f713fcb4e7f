#!/usr/bin/env bash
# A full disk and what comes after: the SQLite database on a 5 MB tmpfs, a file that fills it, writes while it
# is full, then the file removed and 20 submissions, 8 saved steps and 3 sign-in requests. Counts the writes
# that still fail once there is room again (they should not: no restart needed). Needs root (mount).
#
#   tests/bench/disk_full.sh
#   BIN=path/to/other/loket tests/bench/disk_full.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-18085}"

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
disk="$work/disk"
mkdir "$disk"
mount -t tmpfs -o size=5m tmpfs "$disk"
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; sleep 0.2; umount "$disk" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" DATABASE_URL="sqlite://$disk/loket.db?mode=rwc" LOKET_LOG=warn \
  LOKET_BASE_URL="http://127.0.0.1:$PORT" LOKET_MAIL_DIR="$work/mail"

migrate
TOKEN=$(python3 tests/bench/meldingen_setup.py "$disk/loket.db" 60 "$work/ids")
"$BIN" >"$work/log" 2>&1 & pid=$!
wait_healthy

base="http://127.0.0.1:$PORT"
post() { # path [form data]: prints the status
  curl -s -o /dev/null -w '%{http_code}' -b "loket-sessie=$TOKEN" -H "Origin: $base" -H "Sec-Fetch-Site: same-origin" \
    --data "${2:-}" "$base$1"
}
mapfile -t ids <"$work/ids"

dd if=/dev/zero of="$disk/filler" bs=64k >/dev/null 2>&1 || true
echo "disk full: $(df -h "$disk" | awk 'NR==2 {print $4}') free"
full=0
for i in $(seq 0 9); do [[ $(post "/melding/${ids[$i]}/indienen") == 303 ]] || full=$((full + 1)); done
for i in $(seq 10 13); do [[ $(post "/melding/${ids[$i]}/stap/hulpvraag" "hulpvraag=Ik+kan+de+trap+niet+meer+op.") == 303 ]] || full=$((full + 1)); done
echo "while full: $full of 14 writes failed"

rm "$disk/filler"
echo "room again: $(df -h "$disk" | awk 'NR==2 {print $4}') free"
failed_submit=0; failed_step=0; failed_sign_in=0
for i in $(seq 20 39); do [[ $(post "/melding/${ids[$i]}/indienen") == 303 ]] || failed_submit=$((failed_submit + 1)); done
for i in $(seq 40 47); do [[ $(post "/melding/${ids[$i]}/stap/hulpvraag" "hulpvraag=Douchen+lukt+niet+meer.") == 303 ]] || failed_step=$((failed_step + 1)); done
for n in 1 2 3; do [[ $(post "/inloggen" "email=bewoner$n@example.nl") == 303 ]] || failed_sign_in=$((failed_sign_in + 1)); done
echo "after space was freed, failed: submissions $failed_submit/20, step saves $failed_step/8, sign-ins $failed_sign_in/3"
grep -c "non-zero transaction depth" "$work/log" | xargs echo "log lines 'non-zero transaction depth':"
machine
