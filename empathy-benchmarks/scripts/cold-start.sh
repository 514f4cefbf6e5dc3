#!/usr/bin/env bash
# Cold start of the CLI, one input line, whole process: compose, analyze, review and qa, each run
# by every jar given, the jars interleaved in every round (on a shared machine the load moves
# between rounds, not between the jars of one round). Prints, per command and jar, the median of
# the rounds: wall seconds, CPU seconds (user + system, /usr/bin/time) and peak resident MB, and
# checks that every jar answered every command the same (qa: the same replies.csv).
#
#   mvn -q -DskipTests package
#   empathy-benchmarks/scripts/cold-start.sh ROUNDS OLD/empathy-cli.jar empathy-examples/target/empathy-cli.jar
#
# Plain `java -jar` (no launcher, no archive): what a user who calls the jar gets. A jar given as
# cds:JAR runs through the launcher (empathy-examples/bin/empathy-cli, or $LAUNCHER) instead, its
# class-data archive made before the first round as the build makes it; so
# `cold-start.sh 3 J cds:J` compares the two ways of starting one jar in one run.
set -euo pipefail
rounds="$1"
shift
jars=("$@")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/compose.jsonl" <<'JSON'
{"id":1,"customer":"Dana Whitaker","emotion":"frustrated","situation":"the double charge","actions":["Refunded the second charge"],"timeline":{"within":"P3D","owner":"billing"},"now":"2026-11-25T15:00:00Z"}
JSON
cat > "$work/analyze.jsonl" <<'JSON'
{"id":1,"text":"This is the THIRD time I've been charged twice!!! Nobody answers and I'm really fed up. Fix it now or I cancel."}
JSON
cat > "$work/review.jsonl" <<'JSON'
{"id":1,"text":"Hi Dana, unfortunately as per our policy you should have read the FAQ. We apologize for any inconvenience. Please calm down, it is what it is.","customerText":"This is the third time I've been charged twice!!! I'm really fed up."}
JSON
cat > "$work/qa.jsonl" <<'JSON'
{"conversationId":"c1","agentId":"a1","channel":"chat","customerText":"This is the third time I've been charged twice!!! I'm really fed up.","agentReply":"Hi Dana, unfortunately as per our policy you should have read the FAQ. We apologize for any inconvenience."}
JSON
launcher="${LAUNCHER:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../empathy-examples/bin" && pwd)/empathy-cli}"
cli() { # jar index -> the command line that runs that jar, in the array $cli
  local jar="${jars[$1]}"
  if [ "${jar#cds:}" != "$jar" ]; then
    cli=(env EMPATHY_CLI_JAR="${jar#cds:}" EMPATHY_CDS_DIR="$work/cds.$1" bash "$launcher")
  else
    cli=(java -jar "$jar")
  fi
}
for j in $(seq 0 $((${#jars[@]} - 1))); do
  if [ "${jars[$j]#cds:}" != "${jars[$j]}" ]; then
    cli "$j"
    "${cli[@]}" cds-archive > /dev/null
  fi
done
run() { # jar command round -> appends "wall cpu rssKB" to $work/<command>.<jar index>
  local j="$1" cmd="$2" r="$3"
  local out="$work/out.$cmd.$j.$r"
  cli "$j"
  if [ "$cmd" = qa ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" "${cli[@]}" qa --in "$work/qa.jsonl" --out "$out.d" > /dev/null 2>&1 || true
    cat "$out.d/replies.csv" > "$out" 2>/dev/null || echo missing > "$out"
  else
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" "${cli[@]}" "$cmd" < "$work/$cmd.jsonl" > "$out" 2>/dev/null || true
  fi
  awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' "$work/t" >> "$work/$cmd.$j"
}
commands=(compose analyze review qa)
for r in $(seq 1 "$rounds"); do
  for cmd in "${commands[@]}"; do
    # alternate which jar goes first
    for k in $(seq 0 $((${#jars[@]} - 1))); do
      j=$(( (k + r) % ${#jars[@]} ))
      run "$j" "$cmd" "$r"
    done
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
echo "cold start, one line, median of $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-5s %8s %8s %9s  %s\n' command jar wall_s cpu_s rss_MB answers
for cmd in "${commands[@]}"; do
  for j in $(seq 0 $((${#jars[@]} - 1))); do
    wall=$(cut -d' ' -f1 "$work/$cmd.$j" | median)
    cpu=$(cut -d' ' -f2 "$work/$cmd.$j" | median)
    rss=$(cut -d' ' -f3 "$work/$cmd.$j" | median)
    same=same
    if ! cmp -s "$work/out.$cmd.0.1" "$work/out.$cmd.$j.1"; then same=DIFFERENT; fi
    printf '%-8s %-5s %8s %8s %9.0f  %s\n' "$cmd" "$j" "$wall" "$cpu" "$((rss / 1024))" "$same"
  done
done
echo "jars: ${jars[*]}"
