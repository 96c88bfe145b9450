// The roster: approved experts, for board members only (personal data, never public).
import { el, byId } from './dom.js';
import { startPage } from './shell.js';
import { t, formatDate, formatNumber, uiLanguage, pageHref } from './i18n.js';
import { loadTaxonomy, labelOf } from './taxonomy.js';
import { boardMember, boardJson, boardFailure } from './board.js';
import { row, countryName } from './details.js';

await startPage('roster.pageTitle');
await boardMember();
const taxonomy = await loadTaxonomy(uiLanguage()).catch(() => null);
const status = byId('roster-status');

function entry(expert) {
  return el('li', { className: 'roster-card' },
    el('h2', {}, el('a', { text: expert.name, attrs: { href: pageHref('review-item.html', { kind: 'nomination', id: expert.id }), dir: 'auto' } })),
    el('dl', { className: 'details' },
      ...row('field.affiliation', expert.affiliation),
      ...row('item.country', expert.country ? countryName(expert.country) : null),
      ...row('field.role', t(`role.${expert.role}`)),
      ...row('field.expertise', expert.expertise.map(h => labelOf(taxonomy, 'harm', h))),
      ...row('field.workingLanguages', expert.languages.map(l => labelOf(taxonomy, 'lang', l))),
      ...row('item.regions', expert.regions),
      ...row('roster.approvedAt', formatDate(expert.approvedAt))));
}

try {
  const roster = await boardJson('/review/roster');
  status.textContent = roster.length ? t('roster.count', { count: formatNumber(roster.length) }) : t('roster.empty');
  byId('roster').replaceChildren(...roster.map(entry));
} catch (error) {
  status.textContent = boardFailure(error);
}
