// The incident map: country outlines from Natural Earth (world-atlas, 1:50m, bundled: no tile
// server, no request) drawn with d3-geo, pan and pinch-zoom with d3-zoom. Markers are sized by
// best killed + injured, coloured by kind, ringed when the claims disagree, and open the
// incident's evidence on click, tap or Enter.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { feature, mesh } from 'topojson-client';
import world from 'world-atlas/countries-50m.json';
import { best, dateText, estimate, kindColour, placeText } from './format.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MAX_ZOOM = 300;

function markerRadius(incident) {
  const harmed = best(incident.killed) + best(incident.injured) + best(incident.killed_or_injured);
  return Math.min(26, 4 + 3 * Math.sqrt(harmed));
}

export class IncidentMap {
  constructor(container, { onSelect }) {
    this.container = container;
    this.onSelect = onSelect;
    this.incidents = [];
    this.selectedId = null;
    this.transform = zoomIdentity;
    this.fitted = false;

    this.svg = document.createElementNS(SVG_NS, 'svg');
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-label', 'Map of incidents');
    this.svg.classList.add('map-svg');
    this.layer = document.createElementNS(SVG_NS, 'g');
    this.basemap = document.createElementNS(SVG_NS, 'g');
    this.basemap.classList.add('basemap');
    this.markers = document.createElementNS(SVG_NS, 'g');
    this.markers.classList.add('markers');
    this.layer.append(this.basemap, this.markers);
    this.svg.append(this.layer);
    container.append(this.svg);

    this.countries = feature(world, world.objects.countries);
    this.borders = mesh(world, world.objects.countries, (a, b) => a !== b);
    this.zoom = zoom()
      .scaleExtent([1, MAX_ZOOM])
      .on('zoom', (event) => this.applyTransform(event.transform));
    select(this.svg).call(this.zoom).on('dblclick.zoom', null);

    new ResizeObserver(() => this.layout()).observe(container);
    this.layout();
  }

  layout() {
    const width = Math.max(280, this.container.clientWidth);
    const height = Math.round(Math.min(Math.max(240, width * 0.55), 560));
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.svg.setAttribute('width', width);
    this.svg.setAttribute('height', height);
    this.projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    this.zoom.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]);
    this.drawBasemap();
    this.drawMarkers();
  }

  drawBasemap() {
    const path = geoPath(this.projection);
    const make = (cls, d) => {
      const p = document.createElementNS(SVG_NS, 'path');
      p.setAttribute('class', cls);
      p.setAttribute('d', d || '');
      return p;
    };
    this.basemap.replaceChildren(
      make('sphere', path({ type: 'Sphere' })),
      make('graticule', path(geoGraticule10())),
      make('land', path(this.countries)),
      make('borders', path(this.borders)),
    );
  }

  setIncidents(incidents) {
    this.incidents = incidents;
    this.drawMarkers();
    if (!this.fitted && incidents.some((i) => i.place)) {
      this.fitted = true;
      this.fit();
    }
  }

  select(id) {
    this.selectedId = id;
    for (const g of this.markers.children) g.classList.toggle('selected', g.dataset.id === id);
  }

  drawMarkers() {
    if (!this.projection) return;
    const placed = this.incidents.filter((i) => i.place);
    // Big markers first, so a small one on the same spot stays clickable on top.
    placed.sort((a, b) => markerRadius(b) - markerRadius(a));
    const nodes = placed.map((incident) => this.marker(incident));
    this.markers.replaceChildren(...nodes.filter(Boolean));
    this.applyTransform(this.transform);
  }

  marker(incident) {
    const xy = this.projection([incident.place.lon, incident.place.lat]);
    if (!xy || !Number.isFinite(xy[0])) return null;
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'marker');
    g.dataset.id = incident.id;
    g.dataset.x = xy[0];
    g.dataset.y = xy[1];
    g.dataset.r = markerRadius(incident);
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    const label = `${incident.kind || 'incident'}, ${placeText(incident.place)}, ${dateText(incident.date)}: ` +
      `killed ${estimate(incident.killed)}, injured ${estimate(incident.injured)}` +
      (incident.contested.length ? `; contested: ${incident.contested.join(', ')}` : '');
    g.setAttribute('aria-label', label);
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    const dot = document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('class', 'dot');
    dot.setAttribute('fill', kindColour(incident.kind));
    g.append(title, dot);
    if (incident.contested.length) {
      const ring = document.createElementNS(SVG_NS, 'circle');
      ring.setAttribute('class', 'ring');
      g.append(ring);
      g.classList.add('contested');
    }
    if (incident.id === this.selectedId) g.classList.add('selected');
    g.addEventListener('click', (e) => {
      e.stopPropagation();
      this.onSelect(incident.id);
    });
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.onSelect(incident.id);
      }
    });
    return g;
  }

  // Markers keep their size on screen whatever the zoom: positions move, radii do not.
  applyTransform(t) {
    this.transform = t;
    this.basemap.setAttribute('transform', `translate(${t.x},${t.y}) scale(${t.k})`);
    for (const g of this.markers.children) {
      const [x, y] = t.apply([Number(g.dataset.x), Number(g.dataset.y)]);
      g.setAttribute('transform', `translate(${x},${y})`);
      const r = Number(g.dataset.r);
      g.querySelector('.dot').setAttribute('r', r);
      const ring = g.querySelector('.ring');
      if (ring) ring.setAttribute('r', r + 3);
    }
  }

  zoomBy(factor) {
    this.zoom.scaleBy(select(this.svg), factor);
  }

  // Frames every placed marker (a single place gets a regional view, not the street).
  fit() {
    const points = this.incidents.filter((i) => i.place)
      .map((i) => this.projection([i.place.lon, i.place.lat]))
      .filter((p) => p && Number.isFinite(p[0]));
    if (!points.length) {
      this.zoom.transform(select(this.svg), zoomIdentity);
      return;
    }
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Room for the largest marker on every side.
    const pad = 2 * (26 + 24);
    const k = Math.max(1, Math.min(40, (this.width - pad) / Math.max(x1 - x0, 1),
      (this.height - pad) / Math.max(y1 - y0, 1)));
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    const t = zoomIdentity.translate(this.width / 2 - k * cx, this.height / 2 - k * cy).scale(k);
    this.zoom.transform(select(this.svg), t);
  }
}
