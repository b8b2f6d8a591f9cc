#!/usr/bin/env bash
# Builds the benchmark jar, runs SerializationBenchmark twice (plain for throughput, with the
# GC profiler for bytes per operation) and prints the machine and the results table of
# docs/performance.md. Results stay in benchmarks/target/serialization-*.{json,txt}.
#
# Usage: benchmarks/run-serialization.sh [--no-build] [extra JMH options]
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

build=1
if [[ "${1:-}" == "--no-build" ]]; then
  build=0
  shift
fi

if [[ $build == 1 ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

jar=benchmarks/target/benchmarks.jar
out=benchmarks/target
opts=(-f 1 -wi 2 -w 1s -i 3 -r 1s)

echo "load before: $(uptime)"
java -jar "$jar" SerializationBenchmark "${opts[@]}" "$@" \
  -rf json -rff "$out/serialization-plain.json" | tee "$out/serialization-plain.txt"
java -jar "$jar" SerializationBenchmark "${opts[@]}" -prof gc "$@" \
  -rf json -rff "$out/serialization-gc.json" | tee "$out/serialization-gc.txt"
echo "load after: $(uptime)"

echo
echo "date:   $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cores:  $(nproc)"
echo "CPU:    $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
echo "JDK:    $(java -version 2>&1 | head -n 1); $(java -version 2>&1 | sed -n 3p)"
echo
java -cp "$jar" dev.crmcards.benchmarks.ResultsTable \
  "$out/serialization-plain.json" "$out/serialization-gc.json"
