// The audit log for admins: the verdict of the chain verification, then entries in order, 100 a
// page as the API serves them. Without ?after= the page opens on the latest entries (the
// verification says how many there are), which is what an admin usually looks for.
import { el, byId } from './dom.js';
import { startPage } from './shell.js';
import { t, formatNumber, pageHref } from './i18n.js';
import { boardMember, boardJson, boardFailure, formatDateTime } from './board.js';

const PAGE_SIZE = 100;

await startPage('audit.pageTitle');
await boardMember();
const result = byId('verification-result');
const status = byId('audit-status');
const table = byId('audit-table');
const pages = byId('audit-pages');

/** The sequence number after which the page starts: ?after=, else the start of the last page. */
function after(total) {
  const asked = new URLSearchParams(location.search).get('after');
  if (asked !== null) return Math.max(0, Number.parseInt(asked, 10) || 0);
  return Math.max(0, (total ?? 0) - PAGE_SIZE);
}

function subjectCell(subject) {
  const kind = subject.startsWith('res_') ? 'resource' : subject.startsWith('nom_') ? 'nomination' : null;
  return kind ? el('a', { text: subject, attrs: { href: pageHref('review-item.html', { kind, id: subject }) } }) : subject;
}

function actionLabel(action) {
  const key = `audit.action.${action}`;
  const label = t(key);
  return label === key ? action : label;
}

function entryRow(entry) {
  return el('tr', {},
    el('td', { text: formatNumber(entry.sequence) }),
    el('td', { text: formatDateTime(entry.at) }),
    el('td', { text: actionLabel(entry.action) }),
    el('td', {}, subjectCell(entry.subject)),
    el('td', { text: entry.actor, attrs: { dir: 'auto' } }),
    el('td', { text: entry.detail ?? '', attrs: { dir: 'ltr' } }),
    el('td', {}, el('code', { className: 'hash', text: `${entry.hash.slice(0, 12)}…` })));
}

async function verify() {
  result.textContent = t('audit.verifying');
  result.className = '';
  try {
    const verdict = await boardJson('/review/audit/verify');
    result.textContent = verdict.intact
      ? t('audit.intact', { count: formatNumber(verdict.entries) })
      : t('audit.broken', { sequence: formatNumber(verdict.firstBrokenSequence) });
    result.className = verdict.intact ? 'verify-ok' : 'verify-broken';
    return verdict;
  } catch (error) {
    result.textContent = boardFailure(error);
    result.className = 'verify-broken';
    return null;
  }
}

function pageLink(key, start) {
  return el('li', {}, el('a', { text: t(key), attrs: { href: pageHref('audit.html', { after: String(start) }) } }));
}

async function list(total) {
  const start = after(total);
  try {
    const entries = await boardJson('/review/audit', { params: new URLSearchParams({ after: String(start) }) });
    byId('audit-entries').replaceChildren(...entries.map(entryRow));
    table.hidden = entries.length === 0;
    status.textContent = entries.length
      ? t('audit.range', { from: formatNumber(entries[0].sequence), to: formatNumber(entries.at(-1).sequence), total: formatNumber(total ?? entries.at(-1).sequence) })
      : t('audit.empty');
    const hasMore = entries.length === PAGE_SIZE && (total === undefined || entries.at(-1).sequence < total);
    pages.hidden = start === 0 && !hasMore;
    pages.replaceChildren(el('ul', {},
      start > 0 ? pageLink('pagination.previous', Math.max(0, start - PAGE_SIZE)) : null,
      hasMore ? pageLink('pagination.next', entries.at(-1).sequence) : null));
  } catch (error) {
    status.textContent = boardFailure(error);
    table.hidden = true;
  }
}

byId('verify-again').addEventListener('click', verify);
const verdict = await verify();
await list(verdict?.entries);
