#!/usr/bin/env bash
# Benchmark of the key pages at the scale the system is designed for: 300,000 applications
# (one applicant account each) and 1.5 million audit lines, on the embedded PostgreSQL; and of
# the review stage: the expert draw for 20,000 applications x 5 slots from 2,000 experts, the
# aggregation of the 100,000 reviews, and the ranking page of those 20,000 applications.
#
#   bench/run.sh                 # build if needed, load the data once (a few minutes), measure
#   BENCH_REQUESTS=50 bench/run.sh
#
# The data lives in target/bench/postgres and is reused by later runs; the review batch is reset
# and drawn, scored and aggregated again at every start (about a minute), and the timings of the
# draw and the aggregation are printed from the log. Prints the median and 95th-percentile
# response time of each page, signed in as the role that uses it. Only talks to localhost.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8089}
PG_PORT=${BENCH_PG_PORT:-54339}
REQUESTS=${BENCH_REQUESTS:-30}
BASE="http://localhost:$PORT"
WORK=target/bench
mkdir -p "$WORK"

JAR=$(ls target/talent-program-*.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
  JAR=$(ls target/talent-program-*.jar | head -1)
fi

java -jar "$JAR" --spring.profiles.active=bench --server.port="$PORT" \
  --talent.embedded-postgres.data-directory="$WORK/postgres" --talent.embedded-postgres.port="$PG_PORT" \
  > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT

echo "Starting the application (the first run loads the data; see $WORK/app.log)..."
# The server answers before the data is loaded (runners run after start-up): wait for the
# loaders, the last of which draws, scores and aggregates the review batch.
for _ in $(seq 1 3600); do
  grep -q "Benchmark review ready" "$WORK/app.log" 2>/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "The application stopped; see $WORK/app.log"; exit 1; }
  sleep 1
done
grep -q "Benchmark review ready" "$WORK/app.log" || { echo "Timed out; see $WORK/app.log"; exit 1; }
grep -ho "Benchmark data ready.*\|Benchmark review data.*\|Benchmark draw:.*\|Benchmark reviews:.*\|Benchmark aggregate:.*" \
  "$WORK/app.log"
ROUND=$(grep -o "Benchmark ranking: round=[0-9]*" "$WORK/app.log" | tail -1 | sed 's/.*=//')
CATEGORY=$(grep -o "Benchmark ranking: round=[0-9]* category=[0-9]*" "$WORK/app.log" | tail -1 | sed 's/.*=//')

sign_in() { # $1 user, $2 cookie jar
  rm -f "$2"
  local token
  token=$(curl -s -c "$2" -b "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$2" -b "$2" -o /dev/null -d "username=$1&password=Demo@2026&_csrf=$token" "$BASE/login"
}

measure() { # $1 user, $2 path
  local jar="$WORK/cookies-$1" times status
  [ -f "$jar" ] || sign_in "$1" "$jar"
  status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$BASE$2")
  times=$(for _ in $(seq 1 "$REQUESTS"); do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$BASE$2"
  done | sort -n)
  local p50 p95
  p50=$(echo "$times" | awk -v n="$REQUESTS" 'NR==int((n+1)/2){printf "%.0f", $1*1000}')
  p95=$(echo "$times" | awk -v n="$REQUESTS" 'NR==int(n*0.95+0.5){printf "%.0f", $1*1000}')
  printf '| %-12s | %-44s | %3s | %6s ms | %6s ms |\n' "$1" "$2" "$status" "$p50" "$p95"
}

echo
echo "| user         | page                                         | http|    p50    |    p95    |"
echo "|--------------|----------------------------------------------|-----|-----------|-----------|"
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
# the year-end report of this year (YearEndDemoData): the overview of every unit, one unit's report, and the
# province's consolidated report (Excel and PDF; issue 16: ≤ 5 s for the whole province)
YEAR=$(date +%Y)
measure office "/yearend/$YEAR"
UNIT_REPORT=$(curl -s -b "$WORK/cookies-office" "$BASE/yearend/$YEAR" | grep -o "/yearend/$YEAR/units/[0-9]*" | head -1)
[ -n "$UNIT_REPORT" ] && measure office "$UNIT_REPORT"
measure office "/yearend/$YEAR/report.xlsx"
measure office "/yearend/$YEAR/report.pdf"
# 统计分析 (ADR 0031): one grouped statement per owning module, whatever the number of records
measure office "/statistics/selection"
measure office "/statistics/selection?year=$(date +%Y)"
measure recommender "/statistics/selection"
measure office "/statistics/people"
measure recommender "/statistics/people"
measure office "/statistics/after-selection"
measure supervisor "/statistics/after-selection"
measure recommender "/statistics/after-selection"
echo
echo "$REQUESTS requests per page, one at a time, after one warm-up request."
