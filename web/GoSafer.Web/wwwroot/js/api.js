// The hub's HTTP API. The base is "/api" unless the page names another with <meta name="gosafer-api">.
const base = document.querySelector('meta[name="gosafer-api"]')?.content || '/api';

/** A refusal from the API, carrying its RFC 9457 problem details. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

export function apiUrl(path, params) {
  const query = params ? `?${params}` : '';
  return `${base}${path}${query}`;
}

async function read(response) {
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function getJson(path, params, signal) {
  return read(await fetch(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } }));
}

export async function postJson(path, body, signal) {
  return read(await fetch(apiUrl(path), {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  }));
}

/** multipart/form-data: the browser sets the boundary. */
export async function postForm(path, formData) {
  return read(await fetch(apiUrl(path), { method: 'POST', headers: { Accept: 'application/json' }, body: formData }));
}
