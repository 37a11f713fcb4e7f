#!/usr/bin/env bash
# The portal's public pages beside nginx, in one run on one machine: nginx serves the portal's own start page
# as a static file, then every public page of the portal is loaded the same way (wrk, 1 thread, 50 connections).
# Prints requests per second, p99 and the ratio to nginx per page, and the portal's resident memory after the
# load. Release build on a fresh SQLite database, or on the database given as DATABASE_URL (a year of a city:
# `loket demo --schaal stad`). nginx and wrk come from Debian's packages when missing. Loopback only.
#
#   tests/bench/vergelijk.sh                 # 10 s per page
#   DURATION=5s tests/bench/vergelijk.sh
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/loket_stad tests/bench/vergelijk.sh
#   ONLY='^/(inloggen)?$' tests/bench/vergelijk.sh   # only the pages whose address matches
#   UNIEK=1 tests/bench/vergelijk.sh         # every request a new address (tests/bench/uniek.lua): no page is
#                                            # answered from a visitor's copy; the targets are not checked
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-50}"
PORT="${PORT:-18082}"
NGINX_PORT="${NGINX_PORT:-18083}"

if ! command -v nginx >/dev/null && [[ ! -x /usr/sbin/nginx ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# shellcheck source=tests/bench/common.sh
source tests/bench/common.sh

work=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
export LOKET_LISTEN="127.0.0.1:$PORT" LOKET_MAIL_DIR="$work/mail" LOKET_LOG=warn \
  LOKET_BASE_URL="http://127.0.0.1:$PORT" DATABASE_URL="${DATABASE_URL:-sqlite://$work/loket.db?mode=rwc}"
"$BIN" & pid=$!
wait_healthy

# nginx with as many workers as the machine has cores: the same machine the portal gets.
mkdir -p "$work/www" "$work/nginx"
curl -fsS "http://127.0.0.1:$PORT/" > "$work/www/index.html"
# nginx's workers run as another user when started by root.
chmod 755 "$work" "$work/www"
chmod 644 "$work/www/index.html"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work/www;
    location / { try_files /index.html =404; }
  }
}
CONF
"$NGINX" -c "$work/nginx.conf" -p "$work/nginx"
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1 && break; sleep 0.05; done
curl -fsS "http://127.0.0.1:$NGINX_PORT/" >/dev/null || { echo "nginx does not serve the page" >&2; cat "$work/nginx/error.log" >&2; exit 1; }

# Runs wrk; prints "requests/s p99-in-ms non-2xx". A second argument is a wrk script.
load() {
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency ${2:+-s "$2"} "$1" |
    awk '/Requests\/sec/ {rps=$2} / 99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
         /Non-2xx/ {bad=$4} END {printf "%s %s %s\n", rps, p99, bad+0}'
}

read -r base base_p99 _ < <(load "http://127.0.0.1:$NGINX_PORT/")
printf '%-75s %12s %9s %7s %6s\n' "page" "requests/s" "p99 ms" "ratio" "target"
printf '%-75s %12.0f %9.2f %7s %6s\n' "nginx: the start page as a static file" "$base" "$base_p99" "1.00" ""

# Every public page, as a visitor without a session opens it (forms' answers in the query where a page
# computes something from them). The start page and the sign-in page should reach 0.8 of nginx, the rest 0.5.
pages=(
  "/ 0.8"
  "/inloggen 0.8"
  "/melding 0.5"
  "/termijnen 0.5"
  "/termijnen?besluit-dag=1&besluit-maand=12&besluit-jaar=2026 0.5"
  "/clientondersteuning 0.5"
  "/blijverslening 0.5"
  "/blijverslening/check 0.5"
  "/blijverslening/check?check=1&soort=hypothecair&looptijd=20&bedrag=30000 0.5"
  "/kindpakket 0.5"
  "/kindpakket/check?samenstelling=samen&aow=nee&inkomen=1250&aantal=2&leeftijden=4%2C+9 0.5"
  "/kindpakket/voor-kinderen 0.5"
  "/uitdaagrecht 0.5"
  "/uitdaagrecht/voorstellen 0.5"
  "/begrippen 0.5"
  "/privacy 0.5"
  "/toegankelijkheid 0.5"
  "/contact 0.5"
)
failed=0
for entry in "${pages[@]}"; do
  page=${entry% *}
  target=${entry##* }
  if [[ -n ${ONLY:-} && ! $page =~ $ONLY ]]; then continue; fi
  read -r rps p99 bad < <(load "http://127.0.0.1:$PORT$page" "${UNIEK:+tests/bench/uniek.lua}")
  ratio=$(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.2f", a / b}')
  mark=""
  if awk -v r="$ratio" -v t="$target" 'BEGIN {exit !(r < t)}'; then mark=" below"; failed=1; fi
  if [[ $bad != 0 ]]; then mark="$mark ($bad answers not 2xx)"; failed=1; fi
  printf '%-75s %12.0f %9.2f %7s %6s%s\n' "$page" "$rps" "$p99" "$ratio" "$target" "$mark"
done
echo
echo "portal's memory after the load: $(memory "$pid")"
echo "database: ${DATABASE_URL%%\?*}"
machine
if [[ -n ${UNIEK:-} ]]; then exit 0; fi
exit "$failed"
