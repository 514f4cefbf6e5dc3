// Generates `review` requests as JSON Lines for the same-answers check (same-review-answers.sh):
// drafts of every shape the reviewer reads, seeded, so every run writes the same file. Sources are
// the project's own hand-written drafts and customer messages (review and listening test sets, the
// benchmark drafts, the qa sample); each request mixes them with a customer message, a channel, a
// locale and a mutation (curly quotes, emoji and ZWJ sequences, combining marks, RTL text,
// addresses, template fields, quoted lines, an earlier e-mail thread, shouting, long texts,
// unpaired surrogates and control characters).
// Usage: node gen-review-requests.js REPO_ROOT COUNT > requests.jsonl
'use strict';
const fs = require('fs');
const path = require('path');
const [root, countArg] = process.argv.slice(2);
const count = parseInt(countArg || '20000', 10);
const read = p => fs.readFileSync(path.join(root, p), 'utf8');
const jsonl = p => read(p).split('\n').filter(l => l.trim()).map(l => JSON.parse(l));

const drafts = [];
const customers = [];
for (const f of ['drafts.jsonl', 'drafts-blind.jsonl', 'drafts-wild.jsonl', 'replies-brand.jsonl']) {
  for (const o of jsonl('empathy-core/src/test/resources/dev/empathy/review/' + f)) {
    if (o.text) drafts.push(o.text);
    if (o.customerText) customers.push(o.customerText);
  }
}
for (const l of read('empathy-benchmarks/src/main/resources/review/drafts.txt').split('\n')) {
  if (l && !l.startsWith('#')) drafts.push(l.replace(/\\n/g, '\n'));
}
for (const o of jsonl('empathy-examples/src/main/resources/qa/sample-conversations.jsonl')) {
  drafts.push(o.agentReply);
  customers.push(o.customerText);
}
for (const f of ['eval-set.jsonl', 'eval-blind.jsonl', 'eval-blind2.jsonl']) {
  for (const o of jsonl('empathy-core/src/test/resources/dev/empathy/signal/' + f)) customers.push(o.text);
}
const sentences = [];
for (const d of drafts) {
  for (const s of d.split(/(?<=[.!?])\s+|\n+/)) if (s.trim().length > 3) sentences.push(s.trim());
}

let seed = 20261206;
const rand = n => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pick = a => a[rand(a.length)];
const channels = [null, null, 'plain', 'chat', 'email', 'social', 'sms', 'voice', 'SOCIAL'];
const locales = [null, null, null, 'en-US', 'en-GB', 'en_us', 'es', 'fr-FR', 'de', 'pt-BR', 'ja', 'nl'];
const inserts = [
  '🤦‍♀️', '👍🏽', '🇫🇷', '❤️', '😂😂', 'e\u0301', 'Zoë', 'ﬁle', 'Ｓｏｏｏ', 'שלום עולם', 'مرحبا', '\u200B', '\u200D',
  '\uD83D', '\uDE00', '\u0007', '\t', '&amp;', '<b>', '@AcmeHelp', '#fail', 'https://example.com/returns?simply=1.',
  'www.Example.org/faq', 'dana@example.com', 'Dana at example dot com', '+44 7700 900123', 'card ending 4242',
  '{first_name}', '{{customer.name}}', '[AGENT NAME]', '%NAME%', '<FIRST_NAME>', 'TKT-20931', 'at 9:30', 'by 5 p.m.',
  'à 18 h 40', '15時', '“quoted words”', '„Zitat“', '«citation»', 'can’t', "won't", '…', '—', '!!!!', '???',
  '最悪です', '解約したい', 'ไม่พอใจ', '1,000.50', '2nd', '10am', 'ASAP', 'just', 'soon', 'per our policy',
];
const mutate = (t, k) => {
  switch (k) {
    case 0: return t;
    case 1: return t.replace(/'/g, '’');
    case 2: return t.toUpperCase();
    case 3: return t.toLowerCase();
    case 4: { const at = rand(t.length + 1); return t.slice(0, at) + ' ' + pick(inserts) + ' ' + t.slice(at); }
    case 5: { let s = t; for (let i = 0; i < 4; i++) { const at = rand(s.length + 1); s = s.slice(0, at) + pick(inserts) + s.slice(at); } return s; }
    case 6: return '> ' + pick(customers) + '\n\n' + t;
    case 7: return t + '\n\nOn Mon, 5 Jan 2026 at 10:02, Dana <dana@example.com> wrote:\n> ' + pick(customers);
    case 8: return t + '\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\n' + pick(customers);
    case 9: return t.replace(/ /g, '  ').replace(/\n/g, '\r\n');
    case 10: return t.split(/\s+/).reverse().join(' ');
    default: return t;
  }
};
const out = [];
for (let i = 0; i < count; i++) {
  let text;
  const shape = rand(10);
  if (shape < 4) {
    text = pick(drafts);
  } else if (shape < 9) {
    const k = 1 + rand(6);
    const body = [];
    for (let j = 0; j < k; j++) body.push(pick(sentences));
    text = body.join(rand(3) === 0 ? '\n' : ' ');
  } else {
    text = pick(sentences) + ' ' + pick(customers);
  }
  text = mutate(text, rand(12));
  if (i % 997 === 0) { // a long draft now and then (about 100 KB)
    const parts = [];
    let n = 0;
    while (n < 100000) { const s = pick(sentences); parts.push(s); n += s.length + 1; }
    text = parts.join(rand(2) ? ' ' : '\n');
  }
  if (i % 499 === 0) text = pick(inserts).repeat(200 + rand(2000));
  const req = { id: i, text };
  if (rand(3) === 0) req.customerText = mutate(pick(customers), rand(6));
  const ch = pick(channels);
  if (ch) req.channel = ch;
  const loc = pick(locales);
  if (loc) req.locale = loc;
  out.push(JSON.stringify(req));
}
process.stdout.write(out.join('\n') + '\n');
