#!/usr/bin/env bash
# Action hooks under load with the Redis replay store, beside the data fetch, no store, the
# in-memory store and a form hook ("Report a bug"): starts its own redis-server on a free
# loopback port (temporary directory, nothing persisted), runs dev.crmcards.load.HookLoad against
# Jetty in one JVM, stops Redis.
#
#   load/hooks.sh        builds, runs, prints the table; exits 1 on errors or double-handled hooks
#
# Each scenario gets WARMUP seconds of unmeasured load, then the scenarios take turns for ROUNDS
# rounds of DURATION seconds. Environment (optional): CONNECTIONS (default 32), WARMUP (s, default
# 15), ROUNDS (default 3), DURATION (s, default 10), JAVA_OPTS (default "-Xms512m -Xmx512m"),
# SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m}

command -v redis-server >/dev/null || { echo "redis-server is missing (apt-get install redis-server)" >&2; exit 2; }
if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "building (mvn package -DskipTests)..." >&2
  mvn -q -B package -DskipTests -pl load -am
fi

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
DIR=$(mktemp -d)
redis-server --port "$PORT" --bind 127.0.0.1 --dir "$DIR" --save "" --appendonly no \
  --loglevel warning >"$DIR/redis.log" 2>&1 &
REDIS=$!
trap 'kill "$REDIS" 2>/dev/null; wait "$REDIS" 2>/dev/null; rm -rf "$DIR"' EXIT
for _ in $(seq 50); do
  redis-cli -p "$PORT" ping >/dev/null 2>&1 && break
  sleep 0.1
done
echo "redis-server $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/') on 127.0.0.1:$PORT; $(nproc) cores" >&2
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$ROOT/load/target/crmcards-load.jar" dev.crmcards.load.HookLoad "redis://127.0.0.1:$PORT"
