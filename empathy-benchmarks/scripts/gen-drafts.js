// Generates a corpus of agent drafts as JSON Lines ({"id":n,"text":...}) from the benchmark's
// hand-written drafts: each draft is 2-6 sentences drawn (seeded, so every run is the same) from
// all drafts, with a greeting and a sign-off. Usage: node gen-drafts.js DRAFTS_TXT COUNT > out.jsonl
'use strict';
const fs = require('fs');
const [file, countArg] = process.argv.slice(2);
const count = parseInt(countArg || '50000', 10);
const drafts = fs.readFileSync(file, 'utf8').split('\n').filter(l => l && !l.startsWith('#')).map(l => l.replace(/\\n/g, '\n'));
const sentences = [];
for (const d of drafts) {
  for (const s of d.split(/(?<=[.!?])\s+|\n+/)) {
    const t = s.trim();
    if (t.length > 12 && !/^(hi|hello|dear|regards|best|thanks|cheers)\b/i.test(t)) sentences.push(t);
  }
}
const greetings = ['Hi Dana,', 'Hello,', 'Hi there,', 'Dear Mr Okafor,', 'Hey Sam,'];
const closings = ['Best,\nPriya', 'Regards,\nCustomer Care', 'Thanks,\nThe Support Team', 'Cheers,\nLeo'];
let seed = 42;
const rand = n => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const out = [];
for (let i = 0; i < count; i++) {
  const k = 2 + rand(5);
  const body = [];
  for (let j = 0; j < k; j++) body.push(sentences[rand(sentences.length)]);
  const text = greetings[rand(greetings.length)] + '\n\n' + body.join(' ') + '\n\n' + closings[rand(closings.length)];
  out.push(JSON.stringify({ id: i, text }));
}
process.stdout.write(out.join('\n') + '\n');
