// Evidence-gap map: published resources by harm type × age band, optionally for one language.
// One request: GET /api/stats/gaps[?lang=L] counts them (byHarmAndAge counts each resource once,
// however many languages it has), with the same numbers search's facets give.
import { el, byId } from './dom.js';
import { getJson } from './api.js';
import { startPage } from './shell.js';
import { t, formatNumber, pageHref } from './i18n.js';
import { loadTaxonomy, labelOf } from './taxonomy.js';

const ui = await startPage('gaps.pageTitle');
const taxonomy = await loadTaxonomy(ui);
const select = byId('gaps-lang');
const status = byId('gaps-status');
const BUCKETS = [[0, 0], [1, 1], [2, 3], [4, 6], [7, Infinity]];

const bucketOf = count => BUCKETS.findIndex(([min, max]) => count >= min && count <= max);

async function languages() {
  const body = await getJson('/search', new URLSearchParams({ pageSize: '1', ui }));
  return body.facets.lang ?? [];
}

async function matrix(lang) {
  const body = await getJson('/stats/gaps', lang ? new URLSearchParams({ lang }) : undefined);
  const counts = new Map();
  for (const cell of body.byHarmAndAge) counts.set(`${cell.harm}|${cell.age}`, cell.count);
  return counts;
}

function render(counts, lang) {
  const bands = taxonomy.raw.ageBands;
  const langLabel = lang ? labelOf(taxonomy, 'lang', lang) : t('gaps.allLanguages');
  const head = el('tr', {}, el('th', { text: t('facet.harm'), attrs: { scope: 'col' } }),
    // Phones show the bare range ("9–12"); the full label stays for screen readers.
    ...bands.map(b => el('th', { attrs: { scope: 'col' } },
      el('span', { className: 'band-full', text: b.label }),
      el('span', { className: 'band-short', text: `${b.min}–${b.max}`, attrs: { 'aria-hidden': 'true' } }))));
  const rows = taxonomy.raw.harms.map(harm => el('tr', { className: harm.parent ? 'child' : 'parent' },
    el('th', { text: harm.label, attrs: { scope: 'row' } }),
    ...bands.map(band => {
      const count = counts.get(`${harm.id}|${band.id}`) ?? 0;
      const href = pageHref('index.html', { harm: harm.id, age: band.id, lang });
      return el('td', { className: `heat heat-${bucketOf(count)}` },
        el('a', { text: formatNumber(count), attrs: { href, 'aria-label': `${formatNumber(count)}: ${harm.label}, ${band.label}` } }));
    })));
  byId('gaps-table').replaceChildren(
    el('caption', { text: t('gaps.caption', { language: langLabel }), attrs: { id: 'gaps-caption' } }),
    el('thead', {}, head),
    el('tbody', {}, ...rows));
}

function legend() {
  const labels = ['0', '1', '2–3', '4–6', '7+'];
  byId('gaps-legend').replaceChildren(
    el('li', { className: 'legend-title', text: t('gaps.legend') }),
    ...labels.map((text, i) => el('li', {}, el('span', { className: `swatch heat-${i}`, attrs: { 'aria-hidden': 'true' } }), text)));
}

async function show(lang) {
  status.textContent = t('gaps.loading');
  try {
    render(await matrix(lang), lang);
    status.textContent = '';
  } catch {
    status.textContent = t('gaps.error');
  }
}

const current = () => new URLSearchParams(location.search).get('lang') ?? '';
select.append(el('option', { text: t('gaps.allLanguages'), attrs: { value: '' } }));
try {
  for (const view of await languages()) {
    select.append(el('option', { text: `${view.label} (${formatNumber(view.count)})`, attrs: { value: view.value } }));
  }
} catch {
  // The map still works for all languages.
}
select.value = current();
select.addEventListener('change', () => {
  const params = new URLSearchParams(location.search);
  if (select.value) params.set('lang', select.value);
  else params.delete('lang');
  history.pushState(null, '', `${location.pathname}?${params}`);
  show(select.value);
});
window.addEventListener('popstate', () => {
  select.value = current();
  show(current());
});
legend();
show(current());
