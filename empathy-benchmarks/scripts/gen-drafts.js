// Generates a corpus of agent drafts as JSON Lines ({"id":n,"text":...}) from the benchmark's
// hand-written drafts: each draft is 2-6 sentences drawn (seeded, so every run is the same) from
// all drafts, with a greeting and a sign-off. Usage: node gen-drafts.js DRAFTS_TXT COUNT > out.jsonl
'use strict';
const fs = require('fs');
const [file, countArg] = process.argv.slice(2);
const count = parseInt(countArg || '50000', 10);
const { draftSentences, seededRandom, draft } = require('./drafts-common.js');
const sentences = draftSentences(fs.readFileSync(file, 'utf8'));
const rand = seededRandom(42);
const out = [];
for (let i = 0; i < count; i++) {
  out.push(JSON.stringify({ id: i, text: draft(sentences, rand) }));
}
process.stdout.write(out.join('\n') + '\n');
