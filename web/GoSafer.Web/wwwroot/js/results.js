// Result cards. The snippet is plain text; highlights are [start, length] ranges that become
// <mark> elements with textContent, never HTML.
import { el } from './dom.js';
import { t, pageHref } from './i18n.js';
import { labelOf } from './taxonomy.js';

export function markedText(tag, className, text, highlights) {
  const node = el(tag, { className });
  const ranges = [...(highlights ?? [])]
    .filter(r => Array.isArray(r) && r.length === 2 && r[1] > 0)
    .sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, length] of ranges) {
    if (start < at || start >= text.length) continue;
    node.append(text.slice(at, start), el('mark', { text: text.slice(start, start + length) }));
    at = Math.min(text.length, start + length);
  }
  node.append(text.slice(at));
  return node;
}

function withAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) if (value) node.setAttribute(name, value);
  return node;
}

export function ageText(min, max) {
  if (min === null || min === undefined) {
    return max === null || max === undefined ? null : t('ages.upTo', { max });
  }
  if (max === null || max === undefined) return t('ages.from', { min });
  return t('ages.range', { min, max });
}

function tagList(label, values) {
  if (values.length === 0) return null;
  return el('div', { className: 'tag-group' },
    el('span', { className: 'tag-group-label', text: label }),
    el('ul', { className: 'tags' }, ...values.map(v => el('li', { className: 'tag', text: v }))));
}

export function evidenceBadge(taxonomy, level) {
  const id = level ?? 'not-assessed';
  return el('span', { className: `badge evidence evidence-${id}` },
    el('span', { className: 'visually-hidden', text: `${t('facet.evidence')}: ` }),
    labelOf(taxonomy, 'evidence', id));
}

/** Attributes for text written by a submitter: its language (WCAG 3.1.2) and its own direction. */
export function contentAttrs(languages) {
  return { lang: languages?.length === 1 ? languages[0] : undefined, dir: 'auto' };
}

export function resultCard(hit, taxonomy) {
  const ages = ageText(hit.ageMin, hit.ageMax);
  const content = contentAttrs(hit.languages);
  const heading = el('h3', { className: 'result-title', attrs: content },
    el('a', { text: hit.title, attrs: { href: pageHref('resource.html', { id: hit.id }) } }));
  const meta = el('div', { className: 'result-meta' },
    evidenceBadge(taxonomy, hit.evidenceLevel),
    hit.resourceType ? el('span', { className: 'badge type', text: labelOf(taxonomy, 'type', hit.resourceType) }) : null,
    ages ? el('span', { className: 'badge ages', text: ages }) : null);
  return el('li', { className: 'result-card' },
    el('article', {},
      heading,
      el('p', { className: 'result-org', text: hit.organization, attrs: { dir: 'auto' } }),
      withAttrs(markedText('p', 'snippet', hit.snippet ?? '', hit.highlights), content),
      meta,
      tagList(t('result.languages'), hit.languages.map(l => labelOf(taxonomy, 'lang', l))),
      tagList(t('result.harms'), hit.harms.map(h => labelOf(taxonomy, 'harm', h)))));
}
