// The JSON API of `reckon serve` (web/API.md). Every error comes back as {"error": "..."}; this
// module turns it into an Error with that message so the page can show it as it is.

export const FILTER_NAMES = ['place', 'country', 'from', 'to', 'kind', 'contested', 'min_killed'];

// Query string of the set filters (empty ones left out), optionally without some names.
export function filterQuery(filters, omit = []) {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    if (omit.includes(name)) continue;
    const value = filters[name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(name, value === true ? '1' : String(value));
  }
  return params;
}

async function request(url, init) {
  const response = await fetch(url, init);
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new Error(`${url}: the server answered ${response.status} without JSON`);
  }
  if (!response.ok) throw new Error(body && body.error ? body.error : `${url}: ${response.status}`);
  return body;
}

// `page`: {sort, limit, offset} as the API takes them (a large database is asked for pages).
export function listIncidents(filters, omit = [], page = {}) {
  const params = filterQuery(filters, omit);
  for (const [name, value] of Object.entries(page)) if (value !== undefined && value !== '') params.set(name, String(value));
  const q = params.toString();
  return request(`/api/incidents${q ? `?${q}` : ''}`);
}

// Per date, the matching incidents' count and summed best figures: {days: [...]}.
export function getTimeline(filters, omit = []) {
  const q = filterQuery(filters, omit).toString();
  return request(`/api/timeline${q ? `?${q}` : ''}`);
}

export function getIncident(id) {
  return request(`/api/incidents/${encodeURIComponent(id)}`);
}

export function listTallies(filters) {
  const params = new URLSearchParams();
  for (const name of ['place', 'country']) if (filters[name]) params.set(name, filters[name]);
  const q = params.toString();
  return request(`/api/tallies${q ? `?${q}` : ''}`);
}

export function getStatus() {
  return request('/api/status');
}

export function exportUrl(filters, format) {
  const params = filterQuery(filters);
  params.set('format', format);
  params.set('download', '1');
  return `/api/incidents?${params}`;
}

// Posts one report: {text, published?, outlet?, title?, id?, ...}.
export function postDocument(report) {
  return request('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(report),
  });
}
