// The evidence view of one incident: what the database concluded (low / best / high of each
// figure, which figures are contested) above every claim it rests on, side by side: outlet,
// date published, speaker, figures, and the quoted sentence with the figures highlighted (the
// server gives their byte offsets in the quote).
import { dateText, el, estimate, interval, kindColour, placeText } from './format.js';

const FIGURES = [
  ['killed', 'Killed'],
  ['injured', 'Injured'],
  ['killed_or_injured', 'Killed or injured'],
];

// The quote as text nodes and <mark>s; offsets count UTF-8 bytes, as everywhere in reckon.
function highlightedQuote(quote, highlights) {
  const bytes = new TextEncoder().encode(quote);
  const decoder = new TextDecoder();
  const parts = [];
  let at = 0;
  for (const h of [...(highlights || [])].sort((a, b) => a.start - b.start)) {
    if (h.start < at || h.end > bytes.length) continue;
    parts.push(decoder.decode(bytes.subarray(at, h.start)));
    parts.push(el('mark', { class: `fig-${h.figure}`, title: h.figure.replaceAll('_', ' ') },
      decoder.decode(bytes.subarray(h.start, h.end))));
    at = h.end;
  }
  parts.push(decoder.decode(bytes.subarray(at)));
  return el('blockquote', { class: 'quote' }, ...parts);
}

function summary(incident) {
  const figures = el('table', { class: 'figures' },
    el('thead', {}, el('tr', {}, el('th', {}, ''), el('th', {}, 'low'), el('th', {}, 'best'), el('th', {}, 'high'))),
    el('tbody', {}, ...FIGURES.filter(([k]) => incident[k]).map(([k, label]) => el('tr', {
      class: incident.contested.includes(k) ? 'contested' : null,
    },
    el('th', {}, label, incident.contested.includes(k) ? el('span', { class: 'badge' }, 'contested') : ''),
    el('td', {}, incident[k].low),
    el('td', { class: 'best' }, incident[k].best),
    el('td', {}, incident[k].high === null ? 'no bound' : incident[k].high)))));
  const noFigure = FIGURES.every(([k]) => !incident[k]);
  return el('div', { class: 'summary' },
    el('p', { class: 'what' },
      el('span', { class: 'swatch', style: `background:${kindColour(incident.kind)}` }),
      el('strong', {}, incident.kind || 'incident'), incident.weapon ? ` (${incident.weapon})` : '',
      ' · ', dateText(incident.date), ' · ', placeText(incident.place),
      incident.place && incident.place.precision ? el('span', { class: 'muted' }, ` (${incident.place.precision})`) : ''),
    noFigure ? el('p', { class: 'muted' }, 'No claim gives a figure.') : figures,
    el('p', { class: 'note' },
      `${incident.sources} source${incident.sources === 1 ? '' : 's'}, ${incident.claims.length} claim${incident.claims.length === 1 ? '' : 's'}. `,
      'Low and high bound what the claims allow; best is the figure reckon retains. ',
      'A figure is contested when the claims’ ranges do not overlap.'));
}

function claimCard(claim, highlights, index) {
  const row = (label, value) => (value === null || value === undefined || value === '' ? null
    : el('div', { class: 'kv' }, el('dt', {}, label), el('dd', {}, value)));
  return el('article', { class: 'claim', 'data-doc': claim.doc },
    el('header', {},
      el('h3', {}, claim.outlet || 'Unknown outlet'),
      el('p', { class: 'muted' }, `claim ${index + 1} · ${claim.doc}`)),
    el('dl', {},
      row('Published', claim.published || 'unknown'),
      row('Said by', claim.said_by || 'the report itself'),
      row('Killed', claim.killed ? interval(claim.killed) : null),
      row('Injured', claim.injured ? interval(claim.injured) : null),
      row('Killed or injured', claim.killed_or_injured ? interval(claim.killed_or_injured) : null),
      row('Date', claim.date ? dateText(claim.date) : null),
      row('Place', claim.place ? placeText(claim.place) : null),
      row('Address', claim.address),
      row('Weapon', claim.weapon),
      row('Victims', claim.victims && claim.victims.length ? claim.victims.join(', ') : null)),
    highlightedQuote(claim.quote || '', highlights));
}

export function renderEvidence(container, titleEl, incident) {
  titleEl.textContent = `${incident.kind || 'Incident'} — ${placeText(incident.place)}, ${dateText(incident.date)}`;
  container.replaceChildren(
    summary(incident),
    el('h3', { class: 'claims-title' }, 'Claims'),
    el('div', { class: 'claims' }, ...incident.claims.map((c, i) => claimCard(c, (incident.highlights || [])[i], i))),
    el('p', { class: 'muted small' }, `Incident ${incident.id}`));
}
