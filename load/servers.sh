# Sourced by the load scripts: free ports, servers stopped on exit, a bare Jetty that answers a
# card's bytes, CPU time of a process, and the example card's request as HubSpot signs it.
# Expects HOST, WORK, JAVA_OPTS and LOAD_JAR (the jar bare Jetty runs from) to be set.

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || echo $((20000 + RANDOM % 20000))
}

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

# wait_for_port PORT NAME: until the server NAME listens, or exit showing its log ($WORK/NAME.log).
wait_for_port() {
  local port=$1 name=$2
  for _ in $(seq 1 150); do
    if (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "$name did not start on port $port; its log:" >&2
  cat "$WORK/$name.log" >&2
  exit 1
}

# start_card_server LOG PORT JAR MOUNT [CARD]: a card server from JAR on PORT (the servlet mounted
# MOUNT, serving CARD), logging to WORK/LOG.log; its PID is $!.
start_card_server() {
  # shellcheck disable=SC2086
  PORT=$2 HUBSPOT_CLIENT_SECRET=$SECRET java $JAVA_OPTS -cp "$3" \
    dev.crmcards.load.CardServer "$4" ${5:-} >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}

# start_bare NAME ANSWER_FILE TARGET: a bare Jetty answering with ANSWER_FILE; sets BARE_STARTED_PID
# and BARE_STARTED_URL (TARGET, a path and query: the request line of its card), and checks that it
# answers exactly those bytes.
start_bare() {
  local name=$1 answer=$2 target=$3 port
  port=$(free_port)
  # shellcheck disable=SC2086
  PORT=$port java $JAVA_OPTS -cp "$LOAD_JAR" dev.crmcards.load.BareServer "$answer" \
    >"$WORK/$name.log" 2>&1 &
  BARE_STARTED_PID=$!
  PIDS+=($!)
  wait_for_port "$port" "$name"
  BARE_STARTED_URL="http://$HOST:$port$target"
  curl -s --max-time 5 -o "$WORK/$name-answer.json" "$BARE_STARTED_URL"
  cmp -s "$answer" "$WORK/$name-answer.json" || {
    echo "the $name servlet's answer differs from the card servlet's" >&2
    exit 1
  }
}

# CPU time (user + system, all threads) a process has used, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
TICKS_PER_SECOND=$(getconf CLK_TCK)

SECRET="load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
QUERY='userId=12345&userEmail=loggedinuser@hubspot.com&associatedObjectId=53701&associatedObjectType=CONTACT&portalId=987654&firstname=Tim&email=timrobinson@itysl.com&lastname=Robinson'
# What HubSpot calls, and so signs: the fetch URL the card declares.
SIGNED_URL="https://www.example.com/demo-fetch?$QUERY"
