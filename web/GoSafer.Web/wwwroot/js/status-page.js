// Submission status: what a submitter sees with their receipt. The page link carries the receipt
// in the URL fragment, which browsers never send to a server.
import { el, byId } from './dom.js';
import { getJson, ApiError } from './api.js';
import { startPage } from './shell.js';
import { t, formatDate } from './i18n.js';

await startPage('status.pageTitle');
const idInput = byId('submission-id');
const receiptInput = byId('receipt-input');
const message = byId('status-message');
const result = byId('status-result');

function render(view) {
  const feedback = view.feedback.length
    ? el('ol', { className: 'feedback' }, ...view.feedback.map(f => el('li', {},
      el('p', {}, el('strong', { text: t(`decision.${f.decision}`) }), ` · ${formatDate(f.decidedAt)}`),
      el('p', { text: f.reason }))))
    : el('p', { text: t('status.noFeedback') });
  result.replaceChildren(
    el('h2', { text: view.title ?? t(`kind.${view.kind}`), attrs: { id: 'status-result-heading' } }),
    el('dl', { className: 'details' },
      el('dt', { text: t('status.kind') }), el('dd', { text: t(`kind.${view.kind}`) }),
      el('dt', { text: t('receipt.statusLabel') }), el('dd', {}, el('span', { className: `badge status-${view.status}`, text: t(`status.${view.status}`), attrs: { id: 'status-value' } })),
      el('dt', { text: t('status.explainLabel') }), el('dd', { text: t(`status.explain.${view.status}`) }),
      el('dt', { text: t('status.submittedAt') }), el('dd', { text: formatDate(view.submittedAt) }),
      el('dt', { text: t('status.updatedAt') }), el('dd', { text: formatDate(view.updatedAt) })),
    el('h3', { text: t('status.feedback') }),
    feedback);
  result.hidden = false;
}

async function lookUp(id, receipt) {
  message.textContent = t('status.loading');
  result.hidden = true;
  try {
    render(await getJson(`/submissions/${encodeURIComponent(id)}`, new URLSearchParams({ receipt })));
    message.textContent = '';
  } catch (error) {
    message.textContent = error instanceof ApiError && error.status === 404 ? t('status.notFound') : t('status.error');
  }
}

byId('status-form').addEventListener('submit', event => {
  event.preventDefault();
  const id = idInput.value.trim();
  const receipt = receiptInput.value.trim();
  if (!id || !receipt) {
    message.textContent = t('status.needBoth');
    return;
  }
  const params = new URLSearchParams(location.search);
  params.set('id', id);
  history.replaceState(null, '', `${location.pathname}?${params}#receipt=${encodeURIComponent(receipt)}`);
  lookUp(id, receipt);
});

const id = new URLSearchParams(location.search).get('id') ?? '';
const receipt = new URLSearchParams(location.hash.slice(1)).get('receipt') ?? '';
idInput.value = id;
receiptInput.value = receipt;
if (id && receipt) lookUp(id, receipt);
