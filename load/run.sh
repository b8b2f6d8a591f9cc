#!/usr/bin/env bash
# HTTP load test: card servlets against a bare Jetty servlet that writes the same response bytes,
# with wrk, on 127.0.0.1 only, for a bounded time.
#
#   load/run.sh                     builds, runs every scenario, prints the table, draws the chart
#
# Each scenario first gets WARMUP seconds of unmeasured load (default 15: on two cores the JIT
# needs that long), then ROUNDS (default 11) measured runs of DURATION seconds (default 5). In a
# round every scenario runs once, in an order shuffled anew each round, so that none
# always follows the same neighbour. Reported per scenario: the median requests/s and p50 over the
# rounds, the worst p99 and all errors; two ratios to bare Jetty, that of the medians and the
# median of the ratios within each round ("paired"); and the median CPU time the server process
# spent per request (user + system, all its threads), which depends far less than requests/s on
# how the two cores are shared. On a shared virtual machine a neighbour's load can slow a round
# by 30 % or speed it up; short rounds, many of them, and pairing each card round with the bare
# round next to it keep such swings from deciding. Other environment (optional): CONNECTIONS
# (default 32), THREADS (wrk threads, default 2), JAVA_OPTS (for every server, default "-Xms512m
# -Xmx512m"), SKIP_BUILD=1, CHART (PNG to write, default docs/http-throughput.png; empty for none),
# SETS (which sets of scenarios below to run, default "example rich table"), LOAD_JAR (the load
# tools jar to run, default the one built), WORK (where the raw results go, default
# load/target/run).
#
# Servers, each started by this script on the same Jetty set-up (dev.crmcards.load.LoadJetty):
#   async mount     the card servlet with its default settings (4 s handler deadline), except that
#                   v2 alone verifies (requireV3(false)) for the v2 scenarios; registered
#                   async-supported, as the README advises (dev.crmcards.load.CardServer async)
#   plain mount     the same, registered with a plain ServletHolder, as most people write it
#   bare Jetty      a servlet writing the same status, headers and bytes, and nothing else; sent
#                   the same request as the v2 scenarios, signature headers included
# Both card servers verify every request as signed for the URL the card declares
# (https://www.example.com/demo-fetch?...), as HubSpot signs it.
#
# Scenarios, in sets; each set has its own bare Jetty serving exactly that set's answer, and each
# card scenario is compared with the bare Jetty of its set:
#   example   the example's bug-tracker card, whose handler returns a list it keeps ready: each
#             mount with a static v2 signature, and with v3 signatures whose timestamp lies in the
#             current second (a new HMAC per request); then "bare Jetty"
#   rich      the rich card (dev.crmcards.load.rich.Subscription), whose handler builds its answer
#             on every request as users write one (every data type, per-object properties through
#             the Property factories, accented and escaped text, conditional actions): async
#             mount, v2, and v3 as the card verifies by default; then "bare Jetty, rich answer"
#   table     the example's orders card (TABLE, 200 orders per company): the first page, 10 rows,
#             with its summary (statistics and a chart), as the card UI asks for it: async mount,
#             v2, "TABLE page with summary", and v3, as the card verifies by default, "TABLE page
#             with summary, v3"; "TABLE pipeline, page kept", the same v2 request through
#             the same card pipeline to a route that answers the first answer's bytes again (what
#             crmcards adds apart from the handler and the JSON writer; CardServer orders-kept);
#             then "bare Jetty, TABLE answer"
#
# Bars (issue "one container-neutral core"; issue 20 for the rich card): every card scenario
# reaches at least 0.90x the requests/s of its set's bare Jetty, both as the ratio of the medians
# and as the median paired ratio, its p99 is at most twice that bare Jetty's, and it has no errors
# (socket errors, or status >= 400 as wrk counts them). The script exits 1 if a bar is missed,
# saying by how much.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=${DURATION:-5}
WARMUP=${WARMUP:-15}
ROUNDS=${ROUNDS:-11}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m}
CHART=${CHART-docs/http-throughput.png}
SETS=${SETS:-example rich table}
HOST=127.0.0.1

if ! command -v wrk >/dev/null; then
  echo "wrk is missing; installing Debian's package" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
  # package, not install: the tools run from this checkout's target folders, and the reader's
  # local repository stays as it was.
  echo "building (mvn package -DskipTests -pl load -am)..." >&2
  mvn -q -B package -DskipTests -pl load -am
fi
LOAD_JAR=${LOAD_JAR:-$ROOT/load/target/crmcards-load.jar}

WORK=${WORK:-$ROOT/load/target/run}
rm -rf "$WORK"
mkdir -p "$WORK"

# shellcheck source=load/servers.sh
source "$ROOT/load/servers.sh"
RICH_SIGNED_URL="https://www.example.com/subscriptions?$QUERY"
# The card UI's first TABLE page: page and pageSize always, so the summary comes with it.
TABLE_QUERY="$QUERY&page=1&pageSize=10"
TABLE_SIGNED_URL="https://www.example.com/orders?$TABLE_QUERY"

# start_card MOUNT PORT [CARD]: a card server; its log is named after the mount and the card.
start_card() {
  start_card_server "$1${3:+-$3}" "$2" "$LOAD_JAR" "$1" "${3:-}"
}

in_sets() { [[ " $SETS " == *" $1 "* ]]; }

if in_sets example; then
  ASYNC_PORT=$(free_port)
  start_card async "$ASYNC_PORT"
  ASYNC_PID=$!
  PLAIN_PORT=$(free_port)
  start_card plain "$PLAIN_PORT"
  PLAIN_PID=$!
  wait_for_port "$ASYNC_PORT" async
  wait_for_port "$PLAIN_PORT" plain
  ASYNC_URL="http://$HOST:$ASYNC_PORT/demo-fetch?$QUERY"
  PLAIN_URL="http://$HOST:$PLAIN_PORT/demo-fetch?$QUERY"
  java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner fetch "$ASYNC_URL" "$SIGNED_URL" "$SECRET" \
    "$WORK/answer.json"
  java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner fetch "$PLAIN_URL" "$SIGNED_URL" "$SECRET" \
    "$WORK/answer-plain.json"
  cmp -s "$WORK/answer.json" "$WORK/answer-plain.json" || {
    echo "the two mounts answer differently" >&2
    exit 1
  }
  # The bare servlet must answer exactly the bytes the card servlet does.
  start_bare bare "$WORK/answer.json" "/demo-fetch?$QUERY"
  BARE_PID=$BARE_STARTED_PID
  BARE_URL=$BARE_STARTED_URL
fi

# start_card_and_bare SET CARD PATH QUERY SIGNED_URL: the card CARD (async mount) and a bare Jetty
# answering its bytes, for the scenario set SET; sets CARD_PID, CARD_URL, BARE_PID and BARE_URL of
# that set (RICH_PID, BARE_RICH_URL...), both URLs with PATH and QUERY.
start_card_and_bare() {
  local set=$1 card=$2 path=$3 query=$4 signed_url=$5 port
  port=$(free_port)
  start_card async "$port" "$card"
  printf -v "${set}_PID" %s "$!"
  wait_for_port "$port" "async-$card"
  printf -v "${set}_URL" %s "http://$HOST:$port$path?$query"
  local url_var="${set}_URL"
  java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner fetch "${!url_var}" "$signed_url" "$SECRET" \
    "$WORK/$card-answer.json"
  start_bare "bare-$card" "$WORK/$card-answer.json" "$path?$query"
  printf -v "BARE_${set}_PID" %s "$BARE_STARTED_PID"
  printf -v "BARE_${set}_URL" %s "$BARE_STARTED_URL"
}

if in_sets rich; then
  start_card_and_bare RICH subscriptions /subscriptions "$QUERY" "$RICH_SIGNED_URL"
fi

if in_sets table; then
  start_card_and_bare TABLE orders /orders "$TABLE_QUERY" "$TABLE_SIGNED_URL"
  grep -q '"summary":' "$WORK/orders-answer.json" || {
    echo "the TABLE page has no summary" >&2
    exit 1
  }
  KEPT_PORT=$(free_port)
  start_card async "$KEPT_PORT" orders-kept
  KEPT_PID=$!
  wait_for_port "$KEPT_PORT" async-orders-kept
  KEPT_URL="http://$HOST:$KEPT_PORT/orders?$TABLE_QUERY"
  for _ in 1 2; do
    java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner fetch "$KEPT_URL" "$TABLE_SIGNED_URL" "$SECRET" \
      "$WORK/orders-kept-answer.json"
    cmp -s "$WORK/orders-answer.json" "$WORK/orders-kept-answer.json" || {
      echo "the kept TABLE page differs from the card's" >&2
      exit 1
    }
  done
fi

# v2 has no timestamp: one signature serves the whole run. v3: signatures for every second of it.
mapfile -t V2_HEADERS < <(java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner v2 "$SIGNED_URL" "$SECRET")
if in_sets rich; then
  mapfile -t RICH_V2_HEADERS < <(java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner v2 "$RICH_SIGNED_URL" \
    "$SECRET")
fi
if in_sets table; then
  mapfile -t TABLE_V2_HEADERS < <(java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner v2 "$TABLE_SIGNED_URL" \
    "$SECRET")
fi
NAMES=()
if in_sets example; then
  NAMES+=("async mount, v2" "async mount, v3" "plain mount, v2" "plain mount, v3" "bare Jetty")
fi
if in_sets rich; then
  NAMES+=("rich card, v2" "rich card, v3" "bare Jetty, rich answer")
fi
if in_sets table; then
  NAMES+=("TABLE page with summary" "TABLE page with summary, v3" "TABLE pipeline, page kept"
    "bare Jetty, TABLE answer")
fi
# v3 timestamps for every second of the run: each scenario's warm-up and rounds, half as long again
# for the time between runs, and a minute more.
V3_SECONDS=$(((WARMUP + DURATION * ROUNDS) * ${#NAMES[@]} * 3 / 2 + 60))
java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner v3 "$SIGNED_URL" "$SECRET" "$V3_SECONDS" 64 \
  "$WORK/v3-signatures.tsv"
if in_sets rich; then
  java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner v3 "$RICH_SIGNED_URL" "$SECRET" "$V3_SECONDS" 64 \
    "$WORK/rich-v3-signatures.tsv"
fi
if in_sets table; then
  java -cp "$LOAD_JAR" dev.crmcards.load.LoadSigner v3 "$TABLE_SIGNED_URL" "$SECRET" "$V3_SECONDS" 64 \
    "$WORK/table-v3-signatures.tsv"
fi

# measure NAME ROUND PID URL [wrk options...]: one measured wrk run against the server PID;
# appends to rounds.tsv its figures and the server's CPU time per request. Requests/s depends on
# how the two cores are shared with wrk and with whatever else the host runs; CPU time per request
# is what the server itself spends, the steadier measure of its own cost.
ROUNDS_FILE=$WORK/rounds.tsv
: >"$ROUNDS_FILE"
measure() {
  local name=$1 round=$2 pid=$3 url=$4
  shift 4
  echo "== $name, round $round: ${DURATION}s, $CONNECTIONS connections" >&2
  local before after
  before=$(cpu_ticks "$pid")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 2s -s load/wrk/fetch.lua "$@" \
    --latency "$url" >"$WORK/$name round $round.txt"
  after=$(cpu_ticks "$pid")
  local line
  line=$(grep '^RESULT ' "$WORK/$name round $round.txt")
  get() { sed -E "s/.* $1=([0-9.]+).*/\\1/" <<<"$line"; }
  local cpu_us
  cpu_us=$(awk -v t=$((after - before)) -v hz="$TICKS_PER_SECOND" -v n="$(get requests)" \
    'BEGIN { printf "%.1f", (n > 0) ? t * 1e6 / hz / n : 0 }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(get rps)" "$(get p50_us)" "$(get p99_us)" \
    "$(($(get socket_errors) + $(get status_errors)))" "$round" "$cpu_us" >>"$ROUNDS_FILE"
}

# warm NAME ROUND PID URL [wrk options...]: unmeasured load, so that the JIT has compiled the
# hot paths.
warm() {
  local name=$1 url=$4
  shift 4
  echo "== $name: ${WARMUP}s warm-up" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 2s -s load/wrk/fetch.lua "$@" "$url" \
    >"$WORK/$name warm-up.txt"
}

# scenario warm|measure NAME ROUND
scenario() {
  local what=$1 name=$2 round=$3
  case $name in
    "async mount, v2") "$what" "$name" "$round" "$ASYNC_PID" "$ASYNC_URL" \
      -H "${V2_HEADERS[0]}" -H "${V2_HEADERS[1]}" ;;
    "async mount, v3") V3_SIGNATURES=$WORK/v3-signatures.tsv \
      "$what" "$name" "$round" "$ASYNC_PID" "$ASYNC_URL" ;;
    "plain mount, v2") "$what" "$name" "$round" "$PLAIN_PID" "$PLAIN_URL" \
      -H "${V2_HEADERS[0]}" -H "${V2_HEADERS[1]}" ;;
    "plain mount, v3") V3_SIGNATURES=$WORK/v3-signatures.tsv \
      "$what" "$name" "$round" "$PLAIN_PID" "$PLAIN_URL" ;;
    # The same request bytes as "v2", so that Jetty parses the same headers on both sides.
    "bare Jetty") "$what" "$name" "$round" "$BARE_PID" "$BARE_URL" \
      -H "${V2_HEADERS[0]}" -H "${V2_HEADERS[1]}" ;;
    "rich card, v2") "$what" "$name" "$round" "$RICH_PID" "$RICH_URL" \
      -H "${RICH_V2_HEADERS[0]}" -H "${RICH_V2_HEADERS[1]}" ;;
    "rich card, v3") V3_SIGNATURES=$WORK/rich-v3-signatures.tsv \
      "$what" "$name" "$round" "$RICH_PID" "$RICH_URL" ;;
    "bare Jetty, rich answer") "$what" "$name" "$round" "$BARE_RICH_PID" "$BARE_RICH_URL" \
      -H "${RICH_V2_HEADERS[0]}" -H "${RICH_V2_HEADERS[1]}" ;;
    "TABLE page with summary") "$what" "$name" "$round" "$TABLE_PID" "$TABLE_URL" \
      -H "${TABLE_V2_HEADERS[0]}" -H "${TABLE_V2_HEADERS[1]}" ;;
    "TABLE page with summary, v3") V3_SIGNATURES=$WORK/table-v3-signatures.tsv \
      "$what" "$name" "$round" "$TABLE_PID" "$TABLE_URL" ;;
    "bare Jetty, TABLE answer") "$what" "$name" "$round" "$BARE_TABLE_PID" "$BARE_TABLE_URL" \
      -H "${TABLE_V2_HEADERS[0]}" -H "${TABLE_V2_HEADERS[1]}" ;;
    "TABLE pipeline, page kept") "$what" "$name" "$round" "$KEPT_PID" "$KEPT_URL" \
      -H "${TABLE_V2_HEADERS[0]}" -H "${TABLE_V2_HEADERS[1]}" ;;
  esac
}

# bare_for NAME: the bare Jetty scenario a scenario is compared with (a bare one, with itself).
bare_for() {
  case $1 in
    "rich card, v2" | "rich card, v3" | "bare Jetty, rich answer") echo "bare Jetty, rich answer" ;;
    "TABLE page with summary" | "TABLE page with summary, v3" | "TABLE pipeline, page kept" \
      | "bare Jetty, TABLE answer")
      echo "bare Jetty, TABLE answer" ;;
    *) echo "bare Jetty" ;;
  esac
}
is_bare() { [ "$(bare_for "$1")" = "$1" ]; }

echo "load before the run: $(uptime)" >&2
for name in "${NAMES[@]}"; do
  scenario warm "$name" 0
done
for round in $(seq 1 "$ROUNDS"); do
  # A new order every round, so that no scenario always follows the same neighbour (a server
  # that has just been busy, or one that has idled longest).
  mapfile -t ORDER < <(printf '%s\n' "${NAMES[@]}" | shuf)
  for name in "${ORDER[@]}"; do
    scenario measure "$name" "$round"
  done
done

# Per scenario: the median requests/s and p50 over the rounds (one disturbed round does not move
# it), the worst p99, all errors, the median over the rounds of its requests/s divided by its bare
# Jetty's in the same round, and the median server CPU time per request.
RESULTS=$WORK/results.tsv
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for name in "${NAMES[@]}"; do
  rps=$(awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$ROUNDS_FILE" | median)
  p50=$(awk -F'\t' -v n="$name" '$1 == n { print $3 }' "$ROUNDS_FILE" | median)
  paired=$(awk -F'\t' -v n="$name" -v b="$(bare_for "$name")" '$1 == b { bare[$6] = $2 } $1 == n { own[$6] = $2 }
    END { for (r in own) printf "%.4f\n", own[r] / bare[r] }' "$ROUNDS_FILE" | median)
  cpu=$(awk -F'\t' -v n="$name" '$1 == n { print $7 }' "$ROUNDS_FILE" | median)
  awk -F'\t' -v n="$name" -v rps="$rps" -v p50="$p50" -v paired="$paired" -v cpu="$cpu" \
    '$1 == n { if ($4 > p99) p99 = $4; e += $5 }
    END { printf "%s\t%.1f\t%.3f\t%.3f\t%d\t%.4f\t%.1f\n", n, rps, p50 / 1000, p99 / 1000, e, paired, cpu }' \
    "$ROUNDS_FILE"
done >"$RESULTS"

for log in "$WORK"/async*.log "$WORK"/plain*.log; do
  [ -e "$log" ] || continue
  mount=$(basename "$log" .log)
  if grep -q "request rejected" "$log"; then
    echo "the $mount mount rejected requests, for example:" >&2
    grep -m 3 "request rejected" "$log" >&2 || true
  fi
done

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
JDK=$(java -version 2>&1 | awk 'NR == 1 { gsub(/"/, ""); print }')
# wrk --version exits 1 after printing its usage.
WRK=$({ wrk --version 2>&1 || true; } | awk 'NR == 1 { print $1, $2 }')
MACHINE="$(nproc) cores ($CPU), $MEM, $JDK, $WRK"

echo
echo "machine: $MACHINE"
echo "wrk -t$THREADS -c$CONNECTIONS, ${WARMUP}s warm-up, then $ROUNDS rounds of ${DURATION}s per scenario (median shown); JAVA_OPTS=$JAVA_OPTS"
echo "in the order run (scenario, req/s, p50 us, p99 us, errors, round, server CPU us/request):"
sed 's/^/  /' "$ROUNDS_FILE"
echo
printf '| %-27s | %10s | %8s | %8s | %6s | %8s | %8s | %12s |\n' scenario "req/s" "p50 ms" "p99 ms" errors \
  "vs bare" "paired" "CPU us/req"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' "----------------------------:" "-----------:" "---------:" "---------:" \
  "-------:" "---------:" "---------:" "-------------:" | sed 's/-:/--/; s/^|-/|:/'
# bare_column NAME COLUMN: a column of the results of NAME's bare Jetty.
bare_column() { awk -F'\t' -v b="$(bare_for "$1")" -v c="$2" '$1 == b { print $c }' "$RESULTS"; }
while IFS=$'\t' read -r name rps p50 p99 errors paired cpu; do
  ratio=$(awk -v a="$rps" -v b="$(bare_column "$name" 2)" 'BEGIN { printf "%.2fx", a / b }')
  printf '| %-27s | %10.0f | %8s | %8s | %6s | %8s | %8s | %12s |\n' "$name" "$rps" "$p50" "$p99" "$errors" \
    "$ratio" "$(printf %.2f "$paired")x" "$cpu"
done <"$RESULTS"
echo

status=0
while IFS=$'\t' read -r name rps p50 p99 errors paired cpu; do
  is_bare "$name" && continue
  verdict=$(awk -v a="$rps" -v b="$(bare_column "$name" 2)" -v p99="$p99" -v bp99="$(bare_column "$name" 4)" \
    -v e="$errors" -v pr="$paired" 'BEGIN {
    r = a / b; out = ""
    if (r < 0.90) out = out sprintf(" throughput %.3fx of bare (bar 0.90x, missed by %.1f%%);", r, (0.90 - r) / 0.90 * 100)
    if (pr < 0.90) out = out sprintf(" paired throughput %.3fx of bare (bar 0.90x, missed by %.1f%%);", pr, (0.90 - pr) / 0.90 * 100)
    if (p99 > 2 * bp99) out = out sprintf(" p99 %.2f ms, %.1fx bare Jetty at %.2f ms (bar 2x);", p99, p99 / bp99, bp99)
    if (e > 0) out = out sprintf(" %d errors (bar 0);", e)
    print out }')
  if [ -z "$verdict" ]; then
    echo "$name: meets the bars (>= 0.90x bare, medians and paired; p99 <= 2x bare; 0 errors)"
  else
    echo "$name: MISSES:$verdict"
    status=1
  fi
done <"$RESULTS"

if [ -n "$CHART" ]; then
  java -cp "$LOAD_JAR" dev.crmcards.load.ThroughputChart "$RESULTS" "$CHART" \
    "Card data fetch: card servlets vs bare Jetty (wrk, $CONNECTIONS connections)" "$MACHINE"
  echo "chart: $CHART"
fi
echo "raw wrk output and results.tsv: $WORK"
exit $status
