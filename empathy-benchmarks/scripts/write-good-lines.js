// Runs write-good on every draft of a JSON Lines file (one {"id","text"} per line) and writes one
// JSON object per line with its suggestions: the same work shape as `empathy-cli review`.
'use strict';
const path = require('path');
const readline = require('readline');
const writeGood = require(path.join(process.argv[2], 'node_modules', 'write-good'));
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on('line', line => {
  if (!line.trim()) return;
  const o = JSON.parse(line);
  out.push(JSON.stringify({ id: o.id, suggestions: writeGood(o.text) }));
  if (out.length >= 1000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
});
rl.on('close', () => { if (out.length) process.stdout.write(out.join('\n') + '\n'); });
