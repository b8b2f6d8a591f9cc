#!/usr/bin/env bash
# Annotation processor at scale: javac with the crmcards processor against javac -proc:none on the
# same sources plus the sources the processor generated, so that the difference is the processor's
# own work (reading, checking, generating, and the extra round).
#
#   load/processor-scale.sh
#
# It generates COUNT cards (default 200) in compilations of 25 (the processor's limit per
# compilation, HubSpot's per app) and an app of APP cards (default 25) with handlers and one
# servlet, then compiles every compilation in turn, RUNS times (default 3, after a warm-up run)
# with hyperfine (Debian's package, installed if missing), and measures each compilation's peak
# memory with /usr/bin/time -v. It then times the same compilations in one JVM through
# javax.tools, as Maven's compiler plugin runs them. SKIP_BUILD=1 skips the Maven build.
# Bar: overhead <= 30 % (judged on the separate javac processes).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${RUNS:-3}
COUNT=${COUNT:-200}
APP=${APP:-25}

install_debian() {
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}
command -v hyperfine >/dev/null || { echo "installing hyperfine" >&2; install_debian hyperfine; }
[ -x /usr/bin/time ] || { echo "installing time" >&2; install_debian time; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  # package, not install: the tools run from this checkout's target folders, and the reader's
  # local repository stays as it was.
  echo "building (mvn package -DskipTests -pl processor,load -am)..." >&2
  mvn -q -B package -DskipTests -pl processor,load -am
fi
PROCESSOR=$(ls "$ROOT"/processor/target/crmcards-processor-*.jar | grep -v -e original -e sources -e javadoc | head -1)
# The runtime, the Servlet API and the rest of what card code compiles against, in one jar.
CLASSPATH_JAR=$ROOT/load/target/crmcards-load.jar

WORK=$ROOT/load/target/processor-scale
rm -rf "$WORK"
mkdir -p "$WORK"
java -cp "$CLASSPATH_JAR" dev.crmcards.load.CardSources "$WORK/src" "$COUNT" "$APP" >&2
mapfile -t UNITS < <(cd "$WORK/src" && ls -d group* app 2>/dev/null)

JAVAC=(javac --release 17 -encoding UTF-8 -nowarn -implicit:none -cp "$CLASSPATH_JAR")
for unit in "${UNITS[@]}"; do
  find "$WORK/src/$unit" -name '*.java' | sort >"$WORK/$unit.sources"
  mkdir -p "$WORK/gen/$unit" "$WORK/check/$unit"
  # Once with the processor to get its output (and to make sure everything compiles).
  "${JAVAC[@]}" -processorpath "$PROCESSOR" -d "$WORK/check/$unit" -s "$WORK/gen/$unit" \
    @"$WORK/$unit.sources"
  { cat "$WORK/$unit.sources"; find "$WORK/gen/$unit" -name '*.java' | sort; } >"$WORK/$unit.all"
done
SOURCES=$(cat "$WORK"/*.sources | wc -l)
GENERATED=$(find "$WORK/gen" -name '*.java' | wc -l)
LINES=$(cat $(cat "$WORK"/*.sources) | wc -l)

# One script per variant, compiling every unit in turn into fresh directories.
cat >"$WORK/with-processor.sh" <<EOF
set -e
for unit in ${UNITS[*]}; do
  rm -rf "$WORK/out-p/\$unit" "$WORK/gen-p/\$unit"; mkdir -p "$WORK/out-p/\$unit" "$WORK/gen-p/\$unit"
  ${JAVAC[*]} -processorpath "$PROCESSOR" -d "$WORK/out-p/\$unit" -s "$WORK/gen-p/\$unit" @"$WORK/\$unit.sources"
done
EOF
cat >"$WORK/proc-none.sh" <<EOF
set -e
for unit in ${UNITS[*]}; do
  rm -rf "$WORK/out-n/\$unit"; mkdir -p "$WORK/out-n/\$unit"
  ${JAVAC[*]} -proc:none -d "$WORK/out-n/\$unit" @"$WORK/\$unit.all"
done
EOF

echo "load before the run: $(uptime)" >&2
hyperfine --warmup 1 --runs "$RUNS" --style basic --export-json "$WORK/hyperfine.json" \
  -n "javac + processor" "bash $WORK/with-processor.sh" \
  -n "javac -proc:none" "bash $WORK/proc-none.sh" >&2

# The same in one JVM, through javax.tools, as Maven's compiler plugin compiles module after
# module: javac warms up from unit to unit; the processor is loaded afresh for each.
UNIT_LISTS_P=() UNIT_LISTS_N=()
for unit in "${UNITS[@]}"; do
  UNIT_LISTS_P+=("$WORK/$unit.sources")
  UNIT_LISTS_N+=("$WORK/$unit.all")
done
hyperfine --warmup 1 --runs "$RUNS" --style basic --export-json "$WORK/hyperfine-jvm.json" \
  --prepare "rm -rf $WORK/jvm-p $WORK/jvm-n" \
  -n "one JVM, processor" \
  "java -cp $CLASSPATH_JAR dev.crmcards.load.CompileUnits $WORK/jvm-p $CLASSPATH_JAR $PROCESSOR ${UNIT_LISTS_P[*]}" \
  -n "one JVM, -proc:none" \
  "java -cp $CLASSPATH_JAR dev.crmcards.load.CompileUnits $WORK/jvm-n $CLASSPATH_JAR none ${UNIT_LISTS_N[*]}" >&2

# Peak resident memory of one javac, the largest over the units (one round; it varies little).
peak() {
  local variant=$1 round unit max kb
  for round in 1; do
    max=0
    for unit in "${UNITS[@]}"; do
      rm -rf "$WORK/mem/$unit"; mkdir -p "$WORK/mem/$unit" "$WORK/memgen/$unit"
      if [ "$variant" = processor ]; then
        /usr/bin/time -v -o "$WORK/time.txt" "${JAVAC[@]}" -processorpath "$PROCESSOR" \
          -d "$WORK/mem/$unit" -s "$WORK/memgen/$unit" @"$WORK/$unit.sources"
        rm -rf "$WORK/memgen/$unit"
      else
        /usr/bin/time -v -o "$WORK/time.txt" "${JAVAC[@]}" -proc:none -d "$WORK/mem/$unit" \
          @"$WORK/$unit.all"
      fi
      kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
      [ "$kb" -gt "$max" ] && max=$kb
    done
    echo "$max"
  done | awk '{ printf "%.0f", $1 / 1024 }'
}
PEAK_P=$(peak processor)
PEAK_N=$(peak none)

# hyperfine's JSON: means and standard deviations, in the order of the commands.
stats() {
  local means sds
  means=($(grep -o '"mean": [0-9.]*' "$1" | awk '{print $2}'))
  sds=($(grep -o '"stddev": [0-9.]*' "$1" | awk '{print $2}'))
  echo "${means[0]} ${sds[0]} ${means[1]} ${sds[1]}"
}
read -r MEAN_P SD_P MEAN_N SD_N < <(stats "$WORK/hyperfine.json")
read -r JVM_P JVM_SD_P JVM_N JVM_SD_N < <(stats "$WORK/hyperfine-jvm.json")

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
JDK=$(java -version 2>&1 | awk 'NR == 1 { gsub(/"/, ""); print }')
UNITS_N=${#UNITS[@]}

echo
echo "machine: $(nproc) cores ($CPU), $MEM, $JDK"
echo "sources: $COUNT cards in $((UNITS_N - 1)) compilations of up to 25 + an app of $APP cards"
echo "         ($SOURCES files, $LINES lines; the processor generates $GENERATED files)"
echo "hyperfine --warmup 1 --runs $RUNS; each run compiles all $UNITS_N units, one javac each"
echo
printf '| %-18s | %-16s | %-16s | %-22s |\n' variant "all units (s)" "per unit (s)" "peak RSS, largest unit"
printf '|%s|%s|%s|%s|\n' "--------------------" "-----------------:" "-----------------:" "-----------------------:"
awk -v m="$MEAN_P" -v s="$SD_P" -v u="$UNITS_N" -v r="$PEAK_P" 'BEGIN {
  printf "| %-18s | %7.2f +- %5.2f | %16.2f | %18s MiB |\n", "javac + processor", m, s, m / u, r }'
awk -v m="$MEAN_N" -v s="$SD_N" -v u="$UNITS_N" -v r="$PEAK_N" 'BEGIN {
  printf "| %-18s | %7.2f +- %5.2f | %16.2f | %18s MiB |\n", "javac -proc:none", m, s, m / u, r }'
awk -v m="$JVM_P" -v s="$JVM_SD_P" -v u="$UNITS_N" 'BEGIN {
  printf "| %-18s | %7.2f +- %5.2f | %16.2f | %22s |\n", "one JVM, processor", m, s, m / u, "" }'
awk -v m="$JVM_N" -v s="$JVM_SD_N" -v u="$UNITS_N" 'BEGIN {
  printf "| %-18s | %7.2f +- %5.2f | %16.2f | %22s |\n", "one JVM, -proc:none", m, s, m / u, "" }'
echo
JVM_OVERHEAD=$(awk -v p="$JVM_P" -v n="$JVM_N" 'BEGIN { printf "%.1f", (p - n) / n * 100 }')
echo "in one JVM (javax.tools, unit after unit, as Maven compiles modules): $JVM_OVERHEAD % wall time"
OVERHEAD=$(awk -v p="$MEAN_P" -v n="$MEAN_N" 'BEGIN { printf "%.1f", (p - n) / n * 100 }')
MEMORY=$(awk -v p="$PEAK_P" -v n="$PEAK_N" 'BEGIN { printf "%.1f", (p - n) / n * 100 }')
echo "processor overhead, one javac process per unit: $OVERHEAD % wall time, $MEMORY % peak memory"
if awk -v o="$OVERHEAD" 'BEGIN { exit !(o <= 30) }'; then
  echo "meets the bar (overhead <= 30 %)"
else
  echo "MISSES the bar (overhead <= 30 %) by $(awk -v o="$OVERHEAD" 'BEGIN { printf "%.1f", o - 30 }') points"
  exit 1
fi
