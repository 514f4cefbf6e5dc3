#!/usr/bin/env bash
# Behaviour guard for review speed work: the CLI's `review` answers of two builds, byte for byte,
# on a generated corpus of requests (gen-review-requests.js: every draft, customer message and
# channel the project has, mutated with real-text hazards, about 9 MB for 20,000 requests).
#
#   git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -q -o -DskipTests package)
#   mvn -q -o -DskipTests package
#   empathy-benchmarks/scripts/same-review-answers.sh /tmp/before/empathy-examples/target/empathy-cli.jar [NEW_JAR] [COUNT]
#
# NEW_JAR defaults to this checkout's empathy-cli.jar, COUNT to 20000. The old build runs with C1
# only and the new one with the JVM's defaults in one JVM (-Dempathy.batchJvm=false), so an answer
# that depends on how the JIT compiled the code differs too; the new one runs a second time as a
# plain `java -jar` (a long batch then moves to a child JVM with C1 only) and must answer the same. Exit status 0 when every answer is identical; otherwise the first
# differing lines are printed. Needs node.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
old="$1"
new="${2:-$root/empathy-examples/target/empathy-cli.jar}"
count="${3:-20000}"
work="$root/empathy-benchmarks/target/same-answers"
mkdir -p "$work"
node "$here/gen-review-requests.js" "$root" "$count" > "$work/requests.jsonl"
# Exit status 1 means some lines were rejected: their error objects are answers to compare too.
run() { java "$@" review < "$work/requests.jsonl" 2>> "$work/stderr.txt" || [ $? -eq 1 ]; }
: > "$work/stderr.txt"
run -XX:TieredStopAtLevel=1 -jar "$old" > "$work/old.jsonl"
run -Dempathy.batchJvm=false -jar "$new" > "$work/new.jsonl"
run -jar "$new" > "$work/new-plain.jsonl"
lines=$(wc -l < "$work/new.jsonl")
if cmp -s "$work/new.jsonl" "$work/new-plain.jsonl" && cmp -s "$work/old.jsonl" "$work/new.jsonl"; then
  echo "review: identical ($lines answers to $count requests, $(wc -c < "$work/requests.jsonl") bytes in, $(wc -c < "$work/new.jsonl") bytes out)"
else
  echo "review: DIFFERENT answers (files in $work)" >&2
  diff <(cut -c1-400 "$work/old.jsonl") <(cut -c1-400 "$work/new.jsonl") | head -8 >&2
  diff <(cut -c1-400 "$work/new.jsonl") <(cut -c1-400 "$work/new-plain.jsonl") | head -8 >&2
  exit 1
fi
