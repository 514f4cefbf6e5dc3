#!/usr/bin/env bash
# Whole-process benchmark: our CLI's `review` against write-good 1.0.8 (a JavaScript prose
# linter) on the same generated corpus of agent drafts, in one run, rounds interleaved.
#
#   mvn -q -DskipTests package
#   empathy-benchmarks/scripts/vs-write-good.sh [DRAFTS] [ROUNDS] [SHAPE]
#   JARS="/tmp/before/empathy-cli.jar empathy-examples/target/empathy-cli.jar" \
#     WRITE_GOOD_DIR=/tmp/write-good empathy-benchmarks/scripts/vs-write-good.sh 55550 3 short
#
# SHAPE is gen-drafts.js's: empty for drafts of 2-6 sentences with a greeting and a sign-off
# (about 400 bytes), "short" for one or two sentences (about 150 bytes, a real reply's length).
# Every round runs, one after the other, each jar of JARS (default: this checkout's CLI jar) with
# a plain `java -jar … review` as integrators run it, then write-good; all jars must write the
# same answers (checked). Prints wall and CPU seconds (user + sys, child processes included),
# peak RSS and the load average for every run, then the medians. Needs node and npm; write-good
# is installed into WRITE_GOOD_DIR (default empathy-benchmarks/target/write-good, never committed)
# unless it is there. Extra JVM flags for every jar: JAVA_OPTS. BATCH_OPTS="-XX:TieredStopAtLevel=1
# -XX:+UseSerialGC" adds a run of the first jar with those flags, named "batch".
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-50000}"
rounds="${2:-3}"
shape="${3:-}"
batch="${BATCH_OPTS:-}"
work="$root/empathy-benchmarks/target/write-good"
wg="${WRITE_GOOD_DIR:-$work}"
read -r -a jars <<< "${JARS:-${JAR:-$root/empathy-examples/target/empathy-cli.jar}}"
mkdir -p "$work" "$wg"
if [ ! -d "$wg/node_modules/write-good" ]; then
  (cd "$wg" && npm install --silent --no-audit --no-fund --prefix "$wg" write-good@1.0.8 >/dev/null)
fi
corpus="$work/drafts-$count$shape.jsonl"
node "$here/gen-drafts.js" "$root/empathy-benchmarks/src/main/resources/review/drafts.txt" "$count" $shape > "$corpus"
bytes=$(wc -c < "$corpus")
echo "corpus: $count ${shape:-long} drafts, $bytes bytes; machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -1), node $(node --version)"
for i in "${!jars[@]}"; do echo "jar$i: ${jars[$i]}"; done
run() { # name, command...
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.out" "$@" < "$corpus" > "$work/$name.out"
  read -r wall user sys rss < "$work/time.out"
  local lines; lines=$(wc -l < "$work/$name.out")
  printf "%-12s wall %6.2f s  cpu %6.2f s  rss %4d MB  lines %d  load %s\n" "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$lines" "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$name $wall $(echo "$user + $sys" | bc)" >> "$work/walls.txt"
}
: > "$work/walls.txt"
names=()
for r in $(seq "$rounds"); do
  for i in "${!jars[@]}"; do
    run "jar$i" java ${JAVA_OPTS:-} -jar "${jars[$i]}" review
    [ "$r" = 1 ] && names+=("jar$i")
    if [ "$i" != 0 ]; then
      cmp -s "$work/jar0.out" "$work/jar$i.out" || { echo "jar0 and jar$i answered differently" >&2; exit 1; }
    fi
  done
  if [ -n "$batch" ]; then
    run batch java $batch ${JAVA_OPTS:-} -jar "${jars[0]}" review
    [ "$r" = 1 ] && names+=(batch)
    cmp -s "$work/jar0.out" "$work/batch.out" || { echo "jar0 and its batch run answered differently" >&2; exit 1; }
  fi
  run write-good node "$here/write-good-lines.js" "$wg"
done
names+=(write-good)
for name in "${names[@]}"; do
  med=$(grep "^$name " "$work/walls.txt" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(grep "^$name " "$work/walls.txt" | cut -d' ' -f3 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "median $name: wall $med s ($(echo "scale=1; $bytes / 1000000 / $med" | bc) MB/s), cpu $cpu s"
done
