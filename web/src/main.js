// The dashboard: filters (kept in the address bar so a view can be bookmarked or shared) drive
// a page of the list, a request for the map and one without dates for the timeline, whose brush
// sets the dates. The map asks for at most DRAWN incidents, the largest first, so a large
// database stays usable (the map note says when more match); the timeline asks the server for
// per-date totals, so it counts every match. The evidence view is
// addressed by #incident=ID. `?per_page=N` sets the list's page size (100).
import './style.css';
import { exportUrl, getIncident, getStatus, getTimeline, listIncidents, listTallies, FILTER_NAMES } from './api.js';
import { el, kindColour } from './format.js';
import { IngestDialog } from './ingest.js';
import { IncidentList } from './list.js';
import { IncidentMap } from './map.js';
import { renderEvidence } from './evidence.js';
import { Timeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const form = $('filters');
let filters = readFiltersFromUrl();
let generation = 0;
let timelineKey = null;
const DRAWN = 2000;
const DRAWN_PAGE = { sort: '-killed', limit: DRAWN };
const perPage = Number(new URLSearchParams(location.search).get('per_page')) || 100;

function readFiltersFromUrl() {
  const params = new URLSearchParams(location.search);
  const f = {};
  for (const name of FILTER_NAMES) if (params.has(name)) f[name] = params.get(name);
  f.contested = f.contested === '1' || f.contested === 'true';
  return f;
}

function writeFiltersToForm() {
  for (const name of FILTER_NAMES) {
    const input = form.elements[name];
    if (input.type === 'checkbox') input.checked = Boolean(filters[name]);
    else input.value = filters[name] || '';
  }
}

function readFiltersFromForm() {
  const f = {};
  for (const name of FILTER_NAMES) {
    const input = form.elements[name];
    f[name] = input.type === 'checkbox' ? input.checked : input.value.trim();
  }
  return f;
}

function showError(message) {
  const box = $('error');
  box.textContent = message || '';
  box.hidden = !message;
}

const map = new IncidentMap($('map'), { onSelect: openIncident });
const list = new IncidentList($('incidents'), $('list-count'), $('pager'), {
  onSelect: openIncident, onPage: showListPage, pageSize: perPage,
});

let pageGeneration = 0;
async function showListPage() {
  const mine = ++pageGeneration;
  try {
    const page = await listIncidents(filters, [], list.page());
    if (mine === pageGeneration) list.setIncidents(page);
  } catch (err) {
    showError(err.message);
  }
}
const timeline = new Timeline($('timeline'), {
  onRange: (range) => {
    filters = { ...filters, from: range ? range.from : '', to: range ? range.to : '' };
    writeFiltersToForm();
    refresh();
  },
});
const ingest = new IngestDialog($('ingest'), {
  onStored: async (answer) => {
    timelineKey = null;
    await refresh();
    if (answer.incidents.length) openIncident(answer.incidents[0].id);
  },
});

function updateUrl() {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const v = filters[name];
    if (v) params.set(name, v === true ? '1' : v);
  }
  const q = params.toString();
  history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
}

function updateExports() {
  for (const format of ['csv', 'json', 'geojson']) $(`export-${format}`).href = exportUrl(filters, format);
}

function renderLegend(incidents, more) {
  const kinds = [...new Set(incidents.map((i) => i.kind).filter(Boolean))].sort();
  const unplaced = incidents.filter((i) => !i.place).length;
  $('legend').replaceChildren(...[
    ...kinds.map((k) => el('span', { class: 'legend-item' },
      el('span', { class: 'swatch', style: `background:${kindColour(k)}` }), k)),
    incidents.some((i) => !i.kind) ? el('span', { class: 'legend-item' },
      el('span', { class: 'swatch', style: `background:${kindColour('')}` }), 'kind not stated') : null,
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch ring-swatch' }), 'contested figures'),
    el('span', { class: 'legend-item muted' }, 'size: best killed + injured')].filter(Boolean));
  $('map-note').textContent = (more ? `Showing the ${DRAWN} incidents with the most killed; narrow the filters to see the others. ` : '') +
    (unplaced
      ? `${unplaced} incident${unplaced === 1 ? '' : 's'} without a known place ${unplaced === 1 ? 'is' : 'are'} in the list only.`
      : '');
}

async function refresh() {
  const mine = ++generation;
  updateUrl();
  updateExports();
  showError('');
  document.body.classList.add('loading');
  try {
    const key = JSON.stringify({ ...filters, from: '', to: '' });
    list.firstPage();
    const pageMine = ++pageGeneration;
    const [incidents, page, status] = await Promise.all([
      listIncidents(filters, [], DRAWN_PAGE), listIncidents(filters, [], list.page()), getStatus()]);
    let forTimeline = null;
    if (key !== timelineKey) {
      forTimeline = await Promise.all([getTimeline(filters, ['from', 'to']), listTallies(filters)]);
    }
    if (mine !== generation) return;
    $('counts').textContent = `${status.incidents} incidents from ${status.documents} reports · ${status.tallies} tallies`;
    $('kinds').replaceChildren(...[...new Set(incidents.map((i) => i.kind))].sort().map((k) => el('option', { value: k })));
    map.setIncidents(incidents);
    if (pageMine === pageGeneration) list.setIncidents(page);
    renderLegend(incidents, incidents.length >= DRAWN);
    if (forTimeline) {
      timelineKey = key;
      timeline.setData(forTimeline[0].days, forTimeline[1]);
    }
    timeline.showRange(filters.from || filters.to ? { from: filters.from, to: filters.to } : null);
    $('clear-dates').hidden = !(filters.from || filters.to);
  } catch (err) {
    if (mine === generation) showError(err.message);
  } finally {
    if (mine === generation) document.body.classList.remove('loading');
  }
}

async function openIncident(id) {
  if (location.hash !== `#incident=${encodeURIComponent(id)}`) {
    history.pushState(null, '', `${location.pathname}${location.search}#incident=${encodeURIComponent(id)}`);
  }
  await showEvidence(id);
}

async function showEvidence(id) {
  const panel = $('evidence');
  map.select(id);
  list.select(id);
  try {
    const incident = await getIncident(id);
    renderEvidence($('evidence-body'), $('evidence-title'), incident);
    panel.hidden = false;
    document.body.classList.add('evidence-open');
    panel.focus();
  } catch (err) {
    showError(err.message);
  }
}

function closeEvidence() {
  $('evidence').hidden = true;
  document.body.classList.remove('evidence-open');
  map.select(null);
  list.select(null);
  if (location.hash) history.pushState(null, '', `${location.pathname}${location.search}`);
}

function routeFromHash() {
  const m = location.hash.match(/^#incident=(.+)$/);
  if (m) showEvidence(decodeURIComponent(m[1]));
  else if (!$('evidence').hidden) {
    $('evidence').hidden = true;
    document.body.classList.remove('evidence-open');
  }
}

let typing = null;
form.addEventListener('input', (e) => {
  const wait = e.target.type === 'search' || e.target.type === 'text' || e.target.type === 'number' ? 350 : 0;
  clearTimeout(typing);
  typing = setTimeout(() => {
    const next = readFiltersFromForm();
    if (next.from && next.to && next.from > next.to) {
      showError('“From” is after “To”.');
      return;
    }
    filters = next;
    refresh();
  }, wait);
});
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => {
  setTimeout(() => {
    filters = readFiltersFromForm();
    refresh();
  });
});
$('clear-dates').addEventListener('click', () => {
  filters = { ...filters, from: '', to: '' };
  writeFiltersToForm();
  refresh();
});
$('evidence-close').addEventListener('click', closeEvidence);
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !$('evidence').hidden && !$('ingest').open) closeEvidence();
});
$('add-report').addEventListener('click', () => ingest.open());
$('zoom-in').addEventListener('click', () => map.zoomBy(2));
$('zoom-out').addEventListener('click', () => map.zoomBy(0.5));
$('zoom-fit').addEventListener('click', () => map.fit());
window.addEventListener('popstate', routeFromHash);

writeFiltersToForm();
refresh().then(routeFromHash);
