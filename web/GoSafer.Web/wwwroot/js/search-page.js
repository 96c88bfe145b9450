// The search page: search box with autocomplete, facets, chips, results, sort, pagination.
import { el, byId } from './dom.js';
import { getJson } from './api.js';
import { startPage } from './shell.js';
import { t, formatNumber, pageHref } from './i18n.js';
import { loadTaxonomy, labelOf } from './taxonomy.js';
import { readState, toParams, pageUrl, withChanges, toggleFilter, hasFilters, FACETS, PAGE_SIZE } from './search-state.js';
import { renderFacets } from './facets.js';
import { resultCard } from './results.js';
import { attachAutocomplete } from './autocomplete.js';

const ui = await startPage('search.pageTitle');
const taxonomy = await loadTaxonomy(ui).catch(() => null);

const input = byId('q');
const sort = byId('sort');
const results = byId('results');
const summary = byId('summary');
let state = readState();
let lastFacets = null;
let controller;

function navigate(next, { focusResults = false } = {}) {
  state = next;
  history.pushState(null, '', pageUrl(state));
  run({ focusResults });
}

function chips() {
  const list = byId('chips');
  list.replaceChildren();
  for (const facet of FACETS) {
    for (const value of state.filters[facet]) {
      const label = lastFacets?.[facet]?.find(v => v.value === value)?.label ?? labelOf(taxonomy, facet, value);
      const text = `${t(`facet.${facet}`)}: ${label}`;
      const button = el('button', { className: 'chip', attrs: { type: 'button', 'aria-label': t('chips.remove', { filter: text }) } },
        el('span', { text }), el('span', { className: 'chip-x', text: '×', attrs: { 'aria-hidden': 'true' } }));
      button.addEventListener('click', () => {
        navigate(toggleFilter(state, facet, value, false));
        (hasFilters(state) ? byId('chips').querySelector('button') ?? byId('clear-all') : input).focus();
      });
      list.append(el('li', {}, button));
    }
  }
  byId('active-filters').hidden = !hasFilters(state);
}

function pagination(total) {
  const nav = byId('pagination');
  const pages = Math.ceil(total / PAGE_SIZE);
  nav.hidden = pages <= 1;
  if (pages <= 1) {
    nav.replaceChildren();
    return;
  }
  const link = (page, text, extra = {}) => {
    const next = { ...state, page };
    const a = el('a', { text, attrs: { href: pageUrl(next), ...extra } });
    a.addEventListener('click', event => {
      event.preventDefault();
      navigate(next, { focusResults: true });
    });
    return a;
  };
  const numbers = new Set([1, pages, state.page - 1, state.page, state.page + 1].filter(p => p >= 1 && p <= pages));
  const items = [];
  if (state.page > 1) items.push(link(state.page - 1, t('pagination.previous'), { rel: 'prev' }));
  let previous = 0;
  for (const page of [...numbers].sort((a, b) => a - b)) {
    if (page - previous > 1) items.push(el('span', { className: 'gap', text: '…', attrs: { 'aria-hidden': 'true' } }));
    items.push(page === state.page
      ? el('a', { text: formatNumber(page), attrs: { 'aria-current': 'page', href: pageUrl(state), 'aria-label': t('pagination.page', { page }) } })
      : link(page, formatNumber(page), { 'aria-label': t('pagination.page', { page }) }));
    previous = page;
  }
  if (state.page < pages) items.push(link(state.page + 1, t('pagination.next'), { rel: 'next' }));
  nav.replaceChildren(el('ul', {}, ...items.map(i => el('li', {}, i))));
}

function didYouMean(suggestion) {
  const box = byId('did-you-mean');
  box.hidden = !suggestion;
  if (!suggestion) return;
  const next = withChanges(state, { q: suggestion });
  const a = el('a', { text: suggestion, attrs: { href: pageUrl(next) } });
  a.addEventListener('click', event => {
    event.preventDefault();
    input.value = suggestion;
    navigate(next);
  });
  box.replaceChildren(`${t('results.didYouMean')} `, a);
}

function syncControls() {
  input.value = state.q;
  sort.value = state.sort;
}

function setLoading(loading) {
  results.setAttribute('aria-busy', String(loading));
  byId('main').classList.toggle('is-loading', loading);
  if (loading) summary.textContent = t('results.loading');
}

async function run({ focusResults = false } = {}) {
  syncControls();
  chips();
  controller?.abort();
  controller = new AbortController();
  setLoading(true);
  byId('search-error').hidden = true;
  try {
    const params = toParams(state);
    params.set('pageSize', String(PAGE_SIZE));
    const body = await getJson('/search', params, controller.signal);
    lastFacets = body.facets;
    renderFacets(byId('facets'), body.facets, (facet, value, on) => navigate(toggleFilter(state, facet, value, on)));
    chips();
    results.replaceChildren(...body.results.map(hit => resultCard(hit, taxonomy)));
    summary.textContent = body.fuzzy ? t('results.countFuzzy', { count: formatNumber(body.total) }) : t('results.count', { count: formatNumber(body.total) });
    byId('empty').hidden = body.total > 0;
    byId('notice').hidden = !body.notice;
    byId('notice').textContent = body.notice ?? '';
    didYouMean(body.didYouMean);
    pagination(body.total);
    setLoading(false);
    if (focusResults) byId('results-heading').focus();
  } catch (error) {
    if (error.name === 'AbortError') return;
    setLoading(false);
    summary.textContent = '';
    results.replaceChildren();
    byId('search-error').hidden = false;
  }
}

byId('search-form').addEventListener('submit', event => {
  event.preventDefault();
  autocomplete.close();
  navigate(withChanges(state, { q: input.value.trim() }));
});
sort.addEventListener('change', () => navigate(withChanges(state, { sort: sort.value })));
byId('clear-all').addEventListener('click', () => {
  const next = withChanges(state, {});
  for (const facet of FACETS) next.filters[facet] = [];
  navigate(next);
  input.focus();
});
byId('retry').addEventListener('click', () => run());
byId('filters-toggle').addEventListener('click', event => {
  const open = event.currentTarget.getAttribute('aria-expanded') !== 'true';
  event.currentTarget.setAttribute('aria-expanded', String(open));
  event.currentTarget.textContent = t(open ? 'facets.hide' : 'facets.toggle');
  byId('facets').classList.toggle('open', open);
});
window.addEventListener('popstate', () => {
  state = readState();
  run();
});

const autocomplete = attachAutocomplete(input, byId('suggestions'), {
  ui,
  onConcept: suggestion => {
    const next = toggleFilter(state, suggestion.facet, suggestion.value, true);
    next.q = '';
    navigate(next);
  },
  onTitle: suggestion => location.assign(pageHref('resource.html', { id: suggestion.id })),
});

run();
