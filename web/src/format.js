// Formatting shared by the views: figures as the CLI prints them, dates, places, and one colour
// per incident kind (fixed for the kinds reckon writes, so a kind keeps its colour whatever the
// filters).

const KIND_COLOURS = {
  'missile strike': '#d62728',
  'rocket attack': '#ff7f0e',
  'air strike': '#9467bd',
  'drone strike': '#8c564b',
  shelling: '#bcbd22',
  bombing: '#17becf',
  explosion: '#7f7f7f',
  'mine explosion': '#2ca02c',
  'unexploded ordnance explosion': '#7fc97f',
  attack: '#6baed6',
  shooting: '#1f77b4',
  stabbing: '#e377c2',
  homicide: '#393b79',
  'armed robbery': '#637939',
  'armed threat': '#8c6d31',
  'home invasion': '#843c39',
  arson: '#e7969c',
};
const FALLBACK = Object.values(KIND_COLOURS);

export function kindColour(kind) {
  if (!kind) return '#555';
  if (KIND_COLOURS[kind]) return KIND_COLOURS[kind];
  let h = 0;
  for (const c of kind) h = (h * 31 + c.codePointAt(0)) >>> 0;
  return FALLBACK[h % FALLBACK.length];
}

// A claim's interval {min, max}: "3", "21+", "0–5"; an absent figure is "–".
export function interval(f) {
  if (!f) return '–';
  if (f.max === null || f.max === undefined) return `${f.min}+`;
  if (f.min === f.max) return `${f.min}`;
  return `${f.min}–${f.max}`;
}

// An incident's estimate {low, best, high}: "4 (3–4)", "21 (12+)", "1".
export function estimate(e) {
  if (!e) return '–';
  const high = e.high === null || e.high === undefined ? '+' : `–${e.high}`;
  if (e.low === e.best && e.high === e.best) return `${e.best}`;
  return `${e.best} (${e.low}${high})`;
}

export function best(e) {
  return e ? e.best : 0;
}

export function dateText(d) {
  if (!d) return 'date unknown';
  if (d.precision === 'year') return d.value.slice(0, 4);
  if (d.precision === 'month') return d.value.slice(0, 7);
  return d.value;
}

export function placeText(p) {
  if (!p) return 'place unknown';
  return p.country ? `${p.name}, ${p.country}` : p.name;
}

// Seconds since 1970 at 00:00 UTC of a date value ("2020-10-04", "2020-10", "2020").
export function dateSeconds(value) {
  const [y, m = '01', d = '01'] = value.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 1000;
}

export function isoDay(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

// Builds an element: el('td', {class: 'num'}, 'text', child, ...).
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}
