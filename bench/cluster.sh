#!/usr/bin/env bash
# Two instances of the application on one database behind haproxy: the same wrk measurement as bench/run.sh
# (32 connections on 2 threads for 20 s) against one instance, then against the balancer in front of both,
# and the scaling from one to two. Sessions live in PostgreSQL (ADR 0007) and the CSRF token in a cookie
# (ADR 0036), so the balancer sends each request to the next instance in turn, without sticky sessions.
#
#   bench/run.sh          # once before: it loads the benchmark data into target/bench/postgres
#   bench/cluster.sh
#
# On the 2-core development machine the two instances share both cores with PostgreSQL, haproxy and wrk:
# the figures show that the pages stay correct under load across instances (every answer 200 whichever
# instance served it, a session signed in on one used on the other) more than a speed-up.
#
#  - Instance A (port 8091) starts the embedded PostgreSQL on the benchmark's data (port 54339); instance B
#    (port 8092) connects to it over TCP as an external database: jdbc:postgresql://localhost:54339/postgres,
#    user postgres (the embedded server trusts local connections). Both without the bench profile (the data is
#    there; its loaders would draw the review batch again), each -Xmx512m, its log in target/bench/cluster/.
#  - haproxy (Debian package haproxy, installed with apt-get if missing; sudo unless root) on port 8090:
#    roundrobin, no cookie, a health check on /actuator/health; its configuration and the statistics are
#    written to target/bench/cluster/.
#  - Pages: the office's /applications (signed in, its session cookie as a header), an applicant's home, /login.
# Ports: BENCH_CLUSTER_PORT (8090, the balancer), BENCH_CLUSTER_PORT_A (8091), BENCH_CLUSTER_PORT_B (8092),
# BENCH_CLUSTER_STATS_PORT (8098, haproxy's statistics), BENCH_PG_PORT (54339). About five minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

PG_PORT=${BENCH_PG_PORT:-54339}
PORT_LB=${BENCH_CLUSTER_PORT:-8090}
PORT_A=${BENCH_CLUSTER_PORT_A:-8091}
PORT_B=${BENCH_CLUSTER_PORT_B:-8092}
STATS_PORT=${BENCH_CLUSTER_STATS_PORT:-8098}
WORK=target/bench
DATA="$WORK/postgres"
CLUSTER="$WORK/cluster"
A="http://localhost:$PORT_A"
B="http://localhost:$PORT_B"
LB="http://localhost:$PORT_LB"

find_jar
[ -f "$DATA/PG_VERSION" ] || { echo "No benchmark database in $DATA: run bench/run.sh first (it loads the data)." >&2; exit 1; }
ensure_command wrk wrk
ensure_command haproxy haproxy
stop_stale_postgres "$DATA"
for port in "$PORT_LB" "$PORT_A" "$PORT_B" "$STATS_PORT" "$PG_PORT"; do
  require_free_port "$port"
done
mkdir -p "$CLUSTER"
rm -f "$CLUSTER"/cookies-*
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Heap limit of each instance: $(heap_limit_mb) MB (-Xmx$HEAP)"

echo "Starting instance A on port $PORT_A with the embedded PostgreSQL ($CLUSTER/app-a.log) ..."
start_app "$CLUSTER/app-a.log" --server.port="$PORT_A" \
  --talent.embedded-postgres.data-directory="$DATA" --talent.embedded-postgres.port="$PG_PORT"
PID_A=$APP_PID
wait_for_log "$CLUSTER/app-a.log" "$READINESS" 900 "$PID_A"
echo "Starting instance B on port $PORT_B on the same database over TCP ($CLUSTER/app-b.log) ..."
start_app "$CLUSTER/app-b.log" --server.port="$PORT_B" \
  --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/postgres" \
  --spring.datasource.username=postgres --spring.datasource.password=postgres
PID_B=$APP_PID
wait_for_log "$CLUSTER/app-b.log" "$READINESS" 900 "$PID_B"

cat > "$CLUSTER/haproxy.cfg" <<CFG
# written by bench/cluster.sh: two instances of the application, each request to the next in turn
global
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s

frontend talent
    bind 127.0.0.1:$PORT_LB
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /actuator/health
    server a 127.0.0.1:$PORT_A check inter 2s
    server b 127.0.0.1:$PORT_B check inter 2s

listen statistics
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
CFG
haproxy -c -q -f "$CLUSTER/haproxy.cfg"
haproxy -db -f "$CLUSTER/haproxy.cfg" > "$CLUSTER/haproxy.log" 2>&1 &
BG_PIDS+=("$!")
HAPROXY_PID=$!
servers_up() { # how many of the balancer's servers pass their health check
  curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '
    NR == 1 { for (i = 1; i <= NF; i++) { name = $i; sub(/^# /, "", name); col[name] = i }; next }
    $1 == "instances" && $2 != "BACKEND" && $(col["status"]) ~ /^UP/ { n++ }
    END { print n + 0 }'
}
for _ in $(seq 1 60); do
  [ "$(servers_up)" = 2 ] && break
  kill -0 "$HAPROXY_PID" 2>/dev/null || { echo "haproxy stopped; see $CLUSTER/haproxy.log" >&2; exit 1; }
  sleep 0.5
done
[ "$(servers_up)" = 2 ] || { echo "haproxy does not see both instances up; see $CLUSTER/haproxy.log" >&2; exit 1; }

# One sign-in each, through the balancer; the session must answer on both instances.
for user in office applicant; do
  sign_in "$LB" "$user" "$CLUSTER/cookies-$user"
done
OFFICE=$(cookie_header "$CLUSTER/cookies-office")
APPLICANT=$(cookie_header "$CLUSTER/cookies-applicant")
echo "The office's session, signed in through the balancer: /applications answers $(http_status "$A/applications" "$OFFICE")" \
  "on instance A and $(http_status "$B/applications" "$OFFICE") on instance B."

ROWS=""
measure_pair() { # $1 user, $2 path, $3 cookie header
  local a_rps a_p50 a_p99 a_bad lb_rps lb_p50 lb_p99 lb_bad checks scaling label
  label=$(echo "$1$2" | tr -c 'a-zA-Z0-9\n' '-')
  checks="A $(http_status "$A$2" "$3")"
  wrk_measure "$A$2" "$3" "$CLUSTER/wrk-$label-one.txt"
  a_rps=$WRK_RPS a_p50=$WRK_P50 a_p99=$WRK_P99 a_bad=$((WRK_NON2XX + WRK_ERRORS))
  checks+=" $(http_status "$A$2" "$3"), balancer $(http_status "$LB$2" "$3") $(http_status "$LB$2" "$3")"
  wrk_measure "$LB$2" "$3" "$CLUSTER/wrk-$label-two.txt"
  lb_rps=$WRK_RPS lb_p50=$WRK_P50 lb_p99=$WRK_P99 lb_bad=$((WRK_NON2XX + WRK_ERRORS))
  checks+=" $(http_status "$LB$2" "$3") $(http_status "$LB$2" "$3")"
  scaling=$(awk -v a="$a_rps" -v b="$lb_rps" 'BEGIN { if (a > 0) printf "%.2f x", b / a; else print "-" }')
  ROWS+=$(printf '| %-11s | %-13s | %6s | %6s ms | %6s ms | %5s | %6s | %6s ms | %6s ms | %5s | %7s | %s |' "$1" "$2" \
    "$a_rps" "$a_p50" "$a_p99" "$a_bad" "$lb_rps" "$lb_p50" "$lb_p99" "$lb_bad" "$scaling" "$checks")$'\n'
  echo "  $1 $2: one instance $a_rps req/s, two $lb_rps req/s ($scaling)" >&2
}

echo "wrk -c $WRK_CONNECTIONS -t $WRK_THREADS -d $WRK_DURATION against instance A, then against the balancer (progress):"
measure_pair office /applications "$OFFICE"
measure_pair applicant / "$APPLICANT"
measure_pair anonymous /login ""

# What each instance served through the balancer, from haproxy's statistics
STATS=$(curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '
  NR == 1 { for (i = 1; i <= NF; i++) { name = $i; sub(/^# /, "", name); col[name] = i }; next }
  $1 == "instances" && $2 != "BACKEND" {
    printf "%s: %s requests, %s 2xx, %s 3xx, %s 4xx, %s 5xx; ", $2, $(col["req_tot"]), $(col["hrsp_2xx"]),
      $(col["hrsp_3xx"]), $(col["hrsp_4xx"]), $(col["hrsp_5xx"]) }')
ERRORS_A=$(grep -c " ERROR " "$CLUSTER/app-a.log" || true)
ERRORS_B=$(grep -c " ERROR " "$CLUSTER/app-b.log" || true)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo
  echo "## bench/cluster.sh, $(date '+%Y-%m-%d %H:%M'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo
  echo "Two instances (-Xmx$HEAP each) on one PostgreSQL behind haproxy (roundrobin, no sticky sessions); wrk"
  echo "-c $WRK_CONNECTIONS -t $WRK_THREADS -d $WRK_DURATION against one instance, then against the balancer. $(nproc) cores, shared by"
  echo "both instances, PostgreSQL, haproxy and wrk: the figures show correctness under load across instances more than"
  echo "a speed-up. Load average $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "| user        | page          | one: req/s |    p50    |    p99    | >=400/errors | two: req/s |    p50    |    p99    | >=400/errors | scaling | HTTP status checks (before and after each run) |"
  echo "|-------------|---------------|--------|-----------|-----------|-------|--------|-----------|-----------|-------|---------|------|"
  printf '%s' "$ROWS"
  echo
  echo "- Served through the balancer: ${STATS:-(no statistics)}"
  echo "- ERROR lines in the logs: instance A $ERRORS_A, instance B $ERRORS_B."
} | tee "$CLUSTER/results.md"
