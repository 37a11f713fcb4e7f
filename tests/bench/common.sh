# Shared by the benchmark scripts: wrk from Debian's packages when missing, and a release build.
if ! command -v wrk >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
fi
# The build to measure: the release build (built now), or another one given as BIN=path/to/loket.
if [[ -z ${BIN:-} ]]; then
  cargo build --release --locked --quiet
  BIN=./target/release/loket
fi

# Waits until the portal on $PORT has started: its database connected and migrated. (/health answers while it
# migrates; /health/ready says "migrating" until then, and may fail afterwards for waiting mail.)
wait_healthy() {
  local answer
  until answer=$(curl -sS "http://127.0.0.1:$PORT/health/ready" 2>/dev/null) && [ -n "$answer" ] &&
    [[ "$answer" != *migrating* ]]; do sleep 0.005; done
}

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
}

# Starts the portal once, so that it creates and migrates its fresh database, and stops it again: a setup
# script can then write into the tables while nothing else does.
migrate() {
  "$BIN" >/dev/null 2>&1 &
  local started=$!
  wait_healthy
  kill "$started"
  wait "$started" 2>/dev/null || true
}

# The portal's memory: resident in all, then its own (heap and stacks: RssAnon) apart from the pages of the
# SQLite file it maps for reading (RssFile: the kernel's page cache, shared and given back under pressure),
# and the peak.
memory() {
  awk '/VmRSS/ {r=$2} /RssAnon/ {a=$2} /RssFile/ {f=$2} /VmHWM/ {h=$2}
    END {printf "resident %.1f MB (own %.1f MB, mapped files %.1f MB), peak %.1f MB\n", r/1024, a/1024, f/1024, h/1024}' "/proc/$1/status"
}
