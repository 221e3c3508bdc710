// Drives the dashboard in headless Chromium (Debian's, through playwright-core: no browser is
// downloaded) against a `reckon serve` filled with the bundled samples, as a person would:
// the map shows markers, a marker opens its evidence with the incident's claims, brushing the
// timeline narrows the list, a report added from the page becomes an incident, the exports
// download the selection, the page fits a phone, and no request leaves 127.0.0.1.
// usage: node dashboard.e2e.mjs URL OUT_DIR SOURCE_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [url, out, source] = process.argv.slice(2);
const { chromium } = await import(pathToFileURL(join(source, 'web/node_modules/playwright-core/index.mjs')).href);
const api = async (path) => (await fetch(new URL(path, url))).json();

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok   ${name}`);
  } catch (err) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${err.stack || err}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.RECKON_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
});
const requests = [];
const pageErrors = [];
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
context.on('request', (r) => requests.push(r.url()));
// Anything not addressed to the server is refused (and the check below fails on it).
await context.route('**/*', (route) => {
  const { hostname } = new URL(route.request().url());
  return hostname === '127.0.0.1' ? route.continue() : route.abort();
});
const page = await context.newPage();
page.on('pageerror', (e) => pageErrors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

const rows = () => page.locator('#incidents tbody tr[data-id]');
const all = await api('/api/incidents');
const placed = all.filter((i) => i.place);

await check('the map shows a marker per placed incident', async () => {
  await page.goto(url);
  await page.locator('.marker').first().waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.marker').length === n, placed.length);
  assert(await rows().count() === all.length, `list has ${await rows().count()} rows, want ${all.length}`);
  assert(await page.locator('.basemap .land').getAttribute('d') !== '', 'no country outlines');
  await page.screenshot({ path: join(out, 'dashboard.png') });
});

// A point inside the marker that the marker itself receives (another may overlap its centre).
async function markerPoint(id) {
  return page.evaluate((markerId) => {
    const g = document.querySelector(`.marker[data-id="${CSS.escape(markerId)}"]`);
    const dot = g.querySelector('.dot').getBoundingClientRect();
    const cx = dot.x + dot.width / 2;
    const cy = dot.y + dot.height / 2;
    const r = dot.width / 2 - 2;
    for (let a = 0; a < 2 * Math.PI; a += Math.PI / 8) {
      for (const f of [0, 0.5, 0.85]) {
        const x = cx + Math.cos(a) * r * f;
        const y = cy + Math.sin(a) * r * f;
        if (g.contains(document.elementFromPoint(x, y))) return { x, y };
      }
    }
    return null;
  }, id);
}

await check('clicking a marker opens its evidence with every claim', async () => {
  const target = placed.find((i) => i.contested.length) || placed[0];
  const full = await api(`/api/incidents/${encodeURIComponent(target.id)}`);
  const point = await markerPoint(target.id);
  assert(point, `marker ${target.id} is covered`);
  await page.mouse.click(point.x, point.y);
  await page.locator('#evidence').waitFor({ state: 'visible' });
  await page.waitForFunction((n) => document.querySelectorAll('#evidence .claim').length === n, full.claims.length);
  const docs = await page.locator('#evidence .claim').evaluateAll((cards) => cards.map((c) => c.dataset.doc));
  assert(JSON.stringify(docs) === JSON.stringify(full.claims.map((c) => c.doc)), `claims ${docs}`);
  for (const [i, claim] of full.claims.entries()) {
    const card = page.locator('#evidence .claim').nth(i);
    const text = await card.innerText();
    if (claim.outlet) assert(text.includes(claim.outlet), `claim ${i} lacks its outlet ${claim.outlet}`);
    const quote = await card.locator('.quote').innerText();
    assert(quote.replace(/\s+/g, ' ').trim() === claim.quote.replace(/\s+/g, ' ').trim(), `claim ${i} quote differs`);
    const marks = await card.locator('mark').allInnerTexts();
    assert(marks.length === full.highlights[i].length, `claim ${i}: ${marks.length} highlights`);
    if (claim.killed || claim.injured) assert(marks.length > 0, `claim ${i}: no figure highlighted`);
  }
  if (full.killed) {
    const best = await page.locator('#evidence .figures td.best').first().innerText();
    assert(Number(best) === full.killed.best, `best killed ${best}, want ${full.killed.best}`);
  }
  if (full.contested.length) assert(await page.locator('#evidence .badge').count() > 0, 'no contested badge');
  await page.screenshot({ path: join(out, 'evidence.png') });
  await page.locator('#evidence-close').click();
  await page.locator('#evidence').waitFor({ state: 'hidden' });
});

await check('the timeline draws the server’s per-date totals of every dated incident', async () => {
  assert(requests.some((r) => new URL(r).pathname === '/api/timeline'), 'the page did not ask /api/timeline');
  const { days } = await api('/api/timeline');
  const dated = all.filter((i) => i.date);
  assert(days.reduce((n, d) => n + d.incidents, 0) === dated.length, 'the totals miss incidents');
  assert(days.length === new Set(dated.map((i) => i.date.value)).size, 'one bar per date');
});

await check('brushing the timeline narrows the list to those dates', async () => {
  const over = await page.locator('#timeline .u-over').boundingBox();
  const y = over.y + over.height / 2;
  await page.mouse.move(over.x + over.width * 0.62, y);
  await page.mouse.down();
  await page.mouse.move(over.x + over.width * 0.8, y, { steps: 8 });
  await page.mouse.move(over.x + over.width * 0.99, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('input[name=from]').value !== '');
  const from = await page.inputValue('input[name=from]');
  const to = await page.inputValue('input[name=to]');
  const want = await api(`/api/incidents?from=${from}&to=${to}`);
  assert(want.length > 0 && want.length < all.length, `the brush ${from}..${to} holds ${want.length}`);
  await page.waitForFunction((n) => document.querySelectorAll('#incidents tbody tr[data-id]').length === n, want.length);
  const ids = await rows().evaluateAll((trs) => trs.map((t) => t.dataset.id).sort());
  assert(JSON.stringify(ids) === JSON.stringify(want.map((i) => i.id).sort()), 'other rows listed');
  assert(new URL(page.url()).searchParams.get('from') === from, 'the address bar lacks the dates');
  await page.locator('#clear-dates').click();
  await page.waitForFunction((n) => document.querySelectorAll('#incidents tbody tr[data-id]').length === n, all.length);
});

await check('a report added from the page becomes an incident', async () => {
  const report = join(out, 'added-report.txt');
  writeFileSync(report, '14 May 2024\nBy E2E Wire\n\n' +
    'Invented example for the reckon end-to-end test. Two civilians were killed and seven were ' +
    'injured when shells hit the centre of Kherson on Monday, the regional administration said.\n');
  const before = (await api('/api/status')).incidents;
  await page.locator('#add-report').click();
  await page.locator('#ingest').waitFor({ state: 'visible' });
  await page.setInputFiles('#ingest input[type=file]', report);
  await page.waitForFunction(() => document.querySelector('#ingest textarea').value.includes('Kherson'));
  await page.locator('#ingest-submit').click();
  await page.locator('#evidence').waitFor({ state: 'visible' });
  const after = (await api('/api/status')).incidents;
  assert(after === before + 1, `incidents ${before} -> ${after}`);
  await page.waitForFunction((n) => document.querySelectorAll('#incidents tbody tr[data-id]').length === n, all.length + 1);
  const docs = await page.locator('#evidence .claim').evaluateAll((cards) => cards.map((c) => c.dataset.doc));
  assert(docs.includes('added-report.txt'), `evidence shows ${docs}`);
  await page.screenshot({ path: join(out, 'added.png') });
  await page.locator('#evidence-close').click();
});

async function download(format) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#export-${format}`).click()]);
  const path = join(out, `export.${format}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

await check('export downloads the current selection as CSV, JSON and GeoJSON', async () => {
  await page.fill('input[name=country]', 'UA');
  const want = await api('/api/incidents?country=UA');
  assert(want.length > 0, 'no UA incident');
  await page.waitForFunction((n) => document.querySelectorAll('#incidents tbody tr[data-id]').length === n, want.length);
  const ids = want.map((i) => i.id).sort();
  const json = await download('json');
  assert(json.name === 'incidents.json', json.name);
  assert(JSON.stringify(JSON.parse(json.text).map((i) => i.id).sort()) === JSON.stringify(ids), 'JSON ids');
  const geo = await download('geojson');
  assert(JSON.parse(geo.text).features.length === want.length, 'GeoJSON features');
  const csv = await download('csv');
  const lines = csv.text.trim().split('\n');
  assert(lines[0].startsWith('event_id,'), 'CSV header');
  assert(lines.length - 1 === want.length, `CSV rows ${lines.length - 1}`);
  await page.fill('input[name=country]', '');
});

await check('the list pages through the API, sorted by the server', async () => {
  const paged = await context.newPage();
  await paged.goto(`${url}?per_page=3`);
  await paged.locator('#incidents tbody tr[data-id]').first().waitFor();
  const ids = [];
  const want = (await api('/api/incidents?sort=-killed')).map((i) => i.id);
  await paged.locator('#incidents th[data-key="killed"] button').click();  // ascending
  await paged.locator('#incidents th[data-key="killed"] button').click();  // descending
  await paged.waitForFunction(() => document.querySelector('#incidents th[data-key="killed"]').getAttribute('aria-sort') === 'descending');
  for (let turn = 0; turn < 10; ++turn) {
    await paged.waitForFunction((n) => document.querySelector('#list-count').textContent.startsWith(`(${n}–`), ids.length + 1);
    const shown = await paged.locator('#incidents tbody tr[data-id]').evaluateAll((trs) => trs.map((t) => t.dataset.id));
    assert(shown.length <= 3 && shown.length > 0, `page ${turn} has ${shown.length} rows`);
    ids.push(...shown);
    if (await paged.locator('#pager .page-next').isDisabled()) break;
    await paged.locator('#pager .page-next').click();
  }
  assert(JSON.stringify(ids) === JSON.stringify(want), `pages gave ${ids.join(',')}, want ${want.join(',')}`);
  await paged.locator('#pager .page-prev').click();
  await paged.waitForFunction(() => document.querySelector('#list-count').textContent.startsWith('(') &&
    !document.querySelector('#pager .page-next').disabled);
  await paged.close();
});

await check('the page fits a phone screen', async () => {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(url);
  await phone.locator('.marker').first().waitFor();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 1, `the page is ${overflow}px wider than the phone`);
  await phone.screenshot({ path: join(out, 'dashboard-phone.png'), fullPage: true });
  await phone.locator('#incidents tbody tr[data-id]').first().click();
  await phone.locator('#evidence').waitFor({ state: 'visible' });
  await phone.screenshot({ path: join(out, 'evidence-phone.png') });
  await phone.close();
});

await check('no request left 127.0.0.1 and the page logged no error', async () => {
  const outside = requests.filter((r) => !/^(data:|blob:)/.test(r) && new URL(r).hostname !== '127.0.0.1');
  assert(requests.length > 5, 'requests were not recorded');
  assert(outside.length === 0, `outside requests: ${outside.join(', ')}`);
  assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
});

await browser.close();
const failed = results.filter(([, ok]) => !ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
