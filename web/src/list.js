// The incident list: one page of the incidents matching the filters, sorted and cut by the
// server (sort / limit / offset), so a database of any size lists as fast as one page; a header
// sorts by its column (again to reverse), Previous / Next turn pages, a row opens the evidence.
// It asks for one row more than a page to know whether a next page exists.
import { dateText, el, estimate, kindColour, placeText } from './format.js';

export class IncidentList {
  constructor(table, countEl, pager, { onSelect, onPage, pageSize = 100 }) {
    this.table = table;
    this.body = table.querySelector('tbody');
    this.countEl = countEl;
    this.onSelect = onSelect;
    this.onPage = onPage;
    this.pageSize = pageSize;
    this.offset = 0;
    this.sort = { key: 'date', dir: 1 };
    this.incidents = [];
    this.more = false;
    this.selectedId = null;
    for (const th of table.querySelectorAll('th[data-key]')) {
      th.querySelector('button').addEventListener('click', () => this.sortBy(th.dataset.key));
    }
    this.prev = pager.querySelector('.page-prev');
    this.next = pager.querySelector('.page-next');
    this.prev.addEventListener('click', () => this.turn(-1));
    this.next.addEventListener('click', () => this.turn(1));
  }

  // What to ask the server for: {sort, limit, offset}.
  page() {
    return { sort: `${this.sort.dir < 0 ? '-' : ''}${this.sort.key}`, limit: this.pageSize + 1, offset: this.offset };
  }

  // New filters start again at the first page.
  firstPage() {
    this.offset = 0;
  }

  turn(step) {
    this.offset = Math.max(0, this.offset + step * this.pageSize);
    this.onPage();
  }

  sortBy(key) {
    this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
    for (const th of this.table.querySelectorAll('th[data-key]')) {
      if (th.dataset.key === key) th.setAttribute('aria-sort', this.sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    this.offset = 0;
    this.onPage();
  }

  // One page as the server answered page(): up to pageSize + 1 incidents.
  setIncidents(incidents) {
    this.more = incidents.length > this.pageSize;
    this.incidents = incidents.slice(0, this.pageSize);
    this.render();
  }

  select(id) {
    this.selectedId = id;
    for (const tr of this.body.children) tr.classList.toggle('selected', tr.dataset.id === id);
  }

  render() {
    const rows = this.incidents;
    const n = rows.length;
    const paged = this.offset > 0 || this.more;
    this.countEl.textContent = paged ? `(${this.offset + 1}–${this.offset + n}${this.more ? ', more' : ''})` : `(${n})`;
    this.prev.disabled = this.offset === 0;
    this.next.disabled = !this.more;
    this.prev.parentElement.hidden = !paged;
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
