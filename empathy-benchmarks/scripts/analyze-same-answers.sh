#!/usr/bin/env bash
# Before/after check for speed work on the analyze path: both CLI jars must answer a large,
# varied generated corpus (AnalyzeCorpus.java: every project message and lexicon phrase in every
# language, long mixed messages up to 300 KB, text no customer writes) byte for byte the same.
#
#   mvn -q -DskipTests package              # the "after" jar: empathy-examples/target/empathy-cli.jar
#   empathy-benchmarks/scripts/analyze-same-answers.sh OLD_CLI_JAR [NEW_CLI_JAR] [COUNT] [SEED]
#
# OLD_CLI_JAR is a copy of empathy-cli.jar built from the commit before the change. The old jar runs
# C1-only (quicker, and the answers must not depend on the compiler); the new one with the JVM's
# defaults. Exit status 1 and the first differing lines when the answers differ.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
old="$1"
new="${2:-$root/empathy-examples/target/empathy-cli.jar}"
count="${3:-20000}"
seed="${4:-7}"
work="$root/empathy-benchmarks/target/same-answers"
mkdir -p "$work"
java -cp "$new" "$here/AnalyzeCorpus.java" "$root" "$count" "$seed" > "$work/analyze-in.jsonl"
echo "corpus: $(wc -l < "$work/analyze-in.jsonl") requests, $(wc -c < "$work/analyze-in.jsonl") bytes (seed $seed)"
java -XX:TieredStopAtLevel=1 -jar "$old" analyze < "$work/analyze-in.jsonl" > "$work/analyze-old.jsonl"
java -jar "$new" analyze < "$work/analyze-in.jsonl" > "$work/analyze-new.jsonl"
if cmp -s "$work/analyze-old.jsonl" "$work/analyze-new.jsonl"; then
  echo "analyze: identical ($(wc -l < "$work/analyze-new.jsonl") answers, $(wc -c < "$work/analyze-new.jsonl") bytes)"
else
  echo "analyze: DIFFERENT"
  diff <(cat "$work/analyze-old.jsonl") <(cat "$work/analyze-new.jsonl") | head -c 3000
  exit 1
fi
