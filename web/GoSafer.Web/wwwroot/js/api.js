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

export async function postJson(path, body, signal, headers = {}) {
  return read(await fetch(apiUrl(path), {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  }));
}

/** multipart/form-data: the browser sets the boundary. */
export async function postForm(path, formData, headers = {}) {
  return read(await fetch(apiUrl(path), { method: 'POST', headers: { Accept: 'application/json', ...headers }, body: formData }));
}

/**
 * A request carrying the board's credentials. cache: 'no-store' keeps board answers (which hold
 * personal data) out of the browser's HTTP cache, whatever headers the server sends.
 */
export async function privateJson(path, { method = 'GET', params, body, headers = {} } = {}) {
  const init = { method, cache: 'no-store', headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return read(await fetch(apiUrl(path, params), init));
}
