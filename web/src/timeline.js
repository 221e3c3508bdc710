// The timeline (uPlot): per day, the best killed + injured of the incidents that match the
// filters other than dates, as bars; the cumulative tallies reports state, as points on their own
// axis. Dragging across it selects a date range, which becomes the from/to filter of the map and
// the list; a click without a drag clears it.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { dateSeconds, isoDay } from './format.js';

const DAY = 86400;

// `days`: the server's per-date totals of the matching incidents (GET /api/timeline).
function seriesData(days, tallies) {
  const harmed = new Map();
  const count = new Map();
  for (const d of days) {
    const t = dateSeconds(d.date.value);
    harmed.set(t, (harmed.get(t) || 0) + d.killed + d.injured + d.killed_or_injured);
    count.set(t, (count.get(t) || 0) + d.incidents);
  }
  const tallyKilled = new Map();
  const tallyInjured = new Map();
  for (const t of tallies) {
    if (!t.as_of) continue;
    const s = dateSeconds(t.as_of);
    if (t.killed) tallyKilled.set(s, Math.max(tallyKilled.get(s) || 0, t.killed.min));
    if (t.injured) tallyInjured.set(s, Math.max(tallyInjured.get(s) || 0, t.injured.min));
  }
  const xs = [...new Set([...harmed.keys(), ...tallyKilled.keys(), ...tallyInjured.keys()])].sort((a, b) => a - b);
  const pick = (m) => xs.map((x) => (m.has(x) ? m.get(x) : null));
  return { data: [xs, pick(harmed), pick(tallyKilled), pick(tallyInjured)], count };
}

export class Timeline {
  constructor(container, { onRange }) {
    this.container = container;
    this.onRange = onRange;
    this.range = null;
    this.plot = null;
    new ResizeObserver(() => this.resize()).observe(container);
  }

  size() {
    const width = Math.max(260, this.container.clientWidth);
    return { width, height: width < 600 ? 170 : 210 };
  }

  resize() {
    if (!this.plot) return;
    const { width, height } = this.size();
    if (width !== this.plot.width) {
      this.plot.setSize({ width, height });
      this.showRange(this.range);
    }
  }

  setData(days, tallies) {
    const { data, count } = seriesData(days, tallies);
    this.count = count;
    if (this.plot) this.plot.destroy();
    this.container.replaceChildren();
    this.plot = new uPlot(this.options(), data, this.container);
    this.showRange(this.range);
  }

  options() {
    const count = () => this.count;
    return {
      ...this.size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'),
      scales: {
        x: {
          time: true,
          range: (u, min, max) => {
            if (min === null || max === null) return [Date.now() / 1000 - 30 * DAY, Date.now() / 1000];
            const pad = Math.max(3 * DAY, (max - min) * 0.04);
            return [min - pad, max + pad];
          },
        },
        y: { range: (u, min, max) => [0, Math.max(4, (max || 0) * 1.1)] },
        tally: { range: (u, min, max) => [0, Math.max(4, (max || 0) * 1.1)] },
      },
      series: [
        { value: (u, v) => (v === null ? '–' : isoDay(v)) },
        {
          label: 'Killed + injured (best)',
          scale: 'y',
          stroke: '#b2182b',
          fill: 'rgba(178, 24, 43, 0.55)',
          paths: uPlot.paths.bars({ size: [0.6, 14, 4] }),
          points: { show: false },
          value: (u, v, s, i) => (v === null ? '–' : `${v} (${count().get(u.data[0][i]) || 0} incidents)`),
        },
        {
          label: 'Tally: killed',
          scale: 'tally',
          stroke: '#333',
          paths: () => null,
          points: { show: true, size: 8, fill: '#333', stroke: '#333' },
        },
        {
          label: 'Tally: injured',
          scale: 'tally',
          stroke: '#2166ac',
          paths: () => null,
          points: { show: true, size: 8, fill: '#fff', stroke: '#2166ac', width: 2 },
        },
      ],
      axes: [
        {},
        { scale: 'y', size: 44 },
        { scale: 'tally', side: 1, size: 48, grid: { show: false }, stroke: '#555' },
      ],
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      legend: { live: true },
      hooks: {
        setSelect: [(u) => this.selected(u)],
      },
    };
  }

  selected(u) {
    if (this.quiet) return;
    if (u.select.width < 3) {
      if (this.range) this.onRange(null);
      return;
    }
    const from = isoDay(Math.floor(u.posToVal(u.select.left, 'x') / DAY) * DAY);
    const to = isoDay(Math.floor(u.posToVal(u.select.left + u.select.width, 'x') / DAY) * DAY);
    this.onRange({ from, to });
  }

  // Draws `range` ({from, to} dates or null) as the selection, without firing onRange.
  showRange(range) {
    this.range = range;
    if (!this.plot) return;
    const u = this.plot;
    this.quiet = true;
    if (!range || (!range.from && !range.to)) {
      u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    } else {
      const [min, max] = [u.scales.x.min, u.scales.x.max];
      const from = range.from ? Math.max(min, dateSeconds(range.from)) : min;
      const to = range.to ? Math.min(max, dateSeconds(range.to) + DAY) : max;
      const left = u.valToPos(from, 'x');
      const width = Math.max(2, u.valToPos(to, 'x') - left);
      u.setSelect({ left, width, top: 0, height: u.bbox.height / devicePixelRatio }, false);
    }
    this.quiet = false;
  }
}
