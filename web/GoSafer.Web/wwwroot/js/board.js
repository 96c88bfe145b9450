// The governance board's session, shared by the board pages (review, review-item, roster, audit).
// The key lives in sessionStorage only: it is gone when the tab closes or the member signs out,
// and it is sent as "Authorization: ApiKey <key>". Nothing the board reads (nominations hold
// personal data) is ever written to localStorage, and board requests bypass the HTTP cache.
import { el, byId, fill } from './dom.js';
import { privateJson, ApiError } from './api.js';
import { t, pageHref, uiLanguage } from './i18n.js';

const STORAGE_KEY = 'gosafer.board.key';

const BOARD_PAGES = [
  { page: 'review.html', key: 'board.nav.queues' },
  { page: 'roster.html', key: 'board.nav.roster' },
  { page: 'audit.html', key: 'board.nav.audit', admin: true },
];

const authorization = key => ({ Authorization: `ApiKey ${key}` });

/** A board API call with the stored key. A 401 means the key stopped working: it is forgotten. */
export async function boardJson(path, options = {}) {
  const key = sessionStorage.getItem(STORAGE_KEY);
  try {
    return await privateJson(path, { ...options, headers: authorization(key ?? '') });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) sessionStorage.removeItem(STORAGE_KEY);
    throw error;
  }
}

export function isAdmin(member) {
  return member.role === 'admin';
}

function signOut() {
  sessionStorage.removeItem(STORAGE_KEY);
  location.assign(pageHref('review.html'));
}

function boardBar(member) {
  const here = location.pathname.split('/').pop();
  const list = el('ul', { className: 'board-nav' });
  for (const item of BOARD_PAGES.filter(p => !p.admin || isAdmin(member))) {
    const link = el('a', { text: t(item.key), attrs: { href: pageHref(item.page) } });
    if (item.page === here || (item.page === 'review.html' && here === 'review-item.html')) link.setAttribute('aria-current', 'page');
    list.append(el('li', {}, link));
  }
  const button = el('button', { className: 'button-secondary', text: t('board.signOut'), attrs: { type: 'button', id: 'sign-out' } });
  button.addEventListener('click', signOut);
  return [
    el('p', { className: 'signed-in', attrs: { id: 'signed-in-as' } },
      `${t('board.signedInAs')} `, el('strong', { text: member.name, attrs: { id: 'member-name' } }),
      ' · ', el('span', { text: t(`board.role.${member.role}`), attrs: { id: 'member-role' } })),
    el('nav', { attrs: { 'aria-label': t('board.nav.label') } }, list),
    button,
  ];
}

function fieldError(input, error, message) {
  error.textContent = message;
  error.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

/** Draws the sign-in form; resolves with the member once a key is accepted. */
function signInForm(container, notice) {
  return new Promise(resolve => {
    const input = el('input', {
      attrs: { id: 'board-key', name: 'key', type: 'password', autocomplete: 'current-password', spellcheck: 'false', required: true, 'aria-describedby': 'board-key-hint board-key-error' },
    });
    const error = el('p', { className: 'field-error', attrs: { id: 'board-key-error', role: 'alert' } });
    error.hidden = true;
    const submit = el('button', { className: 'button-primary', text: t('board.signIn'), attrs: { type: 'submit', id: 'sign-in-submit' } });
    const form = el('form', { className: 'status-form', attrs: { id: 'sign-in-form', novalidate: true } },
      el('div', { className: 'field' },
        el('label', { text: t('board.key'), attrs: { for: 'board-key' } }),
        el('p', { className: 'hint', text: t('board.keyHint'), attrs: { id: 'board-key-hint' } }),
        input, error),
      el('p', {}, submit));
    fill(container,
      el('h1', { text: t('board.signInHeading') }),
      el('p', { className: 'lead', text: t('board.signInIntro') }),
      notice ? el('p', { className: 'notice', text: notice, attrs: { role: 'note' } }) : null,
      form);
    container.hidden = false;
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const key = input.value.trim();
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      if (!key) {
        fieldError(input, error, t('board.keyMissing'));
        return;
      }
      submit.disabled = true;
      try {
        const member = await privateJson('/review/me', { headers: authorization(key) });
        sessionStorage.setItem(STORAGE_KEY, key);
        input.value = '';
        resolve(member);
      } catch (failure) {
        fieldError(input, error, failure instanceof ApiError && failure.status === 401 ? t('board.keyRejected')
          : failure instanceof ApiError ? `${t('board.failed')} ${failure.problem?.detail ?? ''}`.trim() : t('board.offline'));
      } finally {
        submit.disabled = false;
      }
    });
  });
}

/**
 * The signed-in member for a board page. Until there is one, the page's content (#board-content)
 * stays hidden and #sign-in shows the form; then the board bar (#board-bar) names the member.
 */
export async function boardMember() {
  const signIn = byId('sign-in');
  const content = byId('board-content');
  let member = null;
  let notice = null;
  if (sessionStorage.getItem(STORAGE_KEY)) {
    try {
      member = await boardJson('/review/me');
    } catch (error) {
      notice = error instanceof ApiError && error.status === 401 ? t('board.sessionEnded') : t('board.offline');
    }
  }
  member ??= await signInForm(signIn, notice);
  signIn.hidden = true;
  signIn.replaceChildren();
  const bar = byId('board-bar');
  bar.replaceChildren(...boardBar(member));
  bar.hidden = false;
  content.hidden = false;
  return member;
}

/** A refusal of a board read as one sentence: not allowed (403), not found (404), or the server's detail. */
export function boardFailure(error) {
  if (!(error instanceof ApiError)) return t('board.offline');
  if (error.status === 401) return t('board.sessionEnded');
  if (error.status === 403) return t('board.forbidden');
  if (error.status === 404) return t('board.notFound');
  return `${t('board.failed')} ${error.problem?.detail ?? ''}`.trim();
}

/** "Days waiting" since an ISO date, in whole days (0 on the day it arrived). */
export function daysSince(iso, now = Date.now()) {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 86_400_000));
}

/** Date and time in the UI language: decisions and audit entries of one day need their order. */
export function formatDateTime(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso)
    : new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
