// Generates a corpus of agent drafts as JSON Lines ({"id":n,"text":...}) from the benchmark's
// hand-written drafts: each draft is 2-6 sentences drawn (seeded, so every run is the same) from
// all drafts, with a greeting and a sign-off. Usage: node gen-drafts.js DRAFTS_TXT COUNT [short] > out.jsonl
// With "short", each draft is one or two sentences and nothing around them, the length of a real
// agent reply on a social channel or in a chat (about 120 bytes a line).
'use strict';
const fs = require('fs');
const [file, countArg, shape] = process.argv.slice(2);
const count = parseInt(countArg || '50000', 10);
const { draftSentences, seededRandom, draft, shortDraft } = require('./drafts-common.js');
const sentences = draftSentences(fs.readFileSync(file, 'utf8'));
const rand = seededRandom(42);
const out = [];
for (let i = 0; i < count; i++) {
  out.push(JSON.stringify({ id: i, text: (shape === 'short' ? shortDraft : draft)(sentences, rand) }));
}
process.stdout.write(out.join('\n') + '\n');
