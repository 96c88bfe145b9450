// The board's queues: resources and nominations, filtered by status, oldest (or newest) first, paged.
// The URL holds the state (kind, status, sort, page), so Back/Forward and shared links work.
import { el, byId } from './dom.js';
import { startPage } from './shell.js';
import { t, pageHref, formatDate, formatNumber } from './i18n.js';
import { boardMember, boardJson, boardFailure, daysSince } from './board.js';

const PAGE_SIZE = 20;
const STATUSES = {
  resources: ['pending', 'review-due', 'changes-requested', 'published', 'rejected', 'withdrawn'],
  nominations: ['pending', 'changes-requested', 'approved', 'rejected', 'withdrawn'],
};

await startPage('queue.pageTitle');
await boardMember();

const statusSelect = byId('queue-status');
const sortSelect = byId('queue-sort');
const list = byId('queue');
const summary = byId('queue-summary');
const pages = byId('queue-pages');

function readState() {
  const params = new URLSearchParams(location.search);
  const kind = params.get('kind') === 'nominations' ? 'nominations' : 'resources';
  const status = STATUSES[kind].includes(params.get('status')) ? params.get('status') : 'pending';
  const sort = params.get('sort') === 'newest' ? 'newest' : 'oldest';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { kind, status, sort, page };
}

function stateHref({ kind, status, sort = 'oldest', page }) {
  return pageHref('review.html', {
    kind,
    status: status === 'pending' ? null : status,
    sort: sort === 'oldest' ? null : sort,
    page: page > 1 ? page : null,
  });
}

function go(state) {
  history.pushState(null, '', stateHref(state));
  draw();
}

function statusLabel(status) {
  return status === 'review-due' ? t('queue.reviewDue') : t(`status.${status}`);
}

function drawControls({ kind, status, sort }) {
  sortSelect.value = sort;
  for (const k of ['resources', 'nominations']) {
    const link = byId(`kind-${k}`);
    link.href = stateHref({ kind: k, status: 'pending', page: 1 });
    if (k === kind) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  statusSelect.replaceChildren(...STATUSES[kind].map(s => {
    const option = el('option', { text: statusLabel(s), attrs: { value: s } });
    option.selected = s === status;
    return option;
  }));
}

function card(item, kind) {
  const singular = kind === 'resources' ? 'resource' : 'nomination';
  const link = el('a', { text: item.summary, attrs: { href: pageHref('review-item.html', { kind: singular, id: item.id }), dir: 'auto' } });
  return el('li', { className: 'queue-card' },
    el('h3', { className: 'queue-title' }, link),
    el('p', { className: 'queue-meta' },
      el('span', { className: `badge status-${item.status}`, text: statusLabel(item.status) }),
      el('span', { text: `${t('queue.submitted')} ${formatDate(item.submittedAt)}` }),
      el('span', { text: t('queue.waiting', { days: formatNumber(daysSince(item.submittedAt)) }) }),
      el('span', { text: t('queue.versions', { count: formatNumber(item.versions) }) }),
      el('span', { text: t('queue.decisions', { count: formatNumber(item.decisions) }) })));
}

function pageLink(state, page, key, rel) {
  const link = el('a', { text: t(key, { page: formatNumber(page) }), attrs: { href: stateHref({ ...state, page }), rel } });
  link.addEventListener('click', event => {
    event.preventDefault();
    go({ ...state, page });
    byId('queue-heading').focus();
  });
  return el('li', {}, link);
}

function drawPages(state, total) {
  const last = Math.max(1, Math.ceil(total / PAGE_SIZE));
  pages.hidden = last === 1;
  pages.replaceChildren(el('ul', {},
    state.page > 1 ? pageLink(state, state.page - 1, 'pagination.previous', 'prev') : null,
    el('li', { text: t('queue.pageOf', { page: formatNumber(state.page), pages: formatNumber(last) }), attrs: { id: 'queue-page-of' } }),
    state.page < last ? pageLink(state, state.page + 1, 'pagination.next', 'next') : null));
}

async function draw() {
  const state = readState();
  drawControls(state);
  summary.textContent = t('queue.loading');
  try {
    const params = new URLSearchParams({ status: state.status, sort: state.sort, page: String(state.page), pageSize: String(PAGE_SIZE) });
    const result = await boardJson(`/review/${state.kind}`, { params });
    summary.textContent = t('queue.count', { count: formatNumber(result.total) });
    list.replaceChildren(...result.items.map(item => card(item, state.kind)));
    if (result.items.length === 0) list.replaceChildren(el('li', { className: 'empty-panel', text: t('queue.empty') }));
    drawPages(state, result.total);
  } catch (error) {
    summary.textContent = boardFailure(error);
    list.replaceChildren();
    pages.hidden = true;
  }
}

statusSelect.addEventListener('change', () => go({ ...readState(), status: statusSelect.value, page: 1 }));
sortSelect.addEventListener('change', () => go({ ...readState(), sort: sortSelect.value, page: 1 }));
byId('queue-filter').addEventListener('submit', event => event.preventDefault());
window.addEventListener('popstate', draw);
await draw();
