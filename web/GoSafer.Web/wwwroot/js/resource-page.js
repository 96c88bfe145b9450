// Resource detail: every public field, the evidence, the inferred tags, and JSON-LD.
import { el, byId, fill, safeHttpUrl } from './dom.js';
import { getJson, ApiError } from './api.js';
import { startPage, setTitle } from './shell.js';
import { t, formatDate, formatPercent, formatNumber, pageHref, uiLanguage } from './i18n.js';
import { loadTaxonomy, labelOf } from './taxonomy.js';
import { ageText, evidenceBadge, contentAttrs } from './results.js';
import { learningResource, embedJsonLd } from './jsonld.js';
import { row, countryName } from './details.js';

await startPage('resource.pageTitle');
const id = new URLSearchParams(location.search).get('id') ?? '';
byId('back-link').href = pageHref('index.html');
const status = byId('resource-status');

function externalLink(url, text) {
  const href = safeHttpUrl(url);
  return href ? el('a', { text: text ?? url, attrs: { href, rel: 'noopener noreferrer' } }) : document.createTextNode(text ?? url ?? '');
}

function evidenceSection(resource, taxonomy) {
  const evidence = resource.evidence ?? {};
  const level = evidence.level ?? 'not-assessed';
  const list = el('dl', { className: 'details' },
    ...row('evidence.level', evidenceBadge(taxonomy, level)),
    ...row('evidence.levelMeaning', taxonomy?.evidenceDescription.get(level)),
    ...row('evidence.design', evidence.design),
    ...row('evidence.lastChecked', evidence.lastChecked ? formatDate(evidence.lastChecked) : null),
    ...row('evidence.ingredients', evidence.ingredients ?? []));
  const section = el('section', { className: 'panel', attrs: { 'aria-labelledby': 'evidence-heading' } },
    el('h2', { text: t('evidence.heading'), attrs: { id: 'evidence-heading' } }), list);
  if (evidence.ratings?.length) {
    section.append(el('h3', { text: t('evidence.ratings') }),
      el('ul', { className: 'plain-list' }, ...evidence.ratings.map(r => el('li', {},
        el('strong', { text: `${r.scheme}: ` }), r.url ? externalLink(r.url, r.rating) : r.rating))));
  }
  if (evidence.citations?.length) {
    section.append(el('h3', { text: t('evidence.citations') }),
      el('ul', { className: 'plain-list citations' }, ...evidence.citations.map(c => el('li', {},
        c.text ? el('span', { text: `${c.text} ` }) : null,
        c.doi ? externalLink(`https://doi.org/${encodeURI(c.doi)}`, `doi:${c.doi}`) : null,
        c.url ? el('span', {}, ' ', externalLink(c.url)) : null))));
  }
  return section;
}

function inferredSection(resource, taxonomy) {
  const inferred = resource.inferred;
  if (!inferred) return null;
  const harms = (inferred.harms ?? []).map(h => `${labelOf(taxonomy, 'harm', h.id)} (${formatPercent(h.confidence)})`);
  return el('section', { className: 'panel', attrs: { 'aria-labelledby': 'inferred-heading' } },
    el('h2', { text: t('inferred.heading'), attrs: { id: 'inferred-heading' } }),
    el('p', { className: 'hint', text: t('inferred.explain') }),
    el('dl', { className: 'details' },
      ...row('inferred.language', inferred.language ? `${labelOf(taxonomy, 'lang', inferred.language.value)} (${formatPercent(inferred.language.confidence)})` : null),
      ...row('field.harms', harms),
      ...row('field.ages', inferred.ages ? ageText(inferred.ages.min, inferred.ages.max) : null),
      ...row('field.audiences', (inferred.audiences ?? []).map(a => labelOf(taxonomy, 'audience', a))),
      ...row('field.resourceType', inferred.resourceType ? labelOf(taxonomy, 'type', inferred.resourceType) : null)));
}

function render(resource, taxonomy) {
  setTitle(resource.title);
  const article = byId('resource');
  const link = safeHttpUrl(resource.url);
  const content = contentAttrs(resource.languages);
  const description = el('div', { className: 'description', attrs: content },
    ...resource.description.split(/\n+/).filter(Boolean).map(p => el('p', { text: p })));
  const facts = el('dl', { className: 'details' },
    ...row('field.organization', resource.organization),
    ...row('field.languages', resource.languages.map(l => labelOf(taxonomy, 'lang', l))),
    ...row('field.ages', ageText(resource.ageMin, resource.ageMax)),
    ...row('field.harms', resource.harms.map(h => labelOf(taxonomy, 'harm', h))),
    ...row('field.audiences', resource.audiences.map(a => labelOf(taxonomy, 'audience', a))),
    ...row('field.resourceType', resource.resourceType ? labelOf(taxonomy, 'type', resource.resourceType) : null),
    ...row('resource.countries', resource.countries.map(countryName)),
    ...row('field.license', resource.license),
    ...row('field.publishedYear', resource.publishedYear),
    ...row('resource.publishedAt', formatDate(resource.publishedAt)),
    ...row('resource.attachment', resource.attachment ? t('resource.attachmentInfo', { kind: resource.attachment.kind.toUpperCase(), size: formatNumber(Math.ceil(resource.attachment.length / 1024)) }) : null));
  fill(article,
    el('h1', { text: resource.title, attrs: content }),
    resource.sample ? el('p', { className: 'sample-note', text: t('resource.sample') }) : null,
    el('p', { className: 'result-org', text: resource.organization, attrs: { dir: 'auto' } }),
    description,
    link ? el('p', {}, el('a', { className: 'button-primary', text: t('resource.open'), attrs: { href: link, rel: 'noopener noreferrer' } })) : null,
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'facts-heading' } },
      el('h2', { text: t('resource.facts'), attrs: { id: 'facts-heading' } }), facts),
    evidenceSection(resource, taxonomy),
    inferredSection(resource, taxonomy));
  article.hidden = false;
  status.hidden = true;
  embedJsonLd(learningResource(resource, taxonomy, new URL(pageHref('resource.html', { id: resource.id }), location.href).href));
}

try {
  if (!id) throw new ApiError(404, null);
  const [resource, taxonomy] = await Promise.all([
    getJson(`/resources/${encodeURIComponent(id)}`),
    loadTaxonomy(uiLanguage()).catch(() => null),
  ]);
  render(resource, taxonomy);
} catch (error) {
  status.textContent = error instanceof ApiError && error.status === 404 ? t('resource.notFound') : t('resource.error');
  status.setAttribute('role', 'alert');
}
