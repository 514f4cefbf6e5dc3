// What gen-drafts.js and gen-conversations.js share: the benchmark's hand-written drafts cut into
// sentences, the greetings and sign-offs wrapped around them, and a seeded random generator (the
// same seed gives the same corpus on every run and machine).
'use strict';

/** Sentences of the drafts file's text (one draft per line, '#' comments, "\n" escapes). */
function draftSentences(draftsText) {
  const drafts = draftsText.split('\n').filter(l => l && !l.startsWith('#')).map(l => l.replace(/\\n/g, '\n'));
  const sentences = [];
  for (const d of drafts) {
    for (const s of d.split(/(?<=[.!?])\s+|\n+/)) {
      const t = s.trim();
      if (t.length > 12 && !/^(hi|hello|dear|regards|best|thanks|cheers)\b/i.test(t)) sentences.push(t);
    }
  }
  return sentences;
}

/** A generator of integers in [0, n): a linear congruential one, seeded. */
function seededRandom(seed) {
  let state = seed;
  return n => { state = (state * 1103515245 + 12345) & 0x7fffffff; return state % n; };
}

/** A draft of 2-6 sentences with a greeting and a sign-off, drawn with rand. */
function draft(sentences, rand) {
  const k = 2 + rand(5);
  const body = [];
  for (let j = 0; j < k; j++) body.push(sentences[rand(sentences.length)]);
  return GREETINGS[rand(GREETINGS.length)] + '\n\n' + body.join(' ') + '\n\n' + CLOSINGS[rand(CLOSINGS.length)];
}

/** A draft of one sentence (two when the first is shorter than 60 characters), nothing around it. */
function shortDraft(sentences, rand) {
  const first = sentences[rand(sentences.length)];
  return first.length < 60 ? first + ' ' + sentences[rand(sentences.length)] : first;
}

const GREETINGS = ['Hi Dana,', 'Hello,', 'Hi there,', 'Dear Mr Okafor,', 'Hey Sam,'];
const CLOSINGS = ['Best,\nPriya', 'Regards,\nCustomer Care', 'Thanks,\nThe Support Team', 'Cheers,\nLeo'];

module.exports = { draftSentences, seededRandom, draft, shortDraft };
