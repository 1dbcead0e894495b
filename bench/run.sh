#!/usr/bin/env bash
# Benchmark of the key pages at the scale the system is designed for: 300,000 applications
# (one applicant account each) and 1.5 million audit lines, on the embedded PostgreSQL; and of
# the review stage: the expert draw for 20,000 applications x 5 slots from 2,000 experts, the
# aggregation of the 100,000 reviews, and the ranking page of those 20,000 applications; and (issue 16)
# of the 人选信息库, the statistics and the year-end report over 20,000 talent records with five years
# of yearly reports, outputs, assessments, exits, funds and transfers (TalentBenchmarkData).
#
#   bench/run.sh                 # build if needed, load the data once (a few minutes), measure
#   BENCH_REQUESTS=50 bench/run.sh
#
# The data lives in target/bench/postgres and is reused by later runs; the review batch is reset
# and drawn, scored and aggregated again at every start (about a minute), and the timings of the
# draw and the aggregation are printed from the log. Prints the median and 95th-percentile
# response time of each page, signed in as the role that uses it, and the time of single large
# downloads (the 人选信息库's Excel export). Only talks to localhost. docs/performance-issue16.md
# explains the issue-16 part and holds its figures.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8089}
PG_PORT=${BENCH_PG_PORT:-54339}
REQUESTS=${BENCH_REQUESTS:-30}
BASE="http://localhost:$PORT"
WORK=target/bench
mkdir -p "$WORK"
rm -f "$WORK"/cookies-*   # sign in afresh: a session of an earlier run may have expired

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
# loaders, in order: BenchmarkData, ReviewBenchmarkData (draws, scores and aggregates the review
# batch at every start), and last TalentBenchmarkData (the talent records and the year-end reports).
READY="Benchmark talent data ready"
for _ in $(seq 1 3600); do
  grep -q "$READY" "$WORK/app.log" 2>/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "The application stopped; see $WORK/app.log"; exit 1; }
  sleep 1
done
grep -q "$READY" "$WORK/app.log" || { echo "Timed out; see $WORK/app.log"; exit 1; }
grep -ho "Benchmark data ready.*\|Benchmark review data.*\|Benchmark draw:.*\|Benchmark reviews:.*\|Benchmark aggregate:.*" \
  "$WORK/app.log"
grep -ho "Benchmark talent data.*\|Benchmark talents:.*\|Benchmark year-end:.*" "$WORK/app.log"
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

sign_in() { # $1 user, $2 cookie jar
  rm -f "$2"
  local token
  token=$(curl -s -c "$2" -b "$2" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$2" -b "$2" -o /dev/null -d "username=$1&password=Demo@2026&_csrf=$token" "$BASE/login"
}

measure() { # $1 user, $2 path, $3 requests (default $REQUESTS)
  local jar="$WORK/cookies-$1" times status n=${3:-$REQUESTS}
  [ -f "$jar" ] || sign_in "$1" "$jar"
  status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$BASE$2")
  times=$(for _ in $(seq 1 "$n"); do
    curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$BASE$2"
  done | sort -n)
  local p50 p95
  p50=$(echo "$times" | awk -v n="$n" 'NR==int((n+1)/2){printf "%.0f", $1*1000}')
  p95=$(echo "$times" | awk -v n="$n" 'NR==int(n*0.95+0.5){printf "%.0f", $1*1000}')
  printf '| %-12s | %-44s | %3s | %6s ms | %6s ms |\n' "$1" "$2" "$status" "$p50" "$p95"
}

once() { # $1 user, $2 path: one request (after one warm-up), its status, time and size
  local jar="$WORK/cookies-$1" out
  [ -f "$jar" ] || sign_in "$1" "$jar"
  curl -s -b "$jar" -o /dev/null "$BASE$2"
  out=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total} %{size_download}' "$BASE$2")
  LC_NUMERIC=C printf '| %-12s | %-44s | %3s | %7.2f s | %7.1f MB |\n' "$1" "$2" "${out%% *}" \
    "$(echo "$out" | cut -d' ' -f2)" "$(echo "$out" | awk '{print $3 / 1048576}')"
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
echo
echo "Single downloads (after one warm-up request): the whole 人选信息库 in Excel, and one filtered."
echo
echo "| user         | download                                     | http|    time   |    size    |"
echo "|--------------|----------------------------------------------|-----|-----------|------------|"
once office "/talents/export.xlsx"
once recommender "/talents/export.xlsx"
once office "/talents/export.xlsx?year=$((YEAR - 1))&status=ACTIVE"
echo
echo "$REQUESTS requests per page (5 for the consolidated report), one at a time, after one warm-up request."
