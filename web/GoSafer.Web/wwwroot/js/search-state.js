// The whole search state lives in the URL (q, filters, sort, page, ui) so links can be shared and
// the back button works.
export const FACETS = ['age', 'harm', 'lang', 'audience', 'type', 'evidence'];
export const SORTS = ['relevance', 'newest', 'evidence'];
export const PAGE_SIZE = 10;

export function readState(search = location.search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const facet of FACETS) {
    filters[facet] = [...new Set(params.getAll(facet).flatMap(v => v.split(',')).map(v => v.trim()).filter(Boolean))];
  }
  const sort = params.get('sort');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
    ui: params.get('ui') ?? 'en',
  };
}

/** The query string of a state: the page URL and the API request share it. */
export function toParams(state) {
  const params = new URLSearchParams({ ui: state.ui });
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) {
    for (const value of state.filters[facet]) params.append(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function pageUrl(state) {
  return `${location.pathname}?${toParams(state)}`;
}

export function withChanges(state, changes) {
  return { ...state, filters: { ...state.filters }, page: 1, ...changes };
}

export function toggleFilter(state, facet, value, on) {
  const values = state.filters[facet].filter(v => v !== value);
  if (on) values.push(value);
  const next = withChanges(state, {});
  next.filters[facet] = values;
  return next;
}

export function hasFilters(state) {
  return FACETS.some(f => state.filters[f].length > 0);
}
