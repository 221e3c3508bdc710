// The incident list: one row per incident matching the filters, sortable by any column (click
// a header; again to reverse), a row opens the evidence. Unknown values sort last either way.
import { best, dateText, el, estimate, kindColour, placeText } from './format.js';

const SORT_KEYS = {
  date: (i) => (i.date ? i.date.value : null),
  kind: (i) => i.kind || null,
  place: (i) => (i.place ? placeText(i.place) : null),
  killed: (i) => (i.killed ? best(i.killed) : null),
  injured: (i) => (i.injured ? best(i.injured) : null),
  sources: (i) => i.sources,
  contested: (i) => i.contested.length,
};

function compare(a, b) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export class IncidentList {
  constructor(table, countEl, { onSelect }) {
    this.table = table;
    this.body = table.querySelector('tbody');
    this.countEl = countEl;
    this.onSelect = onSelect;
    this.sort = { key: 'date', dir: 1 };
    this.incidents = [];
    this.selectedId = null;
    for (const th of table.querySelectorAll('th[data-key]')) {
      th.querySelector('button').addEventListener('click', () => this.sortBy(th.dataset.key));
    }
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
    for (const th of this.table.querySelectorAll('th[data-key]')) {
      if (th.dataset.key === key) th.setAttribute('aria-sort', this.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    this.render();
  }

  setIncidents(incidents) {
    this.incidents = incidents;
    this.render();
  }

  select(id) {
    this.selectedId = id;
    for (const tr of this.body.children) tr.classList.toggle('selected', tr.dataset.id === id);
  }

  render() {
    const key = SORT_KEYS[this.sort.key];
    const rows = [...this.incidents].sort((a, b) => {
      const byKey = compare(key(a), key(b));
      if (byKey !== 0) return (key(a) === null || key(b) === null) ? byKey : byKey * this.sort.dir;
      return compare(a.id, b.id);
    });
    const n = rows.length;
    this.countEl.textContent = `(${n})`;
    if (!n) {
      this.body.replaceChildren(el('tr', {}, el('td', { colspan: 7, class: 'empty' },
        'No incident matches these filters.')));
      return;
    }
    this.body.replaceChildren(...rows.map((i) => this.row(i)));
  }

  row(i) {
    const open = () => this.onSelect(i.id);
    const tr = el('tr', {
      'data-id': i.id,
      tabindex: 0,
      class: i.id === this.selectedId ? 'selected' : null,
      onclick: open,
      onkeydown: (e) => { if (e.key === 'Enter') open(); },
    },
    el('td', { class: 'nowrap' }, dateText(i.date)),
    el('td', {}, el('span', { class: 'kind' },
      el('span', { class: 'swatch', style: `background:${kindColour(i.kind)}` }), i.kind || '–')),
    el('td', {}, i.place ? placeText(i.place) : el('span', { class: 'muted' }, 'unknown')),
    el('td', { class: 'num' }, estimate(i.killed)),
    el('td', { class: 'num' }, estimate(i.injured)),
    el('td', { class: 'num' }, i.sources),
    el('td', {}, i.contested.length ? el('span', { class: 'badge' }, i.contested.join(', ').replaceAll('_', ' ')) : ''));
    return tr;
  }
}
