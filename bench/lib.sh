# shellcheck shell=bash
# shellcheck disable=SC2034  # the variables set here are the callers' to read
# Functions shared by bench/run.sh, bench/cluster.sh and bench/backup-restore-check.sh. Sourced, not run:
#
#   . bench/lib.sh
#
# Starting and stopping the application (each instance -Xmx$HEAP, its GC log beside its log), waiting
# for it, signing in as a demo user, the wrk and pgbench measurements and their parsing, and the
# clean-up of every background process the calling script started (trap on EXIT).

HEAP=${BENCH_HEAP:-512m}
PASSWORD=${BENCH_PASSWORD:-Demo@2026}
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}

# ---------------------------------------------------------------------------------------------------------
# Background processes: every one a script starts goes into BG_PIDS and is stopped on exit, last first.

BG_PIDS=()

# Stops one process: TERM, then up to 60 s for it to end (the application's shutdown hook first closes
# its pool, then stops its embedded PostgreSQL), then KILL.
stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  echo "Process $pid did not stop within 60 s; killing it." >&2
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup_background() {
  local i
  for ((i = ${#BG_PIDS[@]} - 1; i >= 0; i--)); do
    stop_pid "${BG_PIDS[$i]}"
  done
  BG_PIDS=()
}

# The calling script may set its own EXIT trap; it must then call cleanup_background in it.
trap cleanup_background EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------------------
# The application

find_jar() {
  JAR=$(ls target/talent-program-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$JAR" ]; then
    echo "No jar in target/: build it first with ./mvnw -B package -DskipTests" >&2
    exit 1
  fi
}

# The heap limit the JVM computes for -Xmx$HEAP, in MB.
heap_limit_mb() {
  java -Xmx"$HEAP" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" {printf "%d", $4 / 1048576}'
}

# start_app LOG ARG...: starts the jar in the background with -Xmx$HEAP, its GC log in LOG's place with
# -gc.log; sets APP_PID. The log level of the availability states is raised so that the log says when
# the start-up runners (the demo and benchmark loaders) are done: "ReadinessState ... ACCEPTING_TRAFFIC".
start_app() {
  local log=$1
  shift
  java -Xmx"$HEAP" -Xlog:gc:file="${log%.log}-gc.log" -jar "$JAR" \
    --logging.level.org.springframework.boot.availability=debug "$@" > "$log" 2>&1 &
  APP_PID=$!
  BG_PIDS+=("$APP_PID")
}

# stop_app PID: stops it and forgets it.
stop_app() {
  local pid=$1 kept=() p
  stop_pid "$pid"
  for p in ${BG_PIDS[@]+"${BG_PIDS[@]}"}; do
    [ "$p" = "$pid" ] || kept+=("$p")
  done
  BG_PIDS=(${kept[@]+"${kept[@]}"})
}

# wait_for_log FILE PATTERN SECONDS PID: waits until FILE has a line matching the extended regular
# expression PATTERN; fails if PID ends or the time is up.
wait_for_log() {
  local file=$1 pattern=$2 seconds=$3 pid=$4
  for _ in $(seq 1 "$seconds"); do
    grep -Eq "$pattern" "$file" 2>/dev/null && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The application stopped; see $file" >&2
      tail -20 "$file" >&2 || true
      return 1
    fi
    sleep 1
  done
  echo "Timed out after $seconds s waiting for /$pattern/ in $file" >&2
  return 1
}

READINESS='ReadinessState.*ACCEPTING_TRAFFIC'

# Fails when something already listens on a port of this machine (an earlier run's application would
# answer in place of the one about to start).
require_free_port() { # $1 port
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "Port $1 is in use: stop what listens on it, or choose other ports (see the top of $0)" >&2
    exit 1
  fi
}

# wait_for_http URL SECONDS PID: waits until URL answers 200, polling every 50 ms.
wait_for_http() {
  local url=$1 seconds=$2 pid=$3 deadline
  deadline=$(($(date +%s) + seconds))
  while [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)" != 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The application stopped before $url answered" >&2
      return 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      echo "Timed out after $seconds s waiting for $url" >&2
      return 1
    fi
    sleep 0.05
  done
}

now_ms() {
  echo $(($(date +%s%N) / 1000000))
}

# The GC log's figures: the largest heap after a collection (MB), and the number of full collections.
gc_summary() { # $1 GC log
  [ -f "$1" ] || { echo "no GC log"; return; }
  awk '
    /Pause/ && match($0, /->[0-9]+M\(/) { v = substr($0, RSTART + 2, RLENGTH - 4) + 0; if (v > max) max = v }
    /Pause Full/ { full++ }
    END { printf "heap after a collection at most %d MB, %d full collections", max, full }' "$1"
}

# ---------------------------------------------------------------------------------------------------------
# The embedded PostgreSQL's own programs (initdb, pg_ctl, postgres), unpacked by the application beside its
# data directory, in <data>-binaries/PG-<hash>/bin. They refuse to run as root: like the embedded library,
# run them in a user namespace of their own then (unshare -U), where they are not root.

embedded_pg_bin() { # $1 data directory
  ls -d "$1"-binaries/PG-*/bin 2>/dev/null | head -1
}

as_pg_user() {
  if [ "$(id -u)" = 0 ]; then
    unshare -U "$@"
  else
    "$@"
  fi
}

# A server left running on DATA by an application that was killed (its shutdown hook never ran) keeps
# the port and the data directory: stop it.
stop_stale_postgres() { # $1 data directory
  local pid bin
  [ -f "$1/postmaster.pid" ] || return 0
  pid=$(head -1 "$1/postmaster.pid")
  kill -0 "$pid" 2>/dev/null || return 0
  bin=$(embedded_pg_bin "$1")
  echo "A PostgreSQL server (pid $pid) still runs on $1, left by an application that did not stop; stopping it."
  if [ -n "$bin" ]; then
    as_pg_user "$bin/pg_ctl" -D "$1" stop -m fast -w -t 60 > /dev/null
  else
    kill -INT "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
}

# ---------------------------------------------------------------------------------------------------------
# Signing in and asking for pages

# sign_in BASE USER JAR: signs in as a demo user (the demo password), keeping the cookies in JAR.
sign_in() {
  local base=$1 user=$2 jar=$3 page token=
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" "$base/login")
  if [[ $page =~ name=\"_csrf\"\ value=\"([^\"]*)\" ]]; then
    token=${BASH_REMATCH[1]}
  fi
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$base/login"
}

# The cookies of a curl cookie jar as the value of a Cookie header (for wrk -H).
cookie_header() {
  awk 'NF >= 7 && ($1 !~ /^#/ || $1 ~ /^#HttpOnly_/) { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"
}

# http_status URL [COOKIE-HEADER]
http_status() {
  if [ -n "${2:-}" ]; then
    curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "$1"
  else
    curl -s -o /dev/null -w '%{http_code}' "$1"
  fi
}

# ---------------------------------------------------------------------------------------------------------
# wrk and pgbench

WRK_CONNECTIONS=${BENCH_WRK_CONNECTIONS:-32}
WRK_THREADS=${BENCH_WRK_THREADS:-2}
WRK_DURATION=${BENCH_WRK_DURATION:-20s}
PGBENCH_CLIENTS=${BENCH_PGBENCH_CLIENTS:-32}
PGBENCH_THREADS=${BENCH_PGBENCH_THREADS:-2}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-10}
PGBENCH=${PGBENCH:-pgbench}

# Installs a Debian package if its command is missing (with sudo unless root).
ensure_command() { # $1 command, $2 package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "Installing $2 (for $1)..."
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" > /dev/null
  command -v "$1" >/dev/null 2>&1 || { echo "$1 is still missing after installing $2" >&2; exit 1; }
}

# wrk_measure URL COOKIE-HEADER RAW-OUTPUT-FILE: $WRK_CONNECTIONS connections on $WRK_THREADS threads for
# $WRK_DURATION. Sets WRK_RPS, WRK_P50 and WRK_P99 (ms), WRK_NON2XX (answers >= 400: wrk counts a redirect
# as a success, so the callers check before and after that the page answers 200 with the same cookie),
# WRK_ERRORS (socket errors: connect, read, write, timeout) and WRK_REQUESTS.
wrk_measure() {
  local url=$1 cookie=$2 raw=$3 args parsed
  args=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d "$WRK_DURATION" --latency --timeout 10s)
  [ -z "$cookie" ] || args+=(-H "Cookie: $cookie")
  wrk "${args[@]}" "$url" > "$raw" 2>&1 || true
  parsed=$(awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000
      if (v ~ /ms$/) return v + 0
      if (v ~ /[0-9]m$/) return v * 60000
      if (v ~ /s$/) return v * 1000
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    / requests in / { requests = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { non2xx = $5 }
    END { printf "%.0f %.1f %.1f %d %d %d", rps, p50, p99, non2xx, errors, requests }' "$raw")
  read -r WRK_RPS WRK_P50 WRK_P99 WRK_NON2XX WRK_ERRORS WRK_REQUESTS <<< "$parsed"
}

# wait_for_jit PID [MAX-SECONDS]: waits until the JVM's queue of methods waiting for the optimising
# compiler (C2) is nearly empty (at most 20), at most MAX-SECONDS (default 120). On 2 cores that compiler
# thread takes one core for minutes after a new load, and requests measured meanwhile measure the
# compiler, not the application: the throughput is taken after a warm-up of the same page and this
# wait. Sets JIT_WAIT (seconds waited) and JIT_QUEUE (the queue's length at the end; "?" without jcmd).
wait_for_jit() {
  local pid=$1 max=${2:-120} start queue out
  start=$(date +%s)
  JIT_QUEUE="?"
  command -v jcmd >/dev/null 2>&1 || { JIT_WAIT=0; return 0; }
  while :; do
    # only the C2 queue's lines (compile ids are right-aligned); "?" when jcmd cannot attach
    out=$(jcmd "$pid" Compiler.queue 2>/dev/null) || { JIT_QUEUE="?"; break; }
    queue=$(printf '%s\n' "$out" | sed -n '/^C2 compile queue:/,/^$/p' | grep -cE '^ *[0-9]+ ' || true)
    JIT_QUEUE=$queue
    [ "$queue" -le 20 ] && break
    [ $(( $(date +%s) - start )) -ge "$max" ] && break
    sleep 5
  done
  JIT_WAIT=$(( $(date +%s) - start ))
}

# pgbench_run SQL-FILE CLIENTS THREADS SECONDS CONNECTION-ARGS...: the file as one pgbench transaction
# (simple protocol, no vacuum); CONNECTION-ARGS end with the database name, e.g. -h localhost -p 54339
# -U postgres postgres. Sets PGB_TPS and PGB_LATENCY (ms, average), or both to "failed" (the raw output
# is in SQL-FILE's place with .pgbench-CLIENTS.txt).
pgbench_run() {
  local file=$1 clients=$2 threads=$3 seconds=$4 raw
  shift 4
  raw="${file%.sql}.pgbench-$clients.txt"
  if "$PGBENCH" -n -c "$clients" -j "$threads" -T "$seconds" -f "$file" "$@" > "$raw" 2>&1 &&
    ! grep -q "aborted" "$raw"; then
    PGB_TPS=$(awk '/^tps = / { printf "%.0f", $3; exit }' "$raw")
    PGB_LATENCY=$(awk '/^latency average = / { printf "%.2f", $4; exit }' "$raw")
  else
    PGB_TPS=failed
    PGB_LATENCY=failed
  fi
}
