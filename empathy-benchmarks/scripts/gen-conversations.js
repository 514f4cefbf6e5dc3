// Generates a `qa` input (a helpdesk export of past conversations) as JSON Lines:
// {"conversationId","agentId","channel","customerText","agentReply"} per line, seeded, so every
// run writes the same file. Replies are 2-6 sentences drawn from the benchmark's hand-written
// drafts with a greeting and a sign-off (as gen-drafts.js); customer messages are the project's
// own (the listening test sets and the qa sample); 40 agents, four channels.
// Usage: node gen-conversations.js REPO_ROOT COUNT > conversations.jsonl
'use strict';
const fs = require('fs');
const path = require('path');
const [root, countArg] = process.argv.slice(2);
const count = parseInt(countArg || '20000', 10);
const read = p => fs.readFileSync(path.join(root, p), 'utf8');
const jsonl = p => read(p).split('\n').filter(l => l.trim()).map(l => JSON.parse(l));

const { draftSentences, seededRandom, draft } = require('./drafts-common.js');
const sentences = draftSentences(read('empathy-benchmarks/src/main/resources/review/drafts.txt'));
const customers = [];
for (const o of jsonl('empathy-examples/src/main/resources/qa/sample-conversations.jsonl')) customers.push(o.customerText);
for (const f of ['eval-set.jsonl', 'eval-blind.jsonl', 'eval-blind2.jsonl']) {
  for (const o of jsonl('empathy-core/src/test/resources/dev/empathy/signal/' + f)) customers.push(o.text);
}
const channels = ['chat', 'chat', 'email', 'email', 'social', 'sms'];
const rand = seededRandom(1206);
const out = [];
for (let i = 0; i < count; i++) {
  const agentReply = draft(sentences, rand);
  out.push(JSON.stringify({
    conversationId: 'C-' + String(i).padStart(6, '0'),
    agentId: 'agent-' + rand(40),
    channel: channels[rand(channels.length)],
    customerText: customers[rand(customers.length)],
    agentReply,
  }));
}
process.stdout.write(out.join('\n') + '\n');
