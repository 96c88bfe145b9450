// The roster: approved experts, for board members only (personal data, never public).
import { el, byId } from './dom.js';
import { startPage } from './shell.js';
import { t, formatDate, formatNumber, uiLanguage, pageHref } from './i18n.js';
import { loadTaxonomy, labelOf } from './taxonomy.js';
import { boardMember, boardJson, boardFailure } from './board.js';

await startPage('roster.pageTitle');
await boardMember();
const taxonomy = await loadTaxonomy(uiLanguage()).catch(() => null);
const status = byId('roster-status');

function countryName(code) {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function row(labelKey, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
  const content = Array.isArray(value)
    ? el('ul', { className: 'tags' }, ...value.map(v => el('li', { className: 'tag', text: v })))
    : document.createTextNode(String(value));
  return [el('dt', { text: t(labelKey) }), el('dd', {}, content)];
}

function entry(expert) {
  return el('li', { className: 'roster-card' },
    el('h2', {}, el('a', { text: expert.name, attrs: { href: pageHref('review-item.html', { kind: 'nomination', id: expert.id }), dir: 'auto' } })),
    el('dl', { className: 'details' },
      ...row('field.affiliation', expert.affiliation),
      ...row('item.country', expert.country ? countryName(expert.country) : null),
      ...row('field.role', t(`role.${expert.role}`)),
      ...row('field.expertise', expert.expertise.map(h => labelOf(taxonomy, 'harm', h))),
      ...row('field.workingLanguages', expert.languages.map(l => labelOf(taxonomy, 'lang', l))),
      ...row('field.regions', expert.regions),
      ...row('roster.approvedAt', formatDate(expert.approvedAt))));
}

try {
  const roster = await boardJson('/review/roster');
  status.textContent = roster.length ? t('roster.count', { count: formatNumber(roster.length) }) : t('roster.empty');
  byId('roster').replaceChildren(...roster.map(entry));
} catch (error) {
  status.textContent = boardFailure(error);
}
