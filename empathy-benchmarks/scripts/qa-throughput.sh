#!/usr/bin/env bash
# Whole-process throughput of `qa` (batch review of a helpdesk export): the CLI reads a generated
# export of past conversations (gen-conversations.js: every line has the customer's message and
# the agent's reply, so each line is an analysis and a review) and writes its two CSV files.
#
#   mvn -q -DskipTests package
#   empathy-benchmarks/scripts/qa-throughput.sh [CONVERSATIONS] [ROUNDS]
#   JARS="/tmp/before/empathy-examples/target/empathy-cli.jar empathy-examples/target/empathy-cli.jar" \
#     empathy-benchmarks/scripts/qa-throughput.sh 20000 3      # A/B, rounds interleaved
#
# CONVERSATIONS defaults to 20000 (about 11 MB), ROUNDS to 3. JARS (default this checkout's CLI
# jar) are run in turn in every round with the JVM's defaults (plain `java -jar`, both cores);
# BATCH_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" adds a run of each with those flags.
# Prints wall and CPU seconds, MB/s (input bytes per wall second, and per CPU second), peak RSS
# and the load average per run, then the medians. Every run must write the same replies.csv
# and agents.csv as the first (checked: a speed change must not change a report). Needs node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-20000}"
rounds="${2:-3}"
jars="${JARS:-$root/empathy-examples/target/empathy-cli.jar}"
batch="${BATCH_OPTS:-}"
work="$root/empathy-benchmarks/target/qa-throughput"
mkdir -p "$work"
corpus="$work/conversations-$count.jsonl"
node "$here/gen-conversations.js" "$root" "$count" > "$corpus"
bytes=$(wc -c < "$corpus")
echo "corpus: $count conversations, $bytes bytes; machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -1)"
: > "$work/runs.txt"
rm -rf "$work/first"
run() { # name, java args...
  local name=$1; shift
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.out" java "$@" qa --in "$corpus" --out "$work/out" 2> "$work/stderr.txt" \
    || { echo "$name failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  read -r wall user sys rss < "$work/time.out"
  local cpu; cpu=$(echo "$user + $sys" | bc)
  printf "%-40s wall %6.2f s (%5.1f MB/s)  cpu %6.2f s (%5.1f MB/s)  rss %4d MB  load %s\n" "$name" "$wall" \
    "$(echo "scale=3; $bytes / 1000000 / $wall" | bc)" "$cpu" "$(echo "scale=3; $bytes / 1000000 / $cpu" | bc)" \
    $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
  echo "$name $wall $cpu" >> "$work/runs.txt"
  if [ -d "$work/first" ]; then
    cmp -s "$work/first/replies.csv" "$work/out/replies.csv" && cmp -s "$work/first/agents.csv" "$work/out/agents.csv" \
      || { echo "$name wrote a different report than the first run (files in $work)" >&2; exit 1; }
  else
    mv "$work/out" "$work/first"
  fi
}
i=0
for jar in $jars; do
  i=$((i + 1))
  echo "jar$i = $jar"
done
for r in $(seq "$rounds"); do
  i=0
  for jar in $jars; do
    i=$((i + 1))
    run "jar$i" -jar "$jar"
    if [ -n "$batch" ]; then
      run "jar$i-batch" $batch -jar "$jar"
    fi
  done
done
echo "replies.csv and agents.csv identical in every run ($(wc -l < "$work/first/replies.csv") rows)"
cut -d' ' -f1 "$work/runs.txt" | sort -u | while read -r name; do
  wall=$(grep "^$name " "$work/runs.txt" | cut -d' ' -f2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(grep "^$name " "$work/runs.txt" | cut -d' ' -f3 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "median $name: wall $wall s ($(echo "scale=1; $bytes / 1000000 / $wall" | bc) MB/s), cpu $cpu s ($(echo "scale=1; $bytes / 1000000 / $cpu" | bc) MB/s per CPU second)"
done
