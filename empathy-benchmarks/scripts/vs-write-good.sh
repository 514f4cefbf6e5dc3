#!/usr/bin/env bash
# Whole-process benchmark: our CLI's `review` against write-good 1.0.8 (a JavaScript prose
# linter) on the same generated corpus of agent drafts, in one run, rounds interleaved.
#
#   mvn -q -DskipTests package
#   empathy-benchmarks/scripts/vs-write-good.sh [DRAFTS] [ROUNDS]
#
# Needs node and npm; installs write-good into empathy-benchmarks/target/write-good (never
# committed). Prints wall and CPU seconds, peak RSS and the load average for every round, and
# the medians. Extra JVM flags for our side: JAVA_OPTS="-XX:SharedArchiveFile=…" (see README).
# Our CLI runs twice per round: with the JVM's defaults ("empathy") and as a batch job
# ("empathy-batch": BATCH_OPTS, default C1 only and the serial collector, which spend far less
# CPU compiling and collecting on a run of seconds); both must write the same answers (checked).
# BATCH_OPTS= (empty) skips the batch run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-50000}"
rounds="${2:-3}"
batch="${BATCH_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}"
work="$root/empathy-benchmarks/target/write-good"
jar="${JAR:-$root/empathy-examples/target/empathy-cli.jar}"
mkdir -p "$work"
if [ ! -d "$work/node_modules/write-good" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund --prefix "$work" write-good@1.0.8 >/dev/null)
fi
corpus="$work/drafts-$count.jsonl"
node "$here/gen-drafts.js" "$root/empathy-benchmarks/src/main/resources/review/drafts.txt" "$count" > "$corpus"
bytes=$(wc -c < "$corpus")
echo "corpus: $count drafts, $bytes bytes; machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -1), node $(node --version)"
run() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.out" "$@" < "$corpus" > "$work/$name.out"
  read -r wall user sys rss < "$work/time.out"
  local lines; lines=$(wc -l < "$work/$name.out")
  printf "%-12s wall %6.2f s  cpu %6.2f s  rss %4d MB  lines %d  load %s\n" "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$lines" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$name $wall $(echo "$user + $sys" | bc)" >> "$work/walls.txt"
}
: > "$work/walls.txt"
for r in $(seq "$rounds"); do
  run empathy java ${JAVA_OPTS:-} -jar "$jar" review
  if [ -n "$batch" ]; then
    run empathy-batch java $batch ${JAVA_OPTS:-} -jar "$jar" review
    cmp -s "$work/empathy.out" "$work/empathy-batch.out" || { echo "empathy and empathy-batch answered differently" >&2; exit 1; }
  fi
  run write-good node "$here/write-good-lines.js" "$work"
done
for name in empathy empathy-batch write-good; do
  grep -q "^$name " "$work/walls.txt" || continue
  med=$(grep "^$name " "$work/walls.txt" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(grep "^$name " "$work/walls.txt" | cut -d' ' -f3 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "median $name: wall $med s ($(echo "scale=1; $bytes / 1000000 / $med" | bc) MB/s), cpu $cpu s"
done
