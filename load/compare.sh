#!/usr/bin/env bash
# Two builds of crmcards side by side: the example card's async mount served from each build's
# load jar, and bare Jetty writing the newer answer's bytes, measured in the same rounds. Whether
# a change made the common path slower, apart from how the host runs that day.
#
#   load/compare.sh BASELINE_JAR [CANDIDATE_JAR]
#
# CANDIDATE_JAR defaults to this checkout's load/target/crmcards-load.jar. A baseline jar comes
# from another commit's checkout, e.g.
#   git worktree add --detach ../baseline <commit> && (cd ../baseline && mvn -q -B package -DskipTests -pl load -am)
#   load/compare.sh ../baseline/load/target/crmcards-load.jar
#
# Each server gets WARMUP seconds of unmeasured load (default 15), then ROUNDS (default 10) rounds
# of DURATION seconds (default 5), the three in an order shuffled anew each round. Printed: per
# server the median requests/s and CPU time per request, the median ratio to bare Jetty in the
# same round, and the median ratio of candidate to baseline. wrk -t THREADS (2) -c CONNECTIONS (32),
# servers with JAVA_OPTS (default "-Xms512m -Xmx512m"), on 127.0.0.1; raw figures in WORK
# (default load/target/compare). Measures only; it sets no bar.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BASELINE_JAR=${1:?"usage: load/compare.sh BASELINE_JAR [CANDIDATE_JAR]"}
CANDIDATE_JAR=${2:-$ROOT/load/target/crmcards-load.jar}
for jar in "$BASELINE_JAR" "$CANDIDATE_JAR"; do
  [ -f "$jar" ] || { echo "no such load jar: $jar" >&2; exit 2; }
done
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-15}
ROUNDS=${ROUNDS:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m}
HOST=127.0.0.1
WORK=${WORK:-$ROOT/load/target/compare}
rm -rf "$WORK"
mkdir -p "$WORK"
# shellcheck source=load/servers.sh
source "$ROOT/load/servers.sh"

LOAD_JAR=$CANDIDATE_JAR
declare -A URL PID
# start_card NAME JAR: the example card's async mount from JAR.
start_card() {
  local name=$1 jar=$2 port
  port=$(free_port)
  start_card_server "$name" "$port" "$jar" async
  PID[$name]=$!
  wait_for_port "$port" "$name"
  URL[$name]="http://$HOST:$port/demo-fetch?$QUERY"
}

start_card baseline "$BASELINE_JAR"
start_card candidate "$CANDIDATE_JAR"
java -cp "$CANDIDATE_JAR" dev.crmcards.load.LoadSigner fetch "${URL[candidate]}" "$SIGNED_URL" "$SECRET" "$WORK/answer.json"
start_bare bare "$WORK/answer.json" "/demo-fetch?$QUERY"
PID[bare]=$BARE_STARTED_PID
URL[bare]=$BARE_STARTED_URL

mapfile -t SIGNATURE < <(java -cp "$CANDIDATE_JAR" dev.crmcards.load.LoadSigner v2 "$SIGNED_URL" "$SECRET")
HEADERS=()
for header in "${SIGNATURE[@]}"; do
  HEADERS+=(-H "$header")
done
# run NAME SECONDS: wrk against NAME; prints requests/s and the server's CPU ticks meanwhile.
run() {
  local before after
  before=$(cpu_ticks "${PID[$1]}")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --timeout 2s "${HEADERS[@]}" "${URL[$1]}" >"$WORK/wrk.txt"
  after=$(cpu_ticks "${PID[$1]}")
  if grep -q 'Non-2xx' "$WORK/wrk.txt"; then
    echo "$1 answered errors:" >&2
    cat "$WORK/wrk.txt" >&2
    exit 1
  fi
  echo "$(awk '/^Requests\/sec/ { print $2 }' "$WORK/wrk.txt") $((after - before))"
}

echo "load before the run: $(uptime)"
for name in baseline candidate bare; do
  run "$name" "$WARMUP" >/dev/null
done
: >"$WORK/rounds.tsv"
for round in $(seq 1 "$ROUNDS"); do
  for name in $(printf '%s\n' baseline candidate bare | shuf); do
    echo "$round $name $(run "$name" "$DURATION")" >>"$WORK/rounds.tsv"
  done
done
echo "load after the run: $(uptime)"

awk -v hz="$TICKS_PER_SECOND" -v d="$DURATION" '
  { rps[$1, $2] = $3; cpu[$1, $2] = $4 * 1e6 / hz / ($3 * d); rounds[$1] = 1 }
  function median(list, n,    i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && list[j - 1] > list[j]; j--) { t = list[j]; list[j] = list[j - 1]; list[j - 1] = t }
    return n % 2 ? list[(n + 1) / 2] : (list[n / 2] + list[n / 2 + 1]) / 2
  }
  END {
    printf "%-10s %10s %12s %14s\n", "server", "req/s", "CPU us/req", "paired vs bare"
    split("baseline candidate bare", names, " ")
    for (k = 1; k <= 3; k++) {
      n = 0
      for (r in rounds) { n++; a[n] = rps[r, names[k]]; c[n] = cpu[r, names[k]]; p[n] = rps[r, names[k]] / rps[r, "bare"] }
      printf "%-10s %10.0f %12.1f %14.3f\n", names[k], median(a, n), median(c, n), median(p, n)
    }
    n = 0
    for (r in rounds) { n++; q[n] = rps[r, "candidate"] / rps[r, "baseline"] }
    printf "candidate / baseline, paired: %.3f\n", median(q, n)
  }' "$WORK/rounds.tsv"
