#!/usr/bin/env bash
# Benchmark of the key pages at the scale the system is designed for: 300,000 applications
# (one applicant account each) and 1.5 million audit lines, on the embedded PostgreSQL; and of
# the review stage: the expert draw for 20,000 applications x 5 slots from 2,000 experts, the
# aggregation of the 100,000 reviews, and the ranking page of those 20,000 applications; and (issue 16)
# of the 人选信息库, the statistics and the year-end report over 20,000 talent records with five years
# of yearly reports, outputs, assessments, exits, funds and transfers (TalentBenchmarkData). Issue 18 adds
# the physical limits: the whole run within a 512 MB heap, the start time, each key page against the time
# of its own SQL, and the throughput under 32 concurrent connections against that of its SQL alone.
#
#   bench/run.sh                 # build if needed, load the data once (a few minutes), measure
#   BENCH_REQUESTS=50 bench/run.sh
#
# Needs curl, python3, psql and pgbench (PostgreSQL clients; Debian's 15 work against the embedded 18 for
# these queries), and wrk (installed with apt-get if missing; sudo unless root). Takes about ten minutes
# on an existing data directory, both cores busy: run nothing else meanwhile.
#
# What it does:
#  1. On a new data directory (target/bench/postgres), a first start loads the data (not timed), and
#     the application is stopped again. The server's log is switched to JSON lines in
#     target/bench/postgres/log/bench.json (postgresql.conf; takes effect at the next start).
#  2. The timed start: from the launch of java (-Xmx512m, BENCH_HEAP) to the first 200 of /login on the
#     existing data directory. The review batch is then reset and drawn, scored and aggregated again, twice
#     (right after the start and warm; about a minute) and the timings of the draw and the aggregation are
#     printed from the log.
#  3. The median and 95th-percentile response time of each page, one request at a time, signed in as
#     the role that uses it, after a warm-up (every page BENCH_WARM_UP=15 times, then the JIT's queue
#     drained), and the time of single large downloads (the 人选信息库's Excel export).
#  4. The SQL of six key pages (the office's /applications, the supervisor's /audit, the office's and a
#     recommending unit's home, an applicant's home, /login): log_min_duration_statement is set to 0 for
#     the moment of one request (three tries; the one with the fewest statements is kept, in case a
#     scheduled job ran meanwhile), bench/statements.py turns the log into the statements with their
#     values (target/bench/sql/<page>.sql and .txt), and pgbench replays them alone, one client: the
#     page's SQL time alone. Target of issue 18: list and home pages p95 <= 50 ms and <= 3 x their SQL.
#  5. Throughput: wrk, 32 connections on 2 threads for 20 s (after a warm-up of 10 s on the same page and
#     until the JIT's compile queue is drained, at most 2 minutes), against the office's /applications (its
#     session cookie as a header), an applicant's home and /login; beside each the same page's SQL under
#     pgbench -c 32 -j 2 -T 10. Targets: the office list >= 300 req/s with p99 <= 300 ms and no error; the
#     applicant's home and /login >= 500 req/s.
#  6. One final table of all figures, also written to target/bench/results.md, with the heap's use (GC log
#     target/bench/app-gc.log) and any OutOfMemoryError.
#
# The data lives in target/bench/postgres and is reused by later runs. Only talks to localhost.
# docs/performance-issue16.md and docs/performance-issue18.md explain the figures and hold them.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PORT=${BENCH_PORT:-8089}
PG_PORT=${BENCH_PG_PORT:-54339}
REQUESTS=${BENCH_REQUESTS:-30}
BASE="http://localhost:$PORT"
WORK=target/bench
DATA="$WORK/postgres"
SQL_DIR="$WORK/sql"
SERVER_LOG="$DATA/log/bench.json"
READY="Benchmark talent data ready"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U postgres -d postgres)
PG_CONNECTION=(-h localhost -p "$PG_PORT" -U postgres postgres)
mkdir -p "$WORK" "$SQL_DIR"
rm -f "$WORK"/cookies-*   # sign in afresh: a session of an earlier run may have expired

ls target/talent-program-*.jar > /dev/null 2>&1 || ./mvnw -B -q package -DskipTests
find_jar
for tool in curl python3 psql pgbench; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install curl python3 postgresql-client)"; exit 1; }
done
ensure_command wrk wrk

APP_ARGS=(--spring.profiles.active=bench --server.port="$PORT"
  --talent.embedded-postgres.data-directory="$DATA" --talent.embedded-postgres.port="$PG_PORT")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
HEAP_MB=$(heap_limit_mb)
echo "Heap limit of each start: $HEAP_MB MB (-Xmx$HEAP)"
stop_stale_postgres "$DATA"
require_free_port "$PORT"
require_free_port "$PG_PORT"

# 1. A new data directory: a first start loads the data; then the application stops.
if [ ! -f "$DATA/PG_VERSION" ]; then
  echo "New data directory: a first start loads the data (a few minutes; see $WORK/app-load.log)..."
  start_app "$WORK/app-load.log" "${APP_ARGS[@]}"
  wait_for_log "$WORK/app-load.log" "$READY" 3600 "$APP_PID"
  echo "Data loaded; stopping the application to time a start on the existing data directory."
  stop_app "$APP_PID"
  LOAD_OOM=$(grep -c "OutOfMemoryError" "$WORK/app-load.log" || true)
  LOAD_HEAP="the first start (the data load): $(gc_summary "$WORK/app-load-gc.log"); OutOfMemoryError: $LOAD_OOM"
fi

# The server's log as JSON lines, for the statements of step 4 (read at the server's start).
if ! grep -q "^# bench/run.sh: statement log" "$DATA/postgresql.conf"; then
  cat >> "$DATA/postgresql.conf" <<'CONF'

# bench/run.sh: statement log. The server writes its log as JSON lines to log/bench.json, one file never
# rotated; bench/run.sh sets log_min_duration_statement to 0 (ALTER SYSTEM) for the moment of the requests
# whose statements it reads, and resets it after.
logging_collector = on
log_destination = 'jsonlog'
log_directory = 'log'
log_filename = 'bench.log'
log_rotation_age = 0
log_rotation_size = 0
CONF
fi

statement_log() { # on | off
  if [ "$1" = on ]; then
    "${PSQL[@]}" -c "alter system set log_min_duration_statement = 0"
  else
    "${PSQL[@]}" -c "alter system reset log_min_duration_statement"
  fi
  "${PSQL[@]}" -c "select pg_reload_conf()" > /dev/null
  sleep 0.5
}

on_exit() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    statement_log off 2>/dev/null || true
  fi
  cleanup_background
}
trap on_exit EXIT

# 2. The timed start, on the existing data directory.
echo "Starting the application (see $WORK/app.log)..."
STARTED_AT=$(now_ms)
start_app "$WORK/app.log" "${APP_ARGS[@]}"
wait_for_http "$BASE/login" 600 "$APP_PID"
START_MS=$(($(now_ms) - STARTED_AT))
echo "First 200 of /login ${START_MS} ms after the launch of java."
# a run stopped in step 4 may have left the statement log on
statement_log off

# The server answers before the data is loaded (runners run after start-up): wait for the
# loaders, in order: BenchmarkData, ReviewBenchmarkData (draws, scores and aggregates the review
# batch at every start), and last TalentBenchmarkData (the talent records and the year-end reports).
wait_for_log "$WORK/app.log" "$READY" 3600 "$APP_PID"
SPRING_STARTED=$(grep -o "Started [A-Za-z]* in [0-9.]* seconds" "$WORK/app.log" | head -1 || true)
LOADER_LINES=$(grep -ho "Benchmark data ready.*\|Benchmark review data.*\|Benchmark draw:.*\|Benchmark reviews:.*\|Benchmark aggregate:.*" \
  "$WORK/app.log"; grep -ho "Benchmark talent data.*\|Benchmark talents:.*\|Benchmark year-end:.*" "$WORK/app.log" || true)
echo "$LOADER_LINES"
ROUND=$(grep -o "Benchmark ranking: round=[0-9]*" "$WORK/app.log" | tail -1 | sed 's/.*=//')
CATEGORY=$(grep -o "Benchmark ranking: round=[0-9]* category=[0-9]*" "$WORK/app.log" | tail -1 | sed 's/.*=//')
# what the talent pages are filtered by (TalentBenchmarkData logs it at every start): the year of the
# clock's today, 双高's id and its 专业技术 category's, 南昌市人社局 (the recommender's unit, whose year-end
# report stays live), the commonest discipline, and 九江市人社局 (whose report is submitted, frozen)
talent_value() { grep -o "Benchmark talents: .*" "$WORK/app.log" | tail -1 | grep -o " $1=[^ ]*" | sed 's/.*=//'; }
YEAR=$(talent_value year)
PROGRAM=$(talent_value program)
TALENT_CATEGORY=$(talent_value category)
UNIT=$(talent_value recommender)
DISCIPLINE=$(talent_value discipline)
FROZEN=$(grep -o "Benchmark year-end: .*" "$WORK/app.log" | tail -1 | grep -o " frozen=[^ ]*" | sed 's/.*=//')

# curl as a user: signed in with its cookie jar (signing in first if needed), or "anonymous"
as_user() { # $1 user, then curl's arguments
  local user=$1 jar="$WORK/cookies-$1"
  shift
  if [ "$user" = anonymous ]; then
    curl -s "$@"
  else
    [ -f "$jar" ] || sign_in "$BASE" "$user" "$jar"
    curl -s -b "$jar" "$@"
  fi
}

declare -A P95
PAGE_ROWS=""
DOWNLOAD_ROWS=""
SQL_ROWS=""
WRK_ROWS=""

# 3. Pages one request at a time
measure() { # $1 user, $2 path, $3 requests (default $REQUESTS); with WARMING=1 only a few unmeasured requests
  local times status n=${3:-$REQUESTS} p50 p95
  if [ -n "${WARMING:-}" ]; then
    for _ in $(seq 1 "$(( n < WARM_UP ? n : WARM_UP ))"); do as_user "$1" -o /dev/null "$BASE$2"; done
    return 0
  fi
  status=$(as_user "$1" -o /dev/null -w '%{http_code}' "$BASE$2")
  times=$(for _ in $(seq 1 "$n"); do
    as_user "$1" -o /dev/null -w '%{time_total}\n' "$BASE$2"
  done | sort -n)
  p50=$(echo "$times" | awk -v n="$n" 'NR==int((n+1)/2){printf "%.0f", $1*1000}')
  p95=$(echo "$times" | awk -v n="$n" 'NR==int(n*0.95+0.5){printf "%.0f", $1*1000}')
  P95["$1 $2"]=$p95
  PAGE_ROWS+=$(printf '| %-12s | %-44s | %3s | %6s ms | %6s ms |' "$1" "$2" "$status" "$p50" "$p95")$'\n'
  echo "  $1 $2: $status, p50 $p50 ms, p95 $p95 ms" >&2
}

once() { # $1 user, $2 path: one request (after one warm-up), its status, time and size
  local out
  as_user "$1" -o /dev/null "$BASE$2"
  out=$(as_user "$1" -o /dev/null -w '%{http_code} %{time_total} %{size_download}' "$BASE$2")
  DOWNLOAD_ROWS+=$(LC_NUMERIC=C printf '| %-12s | %-44s | %3s | %7.2f s | %7.1f MB |' "$1" "$2" "${out%% *}" \
    "$(echo "$out" | cut -d' ' -f2)" "$(echo "$out" | awk '{print $3 / 1048576}')")$'\n'
  echo "  $1 $2: $out" >&2
}

all_pages() {
measure office "/applications"
measure office "/applications?status=ENDORSED"
measure office "/applications?q=%E5%8E%8B%E6%B5%8B12345"
measure office "/applications?page=500"
measure recommender "/applications"
measure recommender "/applications?status=NOMINATED"
measure employer "/applications?status=SUBMITTED"
measure applicant "/applications"
measure office "/"
measure recommender "/"
measure supervisor "/audit"
measure supervisor "/audit?actor=employer"
measure supervisor "/audit?subjectType=APPLICATION&subjectId=100000"
measure admin "/admin/users?q=bench12"
measure office "/review/rounds/$ROUND/ranking"
measure office "/review/rounds/$ROUND/ranking?categoryId=$CATEGORY"
measure office "/review/rounds/$ROUND/ranking?categoryId=$CATEGORY&group=%E8%87%AA%E7%84%B6%E7%A7%91%E5%AD%A6"
measure office "/review/rounds/$ROUND/ranking?page=100"
# issue 16, 人选信息库 (ADR 0030): 20,000 records, paged and filtered in SQL; the office unfiltered, by
# year, by program, year and state, by unit, category and profile, by discipline group, age band and grade,
# by region and employer with a sort, by the start of a name, deep pages; a recommending unit its subtree
measure office "/talents"
measure office "/talents?year=$((YEAR - 2))"
measure office "/talents?programId=$PROGRAM&year=$((YEAR - 4))&status=COMPLETED"
measure office "/talents?recommenderId=$UNIT&categoryId=$TALENT_CATEGORY&title=SENIOR&gender=F"
measure office "/talents?disciplineGroup=%E5%B7%A5%E7%A8%8B%E4%B8%8E%E6%8A%80%E6%9C%AF%E7%A7%91%E5%AD%A6&ageBand=FROM_36_TO_45&lastGrade=EXCELLENT"
measure office "/talents?discipline=$DISCIPLINE&region=CENTRAL&order=BIRTH_DATE&dir=desc"
measure office "/talents?employer=%E5%A4%A7%E5%AD%A6&order=NAME"
measure office "/talents?q=%E5%8E%8B%E6%B5%8B2&order=RECOMMENDER"
measure office "/talents?status=ACTIVE&order=CYCLE_END&page=100"
measure office "/talents?page=500"
measure recommender "/talents"
measure recommender "/talents?year=$((YEAR - 1))&order=LAST_GRADE_YEAR&dir=desc"
measure employer "/talents"
# 统计分析 (ADR 0031): one grouped statement per owning module, whatever the number of records
measure office "/statistics/selection"
measure office "/statistics/selection?year=$YEAR"
measure office "/statistics/selection?programId=$PROGRAM&year=$((YEAR - 1))"
measure recommender "/statistics/selection"
measure office "/statistics/people"
measure office "/statistics/people?programId=$PROGRAM&year=$((YEAR - 3))"
measure office "/statistics/people?unitId=$UNIT&categoryId=$TALENT_CATEGORY"
measure recommender "/statistics/people"
measure office "/statistics/after-selection"
measure office "/statistics/after-selection?categoryId=$TALENT_CATEGORY"
measure supervisor "/statistics/after-selection"
measure recommender "/statistics/after-selection"
# the year-end report of this year (opened by YearEndDemoData, submitted by six units by
# TalentBenchmarkData): the overview of every unit, a submitted (frozen) and a live unit report, and the
# province's consolidated report (Excel and PDF; issue 16: ≤ 5 s for the whole province)
measure office "/yearend"
measure office "/yearend/$YEAR"
measure office "/yearend/$YEAR/units/$FROZEN"
measure office "/yearend/$YEAR/units/$UNIT"
measure recommender "/yearend/$YEAR/units/$UNIT"
measure office "/yearend/$YEAR/report.xlsx" 5
measure office "/yearend/$YEAR/report.pdf" 5
# issue 18: an applicant's home page and the sign-in page (a stranger: no session is read or written)
measure applicant "/"
measure anonymous "/login"
}

# A server in service has compiled its hot code; the first minutes after a start are the JIT's (on 2 cores
# its optimising compiler takes one core for minutes). So every page first gets $WARM_UP unmeasured
# requests, then the compiler's queue is drained (at most 3 minutes), then the pages are measured.
WARM_UP=${BENCH_WARM_UP:-15}
echo
echo "Warm-up: every page $WARM_UP times, then the compiler's queue drained (progress):"
WARMING=1 all_pages
wait_for_jit "$APP_PID" 180
echo "  ${JIT_WAIT} s until the compiler's queue was ${JIT_QUEUE}" >&2

echo
echo "Pages, $REQUESTS requests each, one at a time (progress):"
all_pages
echo
echo "Single downloads (progress):"
once office "/talents/export.xlsx"
once recommender "/talents/export.xlsx"
once office "/talents/export.xlsx?year=$((YEAR - 1))&status=ACTIVE"

# 4. Each key page's own SQL, timed alone
capture_statements() { # $1 label, $2 user, $3 path: writes $SQL_DIR/$1.sql and .txt; sets CAPTURED
  local label=$1 user=$2 path=$3 attempt start end stats count best="" best_count=""
  for attempt in 1 2 3; do
    start=$(stat -c %s "$SERVER_LOG")
    as_user "$user" -o /dev/null "$BASE$path"
    sleep 0.5   # the logging collector writes within milliseconds
    end=$(stat -c %s "$SERVER_LOG")
    stats=$(python3 bench/statements.py "$SQL_DIR/$label-$attempt.sql" "$SQL_DIR/$label-$attempt.txt" \
      "$SERVER_LOG" "$start" "$end")
    count=$(echo "$stats" | sed 's/^statements=\([0-9]*\).*/\1/')
    if [ -z "$best" ] || [ "$count" -lt "$best_count" ]; then
      best=$attempt
      best_count=$count
      CAPTURED=$stats
    fi
  done
  mv "$SQL_DIR/$label-$best.sql" "$SQL_DIR/$label.sql"
  mv "$SQL_DIR/$label-$best.txt" "$SQL_DIR/$label.txt"
  rm -f "$SQL_DIR/$label"-[123].sql "$SQL_DIR/$label"-[123].txt
}

stat_value() { echo "$1" | grep -o "$2=[0-9.]*" | sed 's/.*=//'; }

declare -A CAPTURED_STATS

sql_figures() { # $1 label, $2 user, $3 path: after capture_statements
  local label=$1 user=$2 path=$3 stats=${CAPTURED_STATS[$1]} statements server top alone ratio verdict
  local p95=${P95["$2 $3"]:-}
  statements=$(stat_value "$stats" statements)
  server=$(stat_value "$stats" server_ms)
  top=$(stat_value "$stats" top_ms)
  if [ "$statements" = 0 ]; then
    alone="no SQL"
    ratio="-"
    verdict=$(awk -v p="$p95" 'BEGIN { print (p <= 50 ? "met (p95)" : "not met: p95 > 50 ms") }')
  elif ! "${PSQL[@]}" -o /dev/null -f "$SQL_DIR/$label.sql" > "$SQL_DIR/$label.replay-error.txt" 2>&1; then
    alone="replay failed"
    ratio="-"
    verdict="see $SQL_DIR/$label.replay-error.txt"
  else
    rm -f "$SQL_DIR/$label.replay-error.txt"
    pgbench_run "$SQL_DIR/$label.sql" 1 1 5 "${PG_CONNECTION[@]}"
    alone=$PGB_LATENCY
    if [ "$alone" = failed ]; then
      ratio="-"
      verdict="see $SQL_DIR/$label.pgbench-1.txt"
    else
      ratio=$(awk -v p="$p95" -v s="$alone" 'BEGIN { printf "%.1f", p / s }')
      verdict=$(awk -v p="$p95" -v r="$ratio" 'BEGIN {
        if (p <= 50 && r <= 3) print "met"
        else if (p > 50 && r > 3) print "not met: p95 > 50 ms, > 3x SQL"
        else if (p > 50) print "not met: p95 > 50 ms"
        else print "not met: > 3x SQL" }')
      alone="$alone ms"
    fi
  fi
  SQL_ROWS+=$(printf '| %-12s | %-14s | %6s ms | %4s | %8s ms | %8s ms | %13s | %5s | %s |' "$user" "$path" "$p95" \
    "$statements" "$server" "$top" "$alone" "$ratio" "$verdict")$'\n'
  echo "  $user $path: $statements statements, SQL alone $alone, p95 $p95 ms" >&2
}

echo
echo "Each key page's SQL (progress; statements in $SQL_DIR):"
KEY_PAGES=("office-applications office /applications" "supervisor-audit supervisor /audit" "office-home office /"
  "recommender-home recommender /" "applicant-home applicant /" "anonymous-login anonymous /login")
if [ -f "$SERVER_LOG" ]; then
  statement_log on
  for page in "${KEY_PAGES[@]}"; do
    read -r label user path <<< "$page"
    capture_statements "$label" "$user" "$path"
    CAPTURED_STATS[$label]=$CAPTURED
  done
  statement_log off
  for page in "${KEY_PAGES[@]}"; do
    read -r label user path <<< "$page"
    sql_figures "$label" "$user" "$path"
  done
else
  echo "  $SERVER_LOG is missing: the server did not take the statement log's settings" >&2
fi

# 5. Throughput under 32 connections, beside the same page's SQL under pgbench
throughput() { # $1 label, $2 user, $3 path, $4 target req/s, $5 target p99 in ms (or -)
  local label=$1 user=$2 path=$3 cookie="" before after tps verdict
  [ "$user" = anonymous ] || cookie=$(cookie_header "$WORK/cookies-$user")
  before=$(http_status "$BASE$path" "$cookie")
  # warm-up: the same load for 10 s, then the optimising compiler's queue drained (not measured)
  WRK_DURATION=10s wrk_measure "$BASE$path" "$cookie" "$WORK/wrk-$label.warm-up.txt"
  wait_for_jit "$APP_PID" 120
  echo "  $user $path: warm-up ${WRK_RPS} req/s, then ${JIT_WAIT} s until the compiler's queue was ${JIT_QUEUE}" >&2
  wrk_measure "$BASE$path" "$cookie" "$WORK/wrk-$label.txt"
  after=$(http_status "$BASE$path" "$cookie")
  if [ -s "$SQL_DIR/$label.sql" ] && [ ! -f "$SQL_DIR/$label.replay-error.txt" ]; then
    pgbench_run "$SQL_DIR/$label.sql" "$PGBENCH_CLIENTS" "$PGBENCH_THREADS" "$PGBENCH_SECONDS" "${PG_CONNECTION[@]}"
    tps=$PGB_TPS
  elif [ -f "$SQL_DIR/$label.sql" ]; then
    tps="no SQL"
  else
    tps="-"
  fi
  verdict=$(awk -v rps="$WRK_RPS" -v p99="$WRK_P99" -v t="$4" -v tp="$5" -v bad="$((WRK_NON2XX + WRK_ERRORS))" \
    -v b="$before" -v a="$after" 'BEGIN {
      why = ""
      if (b != 200 || a != 200) why = why ", answered " b "/" a " before/after"
      if (rps < t) why = why ", < " t " req/s"
      if (tp != "-" && p99 > tp) why = why ", p99 > " tp " ms"
      if (bad > 0) why = why ", errors"
      print (why == "" ? "met" : "not met" why) }')
  WRK_ROWS+=$(printf '| %-12s | %-14s | %7s | %7s ms | %7s ms | %6s | %6s | %9s | %s |' "$user" "$path" "$WRK_RPS" \
    "$WRK_P50" "$WRK_P99" "$WRK_NON2XX" "$WRK_ERRORS" "$tps" "$verdict")$'\n'
  echo "  $user $path: $WRK_RPS req/s, p99 $WRK_P99 ms; its SQL under pgbench: $tps tps" >&2
}

echo
echo "Throughput: wrk -c $WRK_CONNECTIONS -t $WRK_THREADS -d $WRK_DURATION; pgbench -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS -T $PGBENCH_SECONDS (progress):"
throughput office-applications office /applications 300 300
throughput applicant-home applicant / 500 -
throughput anonymous-login anonymous /login 500 -

# 6. All figures
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
OOM=$(grep -c "OutOfMemoryError" "$WORK/app.log" || true)
{
  echo
  echo "## bench/run.sh, $(date '+%Y-%m-%d %H:%M'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "- Machine: $(nproc) cores; load average $LOAD_BEFORE before, $LOAD_AFTER after."
  echo "- Heap: limit $HEAP_MB MB (-Xmx$HEAP); $(gc_summary "$WORK/app-gc.log"); OutOfMemoryError: ${OOM:-0} in the log."
  [ -z "${LOAD_HEAP:-}" ] || echo "- Heap of $LOAD_HEAP."
  echo "- Start on the existing data directory: first 200 of /login ${START_MS} ms after the launch of java (${SPRING_STARTED:-no Spring start line})."
  echo
  echo '```'
  echo "$LOADER_LINES"
  echo '```'
  echo
  echo "Pages, $REQUESTS requests each (5 for the consolidated report), one at a time, after one warm-up request:"
  echo
  echo "| user         | page                                         | http|    p50    |    p95    |"
  echo "|--------------|----------------------------------------------|-----|-----------|-----------|"
  printf '%s' "$PAGE_ROWS"
  echo
  echo "Single downloads (after one warm-up request): the whole 人选信息库 in Excel, and one filtered."
  echo
  echo "| user         | download                                     | http|    time   |    size    |"
  echo "|--------------|----------------------------------------------|-----|-----------|------------|"
  printf '%s' "$DOWNLOAD_ROWS"
  echo
  echo "Each key page against its own SQL: the statements of one request (from the server's log), their time on"
  echo "the server during that request, the slowest one's, and all of them replayed alone by pgbench (one client,"
  echo "5 s, average). Target: p95 <= 50 ms and <= 3 x the SQL alone."
  echo
  echo "| user         | page           |    p95    | SQL  | in page     | slowest     | SQL alone     | ratio | target |"
  echo "|--------------|----------------|-----------|------|-------------|-------------|---------------|-------|--------|"
  printf '%s' "$SQL_ROWS"
  echo
  echo "Throughput: wrk, $WRK_CONNECTIONS connections, $WRK_THREADS threads, $WRK_DURATION (a signed-in page with its session"
  echo "cookie: every connection one session); beside it the page's SQL under pgbench -c $PGBENCH_CLIENTS -j $PGBENCH_THREADS"
  echo "-T $PGBENCH_SECONDS (page-equivalents per second). Targets: the office list >= 300 req/s, p99 <= 300 ms, no error;"
  echo "an applicant's home and /login >= 500 req/s."
  echo
  echo "| user         | page           |  req/s  |    p50     |    p99     | >=400  | socket | SQL tps   | target |"
  echo "|--------------|----------------|---------|------------|------------|--------|--------|-----------|--------|"
  printf '%s' "$WRK_ROWS"
} | tee "$WORK/results.md"
