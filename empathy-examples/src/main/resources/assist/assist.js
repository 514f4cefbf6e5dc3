/*
 * Empathy SDK agent-assist page. Written by the Empathy SDK authors, Apache-2.0.
 *
 * Posts the form to POST /api/assist and renders {signals, review, suggestions}.
 * Customer and agent text is data: every piece of it reaches the DOM as a text node
 * (textContent / createTextNode), never through innerHTML.
 * Offsets in the answer are UTF-16 code-unit offsets into the strings we sent; JavaScript
 * string indexes are UTF-16 code units too, so they are used as they are.
 * Add ?demo to the URL to preview with sample-request.json and sample-response.json, no server.
 */
(function () {
  'use strict';

  const API = '/api/assist';
  const DEMO = new URLSearchParams(window.location.search).has('demo');

  const CRITERIA = [
    ['validation', 'Validation', 'Names the feeling or the situation'],
    ['summary', 'Summary', 'Restates the problem concretely'],
    ['ownership', 'Ownership', 'First person, active voice'],
    ['actionNow', 'Action now', 'Something done or offered right now'],
    ['expectations', 'Expectations', 'A concrete time and an owner'],
    ['followThrough', 'Follow-through', 'A promised next contact'],
    ['clarity', 'Clarity', 'Short sentences, plain words'],
    ['dignity', 'Dignity', 'No blame, no put-downs'],
  ];
  const CHANNELS = [
    ['chat', 'Chat'],
    ['email', 'Email'],
    ['social', 'Social'],
    ['sms', 'SMS'],
    ['voice', 'Voice'],
  ];
  /** Form controls that can carry an API error, by the request field they send. */
  const ERROR_TARGETS = {
    customerText: ['customerText', 'customerText'],
    text: ['customerText', 'customerText'],
    draft: ['draft', 'draft'],
    locale: ['locale', 'locale'],
    customer: ['customer', 'customer'],
    summary: ['summary', 'summary'],
    actions: ['actions', 'actions'],
    followUp: ['followUp', 'followUp'],
    timeline: ['timelineAmount', 'timeline'],
    'timeline.within': ['timelineAmount', 'timeline'],
    'timeline.businessDays': ['timelineUnit', 'timeline'],
    'timeline.by': ['timelineBy', 'timeline'],
    'timeline.owner': ['timelineOwner', 'timeline'],
  };
  /** A slot the composer leaves for the agent, e.g. "[Action: what you can do right now]". */
  const SLOT = /\[(?:Action\b[^\[\]\n]*|\p{L}+:[^\[\]\n]*)\]/gu;

  const $ = (id) => document.getElementById(id);

  /** The request the shown answer belongs to, and the draft its review offsets point into. */
  let shown = null;
  let busy = false;

  // ---------------------------------------------------------------- DOM helpers

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number'
        ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function humanise(label) {
    const text = String(label).replace(/[_-]+/g, ' ').trim();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function percent(x) {
    const n = Number(x);
    return Number.isFinite(n) ? Math.round(Math.min(1, Math.max(0, n)) * 100) : 0;
  }

  function tone(fraction) {
    return fraction >= 0.7 ? 'good' : fraction >= 0.4 ? 'mid' : 'bad';
  }

  // ---------------------------------------------------------------- highlighting

  function isHigh(code) { return code >= 0xd800 && code <= 0xdbff; }
  function isLow(code) { return code >= 0xdc00 && code <= 0xdfff; }

  /** True when offset i does not fall between the two halves of a surrogate pair. */
  function atCodePointBoundary(text, i) {
    return i <= 0 || i >= text.length || !(isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i)));
  }

  function usableSpan(text, span) {
    return Number.isInteger(span.start) && Number.isInteger(span.end)
      && span.start >= 0 && span.end <= text.length && span.start < span.end
      && atCodePointBoundary(text, span.start) && atCodePointBoundary(text, span.end);
  }

  /**
   * Builds text with marked spans. spans: [{start, end, classes: [...], label, finding}].
   * Overlapping spans are cut at every boundary; each piece is one <mark> carrying the classes
   * and labels of all spans that cover it. Returns a DocumentFragment of text nodes and marks.
   */
  function highlighted(text, spans) {
    const usable = spans.filter((s) => usableSpan(text, s));
    const cuts = new Set([0, text.length]);
    for (const s of usable) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.slice(from, to);
      const covering = usable.filter((s) => s.start <= from && s.end >= to);
      if (covering.length === 0) {
        fragment.appendChild(document.createTextNode(piece));
        continue;
      }
      const classes = new Set();
      const labels = [];
      const findings = [];
      for (const s of covering) {
        s.classes.forEach((c) => classes.add(c));
        if (s.label && !labels.includes(s.label)) labels.push(s.label);
        if (s.finding !== undefined) findings.push(s.finding);
      }
      const mark = el('mark', { class: [...classes].join(' '), title: labels.join('; ') || undefined }, piece);
      if (findings.length) mark.dataset.findings = findings.join(' ');
      fragment.appendChild(mark);
    }
    return fragment;
  }

  /** Text with composer slots such as "[Action: …]" marked. */
  function withSlots(text) {
    const fragment = document.createDocumentFragment();
    const source = String(text ?? '');
    let last = 0;
    for (const match of source.matchAll(SLOT)) {
      if (match.index > last) fragment.appendChild(document.createTextNode(source.slice(last, match.index)));
      fragment.appendChild(el('mark', { class: 'slot', title: 'Fill this in before sending' }, match[0]));
      last = match.index + match[0].length;
    }
    if (last < source.length) fragment.appendChild(document.createTextNode(source.slice(last)));
    return fragment;
  }

  function quoted(text) {
    return el('q', null, String(text ?? ''));
  }

  // ---------------------------------------------------------------- request

  function value(id) {
    return $(id).value;
  }

  function nonBlank(text) {
    return typeof text === 'string' && text.trim() !== '';
  }

  function timeline() {
    const owner = value('timelineOwner').trim() || 'me';
    const by = value('timelineBy');
    if (by) return { by, owner };
    const amount = value('timelineAmount').trim();
    if (amount === '') return undefined;
    const n = Number(amount);
    const unit = value('timelineUnit');
    // An invalid amount is sent as written so the server names the field.
    if (!Number.isInteger(n) || n < 1) return { within: amount, owner };
    switch (unit) {
      case 'minutes': return { within: `PT${n}M`, owner };
      case 'hours': return { within: `PT${n}H`, owner };
      case 'days': return { within: `P${n}D`, owner };
      default: return { within: `P${n}D`, businessDays: true, owner };
    }
  }

  function buildRequest() {
    const request = { customerText: value('customerText') };
    const optional = {
      draft: value('draft'),
      locale: value('locale'),
      customer: value('customer').trim(),
      summary: value('summary').trim(),
      followUp: value('followUp').trim(),
    };
    for (const [key, text] of Object.entries(optional)) {
      if (nonBlank(text)) request[key] = text;
    }
    const actions = value('actions').split('\n').map((line) => line.trim()).filter(Boolean);
    if (actions.length) request.actions = actions;
    const t = timeline();
    if (t) request.timeline = t;
    return request;
  }

  function fillForm(request) {
    $('customerText').value = request.customerText ?? '';
    $('draft').value = request.draft ?? '';
    $('locale').value = request.locale ?? '';
    $('customer').value = request.customer ?? '';
    $('summary').value = request.summary ?? '';
    $('actions').value = (request.actions ?? []).join('\n');
    $('followUp').value = request.followUp ?? '';
    const t = request.timeline;
    if (t) {
      $('timelineOwner').value = t.owner ?? 'me';
      if (t.by) $('timelineBy').value = t.by;
      const m = /^P(?:T(\d+)([HM])|(\d+)D)$/.exec(t.within ?? '');
      if (m) {
        $('timelineAmount').value = m[1] ?? m[3];
        $('timelineUnit').value = m[2] === 'H' ? 'hours' : m[2] === 'M' ? 'minutes'
          : t.businessDays ? 'businessDays' : 'days';
      }
    }
  }

  // ---------------------------------------------------------------- errors and status

  function announce(message, isError) {
    const status = $('status');
    status.textContent = message;
    status.classList.toggle('error', Boolean(isError));
  }

  function describedBy(control, id, add) {
    const ids = (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean)
      .filter((x) => x !== id);
    if (add) ids.push(id);
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    else control.removeAttribute('aria-describedby');
  }

  function clearErrors() {
    for (const node of document.querySelectorAll('[aria-invalid="true"]')) {
      node.removeAttribute('aria-invalid');
    }
    for (const node of document.querySelectorAll('.field-error')) {
      node.hidden = true;
      node.textContent = '';
      for (const control of document.querySelectorAll('[aria-describedby]')) describedBy(control, node.id, false);
    }
    const formError = $('form-error');
    formError.hidden = true;
    formError.textContent = '';
  }

  function fieldError(field, message) {
    const key = String(field ?? '');
    const target = ERROR_TARGETS[key] || ERROR_TARGETS[key.replace(/\[\d*\]$/, '')]
      || ERROR_TARGETS[key.split(/[.[]/)[0]];
    if (!target) return false;
    const [controlId, errorName] = target;
    const control = $(controlId);
    const box = $(`${errorName}-error`);
    box.textContent = message;
    box.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    describedBy(control, box.id, true);
    control.focus();
    return true;
  }

  function formError(message) {
    const box = $('form-error');
    box.textContent = message;
    box.hidden = false;
  }

  function showApiError(error, status) {
    const message = String(error.message || `The request was refused (${status}).`);
    const text = status === 413 ? `${message} Shorten the message or the draft.` : message;
    if (!fieldError(error.field, text)) {
      formError(text);
      $('analyze').focus();
    }
    announce(`Not analyzed: ${text}`, true);
  }

  // ---------------------------------------------------------------- signals

  function renderSignals(signals, customerText) {
    const root = clear($('signals'));
    if (!signals) {
      root.appendChild(el('p', { class: 'empty' }, 'No signals in the answer.'));
      return;
    }
    const emotions = Array.isArray(signals.emotions) ? signals.emotions : [];
    const escalation = signals.escalation || { level: 'none', signals: [] };
    const kinds = Array.isArray(escalation.signals) ? escalation.signals : [];
    const primary = emotions.find((e) => e.label === signals.primary) || emotions[0];
    const intensity = primary ? percent(primary.intensity) : 0;
    const level = String(escalation.level || 'none');

    root.appendChild(el('dl', { class: 'facts' },
      el('div', { class: 'fact' },
        el('dt', null, 'Primary emotion'),
        el('dd', { id: 'primaryEmotion' }, humanise(signals.primary || 'neutral'))),
      el('div', { class: 'fact' },
        el('dt', null, 'Intensity'),
        el('dd', null, `${intensity}%`,
          el('div', { class: 'meter', 'aria-hidden': 'true' }, el('span', { style: `width:${intensity}%` })))),
      el('div', { class: 'fact' },
        el('dt', null, 'Escalation'),
        el('dd', null, el('span', { id: 'escalationLevel', class: `level level-${level.replace(/\W/g, '')}` }, humanise(level))))));

    const spans = [];
    for (const emotion of emotions) {
      for (const ev of emotion.evidence || []) {
        spans.push({ start: ev.start, end: ev.end, classes: ['ev-emotion'], label: humanise(emotion.label) });
      }
    }
    for (const signal of kinds) {
      for (const ev of signal.evidence || []) {
        spans.push({ start: ev.start, end: ev.end, classes: ['ev-escalation'], label: humanise(signal.kind) });
      }
    }
    root.appendChild(el('p', { class: 'caption visually-hidden' }, 'Customer’s message with evidence highlighted'));
    root.appendChild(el('blockquote', { class: 'message', id: 'customerView' }, highlighted(customerText, spans)));
    root.appendChild(el('ul', { class: 'legend', 'aria-hidden': 'true' },
      el('li', null, el('span', { class: 'swatch emotion' }), 'Emotion evidence'),
      el('li', null, el('span', { class: 'swatch escalation' }), 'Escalation evidence')));

    if (kinds.length) {
      root.appendChild(el('h3', { class: 'sub' }, 'Escalation signals'));
      root.appendChild(el('ul', { class: 'chips', id: 'signalKinds' },
        kinds.map((s) => el('li', { class: 'chip kind', 'data-kind': s.kind },
          humanise(s.kind),
          (s.evidence || []).length ? [': ', evidenceList(s.evidence)] : null))));
    }

    if (emotions.length) {
      root.appendChild(el('h3', { class: 'sub' }, 'Emotions'));
      root.appendChild(el('ul', { class: 'detail-list' },
        emotions.map((e) => el('li', null,
          el('span', { class: 'name' }, humanise(e.label)), ` ${percent(e.intensity)}%`,
          (e.evidence || []).length ? [' — ', evidenceList(e.evidence)] : null))));
    }

    const suggestion = signals.suggestion || {};
    const advice = [];
    if (suggestion.acknowledge) advice.push(`Acknowledge that they are ${String(suggestion.acknowledge).replace(/-/g, ' ')}.`);
    if (suggestion.boundary) advice.push('Abuse is aimed at you: set a calm, respectful boundary before anything else.');
    if (suggestion.handoff) advice.push('Consider handing this to a supervisor.');
    if (advice.length) {
      root.appendChild(el('p', { class: `advice${suggestion.boundary || suggestion.handoff ? ' alert' : ''}` },
        advice.join(' ')));
    }
  }

  function evidenceList(evidence) {
    const out = [];
    evidence.forEach((ev, i) => {
      if (i) out.push(', ');
      out.push(quoted(ev.text));
    });
    return el('span', { class: 'evidence' }, out);
  }

  // ---------------------------------------------------------------- review

  function renderReview(review, draft, note) {
    const score = $('score');
    const view = clear($('draftView'));
    const list = clear($('findings'));
    const rubric = clear($('rubric'));
    score.className = 'score';
    if (!review) {
      score.textContent = '';
      view.appendChild(el('p', { class: 'empty' },
        nonBlank(draft) ? 'The draft was not reviewed.' : 'Add your draft to see friction findings and a score.'));
      rubric.appendChild(el('p', { class: 'empty' }, 'Scored when you give a draft.'));
      return;
    }
    const total = Math.round(Number(review.score));
    score.textContent = Number.isFinite(total) ? String(total) : '';
    if (Number.isFinite(total)) score.classList.add(tone(total / 100));

    const findings = (Array.isArray(review.findings) ? review.findings : [])
      .map((f, i) => ({ ...f, index: i }));
    const spans = findings.map((f) => ({
      start: f.start, end: f.end, finding: f.index,
      classes: ['finding-mark', `sev-${String(f.severity || 'info').replace(/\W/g, '')}`],
      label: f.reason ? `${humanise(f.category || f.rule)}: ${f.reason}` : humanise(f.category || f.rule),
    }));
    view.appendChild(el('p', { class: 'caption visually-hidden' }, 'Your draft with friction highlighted'));
    const draftQuote = el('blockquote', { class: 'message' }, highlighted(draft, spans));
    draftQuote.addEventListener('click', (event) => {
      const mark = event.target.closest('mark[data-findings]');
      if (mark) focusFinding(Number(mark.dataset.findings.split(' ')[0]));
    });
    view.appendChild(draftQuote);
    if (note) view.appendChild(el('p', { class: 'demo-note' }, note));

    if (!findings.length) {
      list.appendChild(el('li', { class: 'none' }, 'No friction found.'));
    }
    for (const f of findings) {
      const severity = String(f.severity || 'info').replace(/\W/g, '');
      const canApply = typeof f.suggestion === 'string' && usableSpan(draft, f);
      const replacement = canApply && f.suggestion === '' ? 'Remove' : 'Apply';
      const item = el('li', {
        class: `finding sev-${severity}`, id: `finding-${f.index}`, tabindex: '-1',
        'data-rule': f.rule, 'data-start': f.start, 'data-end': f.end,
      },
      el('div', { class: 'head' },
        el('span', { class: 'sev' }, humanise(severity)), ' · ', humanise(f.category || 'friction'),
        f.rule ? el('span', { class: 'visually-hidden' }, `, rule ${f.rule}`) : null),
      el('p', { class: 'what' },
        el('del', null, String(f.text ?? '')),
        typeof f.suggestion === 'string' && f.suggestion !== ''
          ? [' → ', el('ins', null, f.suggestion)] : null),
      f.reason ? el('p', { class: 'reason' }, f.reason) : null,
      canApply ? el('button', {
        type: 'button', class: 'apply',
        'aria-label': f.suggestion === ''
          ? `Remove “${f.text}” from the draft`
          : `Apply rewrite: replace “${f.text}” with “${f.suggestion}”`,
        onclick: () => applyFinding(f),
      }, replacement) : null);
      item.addEventListener('mouseenter', () => activate(f.index, true));
      item.addEventListener('mouseleave', () => activate(f.index, false));
      item.addEventListener('focusin', () => activate(f.index, true));
      item.addEventListener('focusout', () => activate(f.index, false));
      list.appendChild(item);
    }

    renderRubric(rubric, review.rubric || {}, Array.isArray(review.notes) ? review.notes : []);
  }

  function renderRubric(root, scores, notes) {
    const byCriterion = new Map();
    const general = [];
    for (const note of notes) {
      if (note && typeof note === 'object' && note.criterion) {
        if (!byCriterion.has(note.criterion)) byCriterion.set(note.criterion, []);
        byCriterion.get(note.criterion).push(note);
      } else if (note !== null && note !== undefined) {
        general.push(typeof note === 'object' ? (note.note ?? note.text ?? note.message ?? '') : String(note));
      }
    }
    for (const [key, label, hint] of CRITERIA) {
      const raw = scores[key];
      const known = raw !== undefined && raw !== null && Number.isFinite(Number(raw));
      const pct = known ? percent(raw) : 0;
      const row = el('div', { class: 'criterion', 'data-criterion': key },
        el('span', { class: 'label', title: hint }, label),
        el('div', { class: 'bar', 'aria-hidden': 'true' },
          el('span', { class: tone(pct / 100), style: `width:${pct}%` })),
        el('span', { class: 'value' }, known ? String(pct) : '–',
          el('span', { class: 'visually-hidden' }, known ? ` out of 100 for ${label}` : ` ${label} not scored`)));
      for (const note of byCriterion.get(key) || []) {
        const text = note.note ?? note.text ?? note.message ?? '';
        row.appendChild(el('p', { class: 'note' }, text,
          note.example ? [' ', el('span', { class: 'example' }, '“', note.example, '”')] : null));
      }
      root.appendChild(row);
    }
    const extra = [...byCriterion.entries()]
      .filter(([k]) => !CRITERIA.some(([key]) => key === k))
      .flatMap(([k, list]) => list.map((n) => `${humanise(k)}: ${n.note ?? n.text ?? n.message ?? ''}`));
    const rest = general.concat(extra).filter(nonBlank);
    if (rest.length) root.appendChild(el('ul', { class: 'general-notes' }, rest.map((n) => el('li', null, n))));
  }

  function activate(index, on) {
    for (const mark of document.querySelectorAll('#draftView mark[data-findings]')) {
      if (mark.dataset.findings.split(' ').includes(String(index))) mark.classList.toggle('active', on);
    }
    const item = $(`finding-${index}`);
    if (item) item.classList.toggle('active', on);
  }

  function focusFinding(index) {
    const item = $(`finding-${index}`);
    if (!item) return;
    const button = item.querySelector('.apply');
    (button || item).focus();
  }

  // ---------------------------------------------------------------- apply a rewrite

  function applyFinding(finding) {
    if (busy || !shown) return;
    const textarea = $('draft');
    const current = textarea.value;
    const reviewed = shown.request.draft ?? '';
    if (current !== reviewed && current.slice(finding.start, finding.end) !== finding.text) {
      announce('Your draft changed since it was reviewed. Press Analyze to review it again.', true);
      $('analyze').focus();
      return;
    }
    const base = current === reviewed ? reviewed : current;
    const range = replacedRange(base, finding);
    const updated = base.slice(0, range.start) + finding.suggestion + base.slice(range.end);
    textarea.value = updated;

    if (DEMO) {
      applyInDemo(finding, updated);
      return;
    }
    analyze({ after: 'apply', findingIndex: finding.index });
  }

  /**
   * The text a finding's suggestion replaces. Rewrites that are whole sentences (they end with
   * sentence punctuation) replace the sentence around the matched words, so "Per our policy refunds
   * take 10 days." becomes the rewrite instead of gaining a second copy of its own tail.
   */
  function replacedRange(text, finding) {
    const suggestion = finding.suggestion.trim();
    if (!/[.!?。！？]$/u.test(suggestion) || suggestion.length <= finding.end - finding.start) {
      return { start: finding.start, end: finding.end };
    }
    let start = finding.start;
    while (start > 0 && !/[.!?。！？\n]/u.test(text[start - 1])) start--;
    while (start < finding.start && /\s/u.test(text[start])) start++;
    let end = finding.end;
    while (end < text.length && !/[.!?。！？\n]/u.test(text[end])) end++;
    if (end < text.length && text[end] !== '\n') end++;
    return { start, end };
  }

  /** Without a server the review cannot run again: shift the other findings and say so. */
  function applyInDemo(finding, updated) {
    const range = replacedRange(shown.request.draft ?? '', finding);
    const delta = finding.suggestion.length - (range.end - range.start);
    finding = { ...finding, start: range.start, end: range.end };
    const review = shown.response.review;
    review.findings = review.findings.filter((f) => f !== review.findings[finding.index]
      && (f.end <= finding.start || f.start >= finding.end))
      .map((f) => (f.start >= finding.end ? { ...f, start: f.start + delta, end: f.end + delta } : f));
    shown.request.draft = updated;
    renderReview(review, updated,
      'Demo: the rewrite is applied, but the score is only recomputed by the server.');
    announce(`Rewrite applied. ${review.findings.length} finding${review.findings.length === 1 ? '' : 's'} left.`);
    afterApplyFocus(finding.index);
  }

  function afterApplyFocus(index) {
    const buttons = [...document.querySelectorAll('#findings .apply')];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next || $('draft')).focus();
  }

  // ---------------------------------------------------------------- suggestions

  function lengthText(length) {
    if (!length || length.value === undefined) return { text: '', over: false };
    const unit = String(length.unit || '');
    const limit = length.limit === null || length.limit === undefined ? null : Number(length.limit);
    const text = limit === null ? `${length.value} ${unit}` : `${length.value} / ${limit} ${unit}`;
    return { text, over: limit !== null && Number(length.value) > limit };
  }

  function field(suggestion, name) {
    if (typeof suggestion[name] === 'string') return suggestion[name];
    if (suggestion.fields && typeof suggestion.fields[name] === 'string') return suggestion.fields[name];
    return undefined;
  }

  function looksLikeSsml(text) {
    return /^\s*<speak[\s>]/.test(text || '');
  }

  function ssmlToScript(ssml) {
    const doc = new DOMParser().parseFromString(ssml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) return ssml.replace(/<[^>]*>/g, '');
    return doc.documentElement.textContent.replace(/\s+/g, ' ').trim();
  }

  function noteList(className, items, describe) {
    if (!Array.isArray(items) || !items.length) return null;
    return el('ul', { class: `notes ${className}`, 'aria-label': className === 'changes' ? 'Changes' : 'Warnings' },
      items.map((item) => el('li', null, describe(item))));
  }

  function describeChange(change) {
    if (change && typeof change === 'object') {
      return [el('span', { class: 'kind' }, humanise(change.kind || 'changed')), ': ', String(change.detail ?? '')];
    }
    return String(change);
  }

  function copyButton(label, text) {
    return el('button', {
      type: 'button', class: 'copy', 'aria-label': `Copy the ${label} reply`,
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(text);
          announce(`${label} reply copied.`);
        } catch (e) {
          announce(`Could not copy the ${label} reply; select the text instead.`, true);
        }
      },
    }, 'Copy');
  }

  function channelBody(key, s) {
    const parts = Array.isArray(s.parts) ? s.parts.map(String) : [];
    const text = String(s.text ?? '');
    switch (key) {
      case 'chat':
        return el('ul', { class: 'bubbles', 'aria-label': `${parts.length} chat bubbles` },
          (parts.length ? parts : [text]).map((p) => el('li', null, withSlots(p))));
      case 'email': {
        const subject = field(s, 'subject');
        const preheader = field(s, 'preheader');
        return el('div', { class: 'email' },
          el('dl', { class: 'meta' },
            el('div', null, el('dt', null, 'Subject: '), el('dd', { class: 'subject' }, subject ?? '(none)')),
            preheader ? el('div', null, el('dt', null, 'Preheader: '), el('dd', null, preheader)) : null),
          el('p', { class: 'text' }, withSlots(text)));
      }
      case 'social': {
        const post = parts[0] ?? text;
        const dm = parts[1] ?? field(s, 'dm');
        return [
          el('p', { class: 'caption' }, 'Public post'),
          el('p', { class: 'post public text' }, withSlots(post)),
          dm !== undefined ? [el('p', { class: 'caption' }, 'Direct message'),
            el('p', { class: 'post dm text' }, withSlots(dm))] : null,
        ];
      }
      case 'sms': {
        const segments = parts.length ? parts : [text];
        return [
          el('p', { class: 'caption', 'data-count': segments.length },
            `${segments.length} segment${segments.length === 1 ? '' : 's'}`),
          el('ol', { class: 'segments' },
            segments.map((p, i) => el('li', null,
              el('span', { class: 'seg-no' }, `${i + 1} of ${segments.length}`), withSlots(p)))),
        ];
      }
      case 'voice': {
        const script = field(s, 'script') ?? (looksLikeSsml(text) ? ssmlToScript(text) : text);
        const ssml = looksLikeSsml(text) ? text : parts.find(looksLikeSsml);
        return [
          el('p', { class: 'caption' }, 'Script to read'),
          el('p', { class: 'voice text' }, withSlots(script)),
          ssml ? el('details', { class: 'ssml' }, el('summary', null, 'SSML'), el('pre', null, ssml)) : null,
        ];
      }
      default:
        return el('p', { class: 'text' }, withSlots(text));
    }
  }

  function copyText(key, s) {
    const parts = Array.isArray(s.parts) ? s.parts.map(String) : [];
    if (key === 'email') {
      const subject = field(s, 'subject');
      return (subject ? `Subject: ${subject}\n\n` : '') + String(s.text ?? '');
    }
    if (key === 'social') return parts.join('\n\n') || String(s.text ?? '');
    if (key === 'voice') {
      const text = String(s.text ?? '');
      return field(s, 'script') ?? (looksLikeSsml(text) ? ssmlToScript(text) : text);
    }
    return String(s.text ?? parts.join('\n'));
  }

  function renderSuggestions(suggestions) {
    const root = clear($('suggestions'));
    if (!suggestions || typeof suggestions !== 'object') {
      root.appendChild(el('p', { class: 'empty' }, 'No suggestions in the answer.'));
      return;
    }
    for (const [key, label] of CHANNELS) {
      const s = suggestions[key];
      const card = el('section', { class: 'channel', id: `suggestion-${key}`, 'aria-labelledby': `suggestion-${key}-title` });
      if (!s) {
        append(card, [el('h3', { id: `suggestion-${key}-title` }, label), el('p', { class: 'empty' }, 'Not available.')]);
        root.appendChild(card);
        continue;
      }
      if (s.error) {
        append(card, [el('h3', { id: `suggestion-${key}-title` }, label),
          el('p', { class: 'field-error' }, String(s.error.message ?? s.error))]);
        root.appendChild(card);
        continue;
      }
      const len = lengthText(s.length);
      append(card, [
        el('header', null,
          el('h3', { id: `suggestion-${key}-title` }, label),
          len.text ? el('span', { class: `len${len.over ? ' over' : ''}` }, len.text) : null),
        channelBody(key, s),
        noteList('changes', s.changes, describeChange),
        noteList('warnings', s.warnings, (w) => String(w)),
        copyButton(label, copyText(key, s)),
      ]);
      root.appendChild(card);
    }
  }

  // ---------------------------------------------------------------- analyze

  function render(response, request, options) {
    shown = { request, response };
    renderSignals(response.signals, request.customerText);
    renderReview(response.review, request.draft ?? '');
    renderSuggestions(response.suggestions);

    const signals = response.signals || {};
    const review = response.review;
    const sentences = [];
    if (options && options.after === 'apply') sentences.push('Rewrite applied.');
    sentences.push(`Analysis ready: ${humanise(signals.primary || 'neutral').toLowerCase()}, `
      + `escalation ${(signals.escalation && signals.escalation.level) || 'none'}.`);
    if (review) {
      const n = Array.isArray(review.findings) ? review.findings.length : 0;
      sentences.push(`Draft score ${Math.round(Number(review.score))} of 100, ${n} finding${n === 1 ? '' : 's'}.`);
    }
    announce(sentences.join(' '));
    if (options && options.after === 'apply') afterApplyFocus(options.findingIndex);
  }

  function setBusy(on) {
    busy = on;
    const button = $('analyze');
    button.setAttribute('aria-disabled', on ? 'true' : 'false');
    button.textContent = on ? 'Analyzing…' : 'Analyze';
    $('results').setAttribute('aria-busy', on ? 'true' : 'false');
  }

  async function analyze(options) {
    if (busy) return;
    clearErrors();
    let request = buildRequest();
    if (!nonBlank(request.customerText)) {
      fieldError('customerText', 'Paste the customer’s message first.');
      announce('Not analyzed: the customer’s message is empty.', true);
      return;
    }
    setBusy(true);
    announce('Analyzing…');
    try {
      let response;
      if (DEMO) {
        // The sample answer belongs to the sample request: show it with the sample's texts.
        const sample = await (await fetch('sample-request.json', { cache: 'no-store' })).json();
        fillForm(sample);
        request = buildRequest();
        response = await fetch('sample-response.json', { cache: 'no-store' });
      } else {
        response = await fetch(API, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(request),
        });
      }
      let body = null;
      try {
        body = await response.json();
      } catch (e) {
        body = null;
      }
      if (!response.ok || !body || body.error) {
        if (body && body.error) showApiError(body.error, response.status);
        else if (response.status === 413) showApiError({ message: 'The request is over the 64 KB limit.' }, 413);
        else {
          formError(`The assist server answered ${response.status} without an explanation.`);
          announce(`Not analyzed: the server answered ${response.status}.`, true);
        }
        return;
      }
      render(body, request, options);
    } catch (e) {
      console.error(e);
      formError(DEMO ? 'Could not load the sample files next to this page.'
        : 'Could not reach the assist server. Is it running on this machine?');
      announce('Not analyzed: no answer from the server.', true);
    } finally {
      setBusy(false);
    }
  }

  // ---------------------------------------------------------------- start

  function start() {
    const form = $('assistForm');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      analyze();
    });
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        analyze();
      }
    });
    for (const control of form.querySelectorAll('input, textarea, select')) {
      control.addEventListener('input', () => {
        if (control.getAttribute('aria-invalid') === 'true') control.removeAttribute('aria-invalid');
      });
    }
    if (DEMO) {
      $('demoBadge').hidden = false;
      fetch('sample-request.json', { cache: 'no-store' })
        .then((r) => r.json())
        .then((sample) => { fillForm(sample); return analyze(); })
        .catch(() => formError('Could not load the sample files next to this page.'));
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());
