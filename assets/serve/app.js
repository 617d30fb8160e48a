// The page of `search serve`. Every string from the index reaches the page as a text node or
// an attribute that is never a URL: nothing from an article is parsed as HTML.
'use strict';

const PAGE = 20;
const $ = (id) => document.getElementById(id);
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The search, as the URL holds it: q, mode (quotes, or passages when absent), speaker
// (repeated), since, until, kind (direct or reported, quotes only).
let state = { q: '', mode: 'passages', speakers: [], since: '', until: '', kind: '' };
let shown = 0;
let anchor = null; // the bar a Shift-choice ranges from
let refocus = null; // the control to give the focus back to once the answer is drawn

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function fromUrl() {
  const p = new URLSearchParams(location.search);
  state = {
    q: p.get('q') || '',
    mode: p.get('mode') === 'quotes' ? 'quotes' : 'passages',
    speakers: p.getAll('speaker'),
    since: p.get('since') || '',
    until: p.get('until') || '',
    kind: ['direct', 'reported'].includes(p.get('kind')) ? p.get('kind') : '',
  };
  $('q').value = state.q;
  $('since').value = state.since;
  $('until').value = state.until;
  $('kind').value = state.kind;
  showMode();
}

function quotes() { return state.mode === 'quotes'; }

// What a count counts in this mode, and the words for it.
function unit() { return quotes() ? 'quote' : 'paragraph'; }
function counted(n) { return `${n.toLocaleString()} ${unit()}${n === 1 ? '' : 's'}`; }
function matching(n) { return `${n.toLocaleString()} matching ${unit()}${n === 1 ? '' : 's'}`; }

function showMode() {
  $('mode-quotes').checked = quotes();
  $('mode-passages').checked = !quotes();
  $('kind-box').hidden = !quotes();
  $('results').setAttribute('aria-label', quotes() ? 'Quotes' : 'Passages');
  $('more').textContent = quotes() ? 'More quotes' : 'More passages';
}

// The API's parameters; with `url`, the page's own (the mode too).
function params(url) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (url && quotes()) p.set('mode', 'quotes');
  for (const s of state.speakers) p.append('speaker', s);
  if (state.since) p.set('since', state.since);
  if (state.until) p.set('until', state.until);
  if (quotes() && state.kind) p.set('kind', state.kind);
  return p;
}

function endpoint() { return quotes() ? '/api/quotes' : '/api/search'; }

function go() {
  const active = document.activeElement;
  refocus = active && active.dataset ? active.dataset.focusKey || null : null;
  showMode();
  const url = '?' + params(true).toString();
  if (url !== location.search) history.pushState(null, '', url);
  run();
}

async function api(path, p) {
  const response = await fetch(path + '?' + p.toString(), { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) {
    const what = body.parameter ? body.parameter + ': ' : '';
    throw new Error(what + (body.error || response.statusText));
  }
  return body;
}

function say(text, error) {
  $('status').textContent = text;
  $('status').className = error ? 'error' : '';
  $('status').setAttribute('role', error ? 'alert' : 'status');
}

async function run() {
  renderChips();
  $('hits').replaceChildren();
  $('more').hidden = true;
  shown = 0;
  // Without words, quotes list what a speaker or a period keeps, as `search quotes` does.
  const listing = quotes() && (state.speakers.length > 0 || state.since || state.until);
  if (!state.q.trim() && !listing) {
    $('timeline-box').hidden = true;
    $('speakers-box').hidden = true;
    return overview();
  }
  say('Searching…');
  try {
    const p = params();
    p.set('limit', PAGE);
    const answer = await api(endpoint(), p);
    showAnswer(answer);
  } catch (err) {
    say(err.message, true);
  }
}

async function overview() {
  try {
    const stats = await api('/api/stats', new URLSearchParams());
    const dates = stats.first_date ? `, dated ${stats.first_date} to ${stats.last_date}` : '';
    if (quotes()) {
      return say(`${stats.quotes.toLocaleString()} quotes in ${stats.articles.toLocaleString()} articles, ` +
        `${stats.speakers.toLocaleString()} speakers${dates}. Type words said, or a speaker to list what they said.`);
    }
    say(`${stats.paragraphs.toLocaleString()} paragraphs of ${stats.articles.toLocaleString()} articles, ` +
        `${stats.speakers.toLocaleString()} speakers${dates}. Type a query to begin.`);
  } catch (err) {
    say(err.message, true);
  }
}

function showAnswer(answer) {
  const total = answer.facets ? answer.facets.total : answer.hits.length;
  const notes = [...answer.warnings];
  if (answer.why) notes.push(answer.why);
  say((total === 0 ? `No ${unit()} matches.` : `${matching(total)}.`) +
      (notes.length ? ' ' + notes.join(' · ') : ''));
  appendHits(answer.hits);
  $('more').hidden = answer.hits.length < PAGE || shown >= total;
  if (answer.facets) renderSpeakers(answer.facets.speakers);
  renderTimeline(answer.timeline || []);
  restoreFocus();
}

// A keyboard user who chose a bar or a speaker keeps the focus there when the answer is redrawn.
function restoreFocus() {
  if (!refocus) return;
  const again = [...document.querySelectorAll('[data-focus-key]')].find((e) => e.dataset.focusKey === refocus);
  refocus = null;
  if (!again) return;
  if (again.classList.contains('bar')) {
    for (const bar of $('timeline').children) bar.tabIndex = -1;
    again.tabIndex = 0;
  }
  again.focus();
}

async function more() {
  const p = params();
  p.set('limit', PAGE);
  p.set('offset', shown);
  p.set('facets', 'false');
  try {
    const answer = await api(endpoint(), p);
    appendHits(answer.hits);
    $('more').hidden = answer.hits.length < PAGE;
  } catch (err) {
    say(err.message, true);
  }
}

// Text with the byte ranges of `highlights` marked.
function marked(text, highlights) {
  const bytes = encoder.encode(text);
  const out = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of highlights || []) {
    if (start < at || end > bytes.length) continue;
    out.append(decoder.decode(bytes.subarray(at, start)));
    out.append(el('mark', {}, decoder.decode(bytes.subarray(start, end))));
    at = end;
  }
  out.append(decoder.decode(bytes.subarray(at)));
  return out;
}

function place(n) {
  return '¶' + n.paragraph + (n.part ? '.' + n.part : '');
}

function appendHits(hits) {
  for (const hit of hits) {
    $('hits').append(quotes() ? quoteItem(hit) : passageItem(hit));
    shown = Math.max(shown, hit.rank);
  }
}

function passageItem(hit) {
  const who = hit.speakers.length
    ? el('div', { class: 'who' }, 'Speakers: ',
        ...hit.speakers.map((name) => el('button', {
          type: 'button', class: 'chip', title: 'Only passages quoting ' + name,
          onclick: () => addSpeaker(name),
        }, name)))
    : null;
  const before = el('div', { class: 'around' });
  const after = el('div', { class: 'around' });
  const toggle = el('button', { type: 'button', class: 'linkish', 'aria-expanded': 'false' },
    'Show neighbouring paragraphs');
  toggle.addEventListener('click', () => neighbours(hit, toggle, before, after));
  return el('li', { class: 'hit' },
    el('div', { class: 'meta' },
      el('span', {}, hit.rank + '.'),
      el('cite', { class: 'title' }, hit.title || hit.path),
      el('span', { class: 'date' }, hit.date || 'undated'),
      el('span', { class: 'where' }, hit.path + ' ' + place(hit)),
      hit.section ? el('span', {}, '› ' + hit.section) : null),
    who,
    before,
    el('p', { class: 'text' }, marked(hit.text, hit.highlights)),
    after,
    toggle);
}

// `Speaker — “quote”` with the matched words marked, then where and when, and the kind.
function quoteItem(hit) {
  const who = hit.speaker
    ? el('button', {
        type: 'button', class: 'speaker', title: 'Only quotes of ' + hit.speaker,
        onclick: () => addSpeaker(hit.speaker),
      }, hit.speaker)
    : el('span', { class: 'speaker none' }, '(no speaker)');
  const words = hit.quote
    ? marked(hit.quote, hit.highlights)
    : el('span', { class: 'none' }, '(text not available: see the warning)');
  const how = hit.cue ? `${hit.kind}, ${hit.cue}` : hit.kind;
  const around = el('div', { class: 'around' });
  const toggle = el('button', { type: 'button', class: 'linkish', 'aria-expanded': 'false' },
    'Show the paragraph');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') === 'true';
    around.replaceChildren(...(open ? [] : [el('p', { class: 'context' }, marked(hit.text, [hit.span]))]));
    toggle.setAttribute('aria-expanded', String(!open));
    toggle.textContent = open ? 'Show the paragraph' : 'Hide the paragraph';
  });
  return el('li', { class: 'hit quote' },
    el('p', { class: 'said' }, who, ' — ', el('span', { class: 'words' }, '“', words, '”')),
    el('div', { class: 'meta' },
      el('span', {}, hit.rank + '.'),
      el('cite', { class: 'title' }, hit.title || hit.path),
      el('span', { class: 'date' }, hit.date || 'undated'),
      el('span', { class: 'where' }, hit.path + ' ' + place(hit)),
      el('span', { class: 'kind', title: hit.kind === 'direct' ? 'in quotation marks' : "reported, in the writer's words" }, how)),
    around,
    hit.text ? toggle : null);
}

async function neighbours(hit, toggle, before, after) {
  if (toggle.getAttribute('aria-expanded') === 'true') {
    before.replaceChildren();
    after.replaceChildren();
    toggle.setAttribute('aria-expanded', 'false');
    toggle.textContent = 'Show neighbouring paragraphs';
    return;
  }
  const p = params();
  p.set('offset', hit.rank - 1);
  p.set('limit', 1);
  p.set('context', 2);
  p.set('facets', 'false');
  try {
    const answer = await api('/api/search', p);
    const same = answer.hits[0];
    if (!same) return;
    const paragraph = (n) => el('p', { class: 'context' }, el('span', { class: 'where' }, place(n) + ' '), n.text);
    before.replaceChildren(...same.before.map(paragraph));
    after.replaceChildren(...same.after.map(paragraph));
    toggle.setAttribute('aria-expanded', 'true');
    toggle.textContent = 'Hide neighbouring paragraphs';
  } catch (err) {
    say(err.message, true);
  }
}

function renderSpeakers(speakers) {
  $('speakers-box').hidden = speakers.length === 0 && state.speakers.length === 0;
  const chosen = new Set(state.speakers.map((s) => s.toLowerCase()));
  $('speakers').replaceChildren(...speakers.map((s) => el('li', {},
    el('button', {
      type: 'button', 'aria-pressed': String(chosen.has(s.speaker.toLowerCase())), 'data-focus-key': 'speaker:' + s.speaker,
      title: `${s.speaker}: ${matching(count(s))}`,
      onclick: () => (chosen.has(s.speaker.toLowerCase()) ? removeSpeaker(s.speaker) : addSpeaker(s.speaker)),
    }, el('span', { class: 'name' }, s.speaker), el('span', { class: 'count' }, String(count(s)))))));
}

// A count of /api/search (paragraphs) or of /api/quotes (quotes).
function count(c) { return c.paragraphs ?? c.quotes ?? 0; }

// Periods from first to last with the empty ones between, when all are months or all years.
function periods(given) {
  const counts = given.map((c) => ({ month: c.month, n: count(c) }));
  const keys = counts.map((c) => c.month);
  const byKey = new Map(counts.map((c) => [c.month, c.n]));
  const months = keys.every((k) => /^\d{4}-\d{2}$/.test(k));
  const years = keys.every((k) => /^\d{4}$/.test(k));
  if (keys.length < 2 || !(months || years)) return counts;
  const out = [];
  let [y, m] = keys[0].split('-').map(Number);
  const last = keys[keys.length - 1];
  for (let guard = 0; guard < 2000; guard++) {
    const key = months ? `${y}-${String(m).padStart(2, '0')}` : String(y);
    out.push({ month: key, n: byKey.get(key) || 0 });
    if (key === last) return out;
    if (months) { m += 1; if (m > 12) { m = 1; y += 1; } } else { y += 1; }
  }
  return counts;
}

function firstDay(key) { return key.length === 4 ? key + '-01-01' : key.length === 7 ? key + '-01' : key; }
function lastDay(key) { return key.length === 4 ? key + '-12-31' : key.length === 7 ? key + '-31' : key; }

function inRange(key) {
  if (!state.since && !state.until) return false;
  return (!state.since || firstDay(key) >= firstDay(state.since)) &&
         (!state.until || lastDay(key) <= lastDay(state.until));
}

function renderTimeline(counts) {
  const bars = periods(counts);
  $('timeline-box').hidden = bars.length === 0;
  const most = Math.max(1, ...bars.map((b) => b.n));
  $('timeline-title').textContent = `Matching ${unit()}s per ` +
    (bars.every((b) => b.month.length === 4) ? 'year' : 'month');
  $('timeline').replaceChildren(...bars.map((b, i) => {
    const label = `${b.month}: ${counted(b.n)}`;
    const bar = el('button', {
      type: 'button', class: 'bar' + (b.n ? '' : ' empty'), title: label, 'aria-label': label,
      'aria-pressed': String(inRange(b.month)), 'data-period': b.month, 'data-focus-key': 'bar:' + b.month,
      tabindex: i === 0 ? '0' : '-1',
    });
    bar.style.height = (b.n ? Math.max(3, (100 * b.n) / most) : 0) + '%';
    bar.addEventListener('click', (event) => choosePeriod(b.month, event.shiftKey));
    bar.addEventListener('keydown', (event) => moveAlong(event, i));
    return bar;
  }));
  $('axis-first').textContent = bars.length ? bars[0].month : '';
  $('axis-last').textContent = bars.length > 1 ? bars[bars.length - 1].month : '';
}

function moveAlong(event, i) {
  const bars = [...$('timeline').children];
  const to = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: bars.length - 1 }[event.key];
  if (to === undefined || !bars[to]) return;
  event.preventDefault();
  bars[i].tabIndex = -1;
  bars[to].tabIndex = 0;
  bars[to].focus();
}

function choosePeriod(key, range) {
  if (range && anchor) {
    const [a, b] = anchor < key ? [anchor, key] : [key, anchor];
    state.since = a;
    state.until = b;
  } else {
    state.since = key;
    state.until = key;
    anchor = key;
  }
  $('since').value = state.since;
  $('until').value = state.until;
  go();
}

function addSpeaker(name) {
  if (!state.speakers.some((s) => s.toLowerCase() === name.toLowerCase())) state.speakers.push(name);
  go();
}

function removeSpeaker(name) {
  state.speakers = state.speakers.filter((s) => s.toLowerCase() !== name.toLowerCase());
  go();
}

function renderChips() {
  const chip = (text, onclick) => el('button', { type: 'button', class: 'chip', title: 'Remove this filter', onclick }, text + ' ×');
  const chips = state.speakers.map((s) => chip('speaker: ' + s, () => removeSpeaker(s)));
  if (state.since || state.until) {
    chips.push(chip(`dates: ${state.since || '…'} to ${state.until || '…'}`, () => {
      state.since = '';
      state.until = '';
      anchor = null;
      $('since').value = '';
      $('until').value = '';
      go();
    }));
  }
  $('chips').replaceChildren(...chips);
}

function submit(event) {
  event.preventDefault();
  state.q = $('q').value;
  state.since = $('since').value.trim();
  state.until = $('until').value.trim();
  const speaker = $('speaker').value.trim();
  $('speaker').value = '';
  if (speaker && !state.speakers.some((s) => s.toLowerCase() === speaker.toLowerCase())) state.speakers.push(speaker);
  go();
}

document.addEventListener('DOMContentLoaded', () => {
  $('form').addEventListener('submit', submit);
  $('more').addEventListener('click', more);
  for (const radio of document.querySelectorAll('input[name=mode]')) {
    radio.addEventListener('change', () => {
      state.mode = radio.value;
      state.q = $('q').value;
      go();
    });
  }
  $('kind').addEventListener('change', () => { state.kind = $('kind').value; go(); });
  document.addEventListener('keydown', (event) => {
    const typing = /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      $('q').focus();
    }
  });
  window.addEventListener('popstate', () => { fromUrl(); run(); });
  fromUrl();
  run();
});
