// Form plumbing shared by the contribute and nominate pages: live validation, an error summary
// that links to the fields, and the server's problem details shown next to the right field.
import { el, byId, fill } from './dom.js';
import { t, pageHref } from './i18n.js';
import { ApiError } from './api.js';

/**
 * fields: [{ name: 'contact.email', focus: () => element, inputs: [elements], check: () => message|null }]
 * name is the JSON path the server uses in problem details.
 */
export function createFormController(form, fields) {
  const byName = new Map(fields.map(f => [f.name, f]));
  const touched = new Set();
  let submitted = false;

  const errorNode = field => byId(`${field.id}-error`);

  function setError(field, message) {
    const node = errorNode(field);
    node.textContent = message ?? '';
    node.hidden = !message;
    for (const input of field.inputs()) {
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    node.closest('.field')?.classList.toggle('has-error', Boolean(message));
  }

  // The server's message for a field stays beside it (through blurs, change events and re-checks)
  // until the field's value differs from the one refused, or the form is sent again: otherwise
  // moving focus to the summary would erase it.
  const serverMessages = new Map();
  const valueOf = field => JSON.stringify(field.inputs().map(i => (i.type === 'checkbox' || i.type === 'radio' ? i.checked : i.value)));

  function validate(field) {
    const server = serverMessages.get(field.name);
    if (server && server.value !== valueOf(field)) serverMessages.delete(field.name);
    const message = (field.check ? field.check() : null) ?? serverMessages.get(field.name)?.message ?? null;
    setError(field, message);
    return message;
  }

  for (const field of fields) {
    for (const input of field.inputs()) {
      input.addEventListener('blur', () => {
        touched.add(field.name);
        validate(field);
      });
      const live = () => {
        if (touched.has(field.name) || submitted) {
          validate(field);
          for (const dependant of field.revalidates ?? []) validate(byName.get(dependant));
        }
      };
      input.addEventListener('input', live);
      input.addEventListener('change', live);
    }
  }

  // Pressing a submit button must not blur the field first: the blur would show that field's error,
  // move the button down and swallow the click. The submit handler validates everything anyway.
  for (const button of form.querySelectorAll('button[type=submit]')) {
    button.addEventListener('mousedown', event => event.preventDefault());
  }

  const summary = el('div', { className: 'error-summary', attrs: { id: `${form.id}-summary`, tabindex: '-1' } });
  summary.hidden = true;
  form.prepend(summary);

  function showSummary(entries, general) {
    if (entries.length === 0 && !general) {
      summary.hidden = true;
      summary.replaceChildren();
      return;
    }
    const list = el('ul', {}, ...entries.map(({ field, message }) => {
      const link = el('a', { text: `${field.label()}: ${message}`, attrs: { href: `#${field.focus().id}` } });
      link.addEventListener('click', event => {
        event.preventDefault();
        field.focus().focus();
      });
      return el('li', {}, link);
    }));
    fill(summary,
      el('h2', { text: t('form.errorsHeading') }),
      general ? el('p', { text: general }) : null,
      entries.length ? list : null);
    summary.hidden = false;
    summary.setAttribute('role', 'alert');
    summary.focus();
  }

  /** Checks every field; shows and focuses the summary when something is wrong. */
  function validateAll() {
    submitted = true;
    serverMessages.clear();
    const entries = [];
    for (const field of fields) {
      const message = validate(field);
      if (message) entries.push({ field, message });
    }
    showSummary(entries);
    return entries.length === 0;
  }

  /** The field a server path names: exact, without list indexes, or the nearest parent path. */
  function fieldFor(path) {
    const candidates = [path, path.replace(/\[\d+\]/g, '')];
    for (let p = path; p.includes('.') || p.includes('['); ) {
      p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      candidates.push(p);
    }
    return candidates.map(c => byName.get(c)).find(Boolean);
  }

  /** Shows a 400's errors (keyed by JSON path) next to their fields. */
  function showServerErrors(problem) {
    const entries = [];
    const unplaced = [];
    const grouped = new Map();
    for (const [path, messages] of Object.entries(problem?.errors ?? {})) {
      const field = fieldFor(path);
      const message = `${t('form.serverSays')} ${messages.join(' ')}`;
      if (!field) {
        unplaced.push(`${path}: ${messages.join(' ')}`);
        continue;
      }
      grouped.set(field, [...(grouped.get(field) ?? []), message]);
    }
    for (const [field, messages] of grouped) {
      const message = messages.join(' ');
      serverMessages.set(field.name, { message, value: valueOf(field) });
      setError(field, message);
      entries.push({ field, message });
    }
    showSummary(entries, unplaced.length ? unplaced.join(' ') : (entries.length ? null : problem?.detail ?? t('form.failed')));
  }

  function showGeneral(message) {
    showSummary([], message);
  }

  function clear() {
    showSummary([]);
  }

  return { validateAll, showServerErrors, showGeneral, clear };
}

/** The sentence for a refusal other than field errors: duplicate (409), too many (429), others. */
export function refusal(error) {
  if (error.status === 409) return t('form.duplicate');
  if (error.status === 429) return t('form.tooMany');
  return `${t('form.failed')} ${error.problem?.detail ?? ''}`.trim();
}

/** The standard markup hooks of a field: label, input, hint and error ids are derived from id. */
export function describedBy(input, ...ids) {
  input.setAttribute('aria-describedby', ids.filter(id => byId(id)).join(' '));
}

/** Checkboxes for taxonomy values; harms are indented under their parent. */
export function checkboxList(container, name, values, { tree = false } = {}) {
  const list = el('ul', { className: 'check-list' });
  for (const value of values) {
    const id = `${name}-${value.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    const input = el('input', { attrs: { type: 'checkbox', id, name, value: value.id } });
    list.append(el('li', { className: tree && value.parent ? 'check-child' : '' },
      input, el('label', { text: value.label, attrs: { for: id } })));
  }
  container.replaceChildren(list);
}

export function checkedValues(container) {
  return [...container.querySelectorAll('input[type=checkbox]:checked')].map(i => i.value);
}

/**
 * A field of a form controller. name is the server's JSON path; id the element (an input, or a
 * fieldset of checkboxes); the error is shown in #{id}-error.
 */
export function fieldSpec(name, id, check, extra = {}) {
  const node = () => byId(id);
  const isControl = n => n.matches('input, select, textarea');
  return {
    name,
    id,
    check,
    inputs: () => (isControl(node()) ? [node()] : [...node().querySelectorAll('input, select, textarea')]),
    focus: () => (isControl(node()) ? node() : node().querySelector('input, select, textarea') ?? node()),
    label: () => (document.querySelector(`label[for="${id}"] [data-i18n]`) ?? document.querySelector(`label[for="${id}"]`)
      ?? node().querySelector('legend [data-i18n]') ?? node().querySelector('legend'))?.textContent.trim() ?? name,
    ...extra,
  };
}

function copyButton(receipt) {
  if (!navigator.clipboard) return null;
  const status = el('span', { className: 'hint', attrs: { role: 'status' } });
  const button = el('button', { className: 'button-secondary', text: t('receipt.copy'), attrs: { type: 'button', id: 'copy-receipt' } });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(receipt);
      status.textContent = t('receipt.copied');
    } catch {
      status.textContent = t('receipt.copyFailed');
    }
  });
  return el('p', { className: 'copy-row' }, button, ' ', status);
}

/** The receipt after a 202: the status page link carries the receipt in the fragment (never sent to a server). */
export function showReceipt(container, accepted, pageHref) {
  const statusUrl = new URL(accepted.statusUrl, location.href);
  const receipt = statusUrl.searchParams.get('receipt') ?? accepted.receipt;
  const link = `${pageHref('status.html', { id: accepted.id })}#receipt=${encodeURIComponent(receipt)}`;
  const heading = el('h2', { text: t('receipt.heading'), attrs: { id: 'receipt-heading', tabindex: '-1' } });
  fill(container,
    heading,
    el('p', { text: t('receipt.received') }),
    el('dl', { className: 'details' },
      el('dt', { text: t('receipt.id') }), el('dd', {}, el('code', { text: accepted.id, attrs: { id: 'receipt-id' } })),
      el('dt', { text: t('receipt.receipt') }), el('dd', {}, el('code', { className: 'receipt-code', text: receipt, attrs: { id: 'receipt-value' } })),
      el('dt', { text: t('receipt.statusLabel') }), el('dd', { text: t(`status.${accepted.status}`) })),
    el('p', { className: 'notice', attrs: { role: 'note' }, text: t('receipt.keep') }),
    copyButton(receipt),
    el('p', {}, el('a', { className: 'button-primary', text: t('receipt.statusLink'), attrs: { href: link, id: 'status-link' } })),
    el('p', { className: 'hint' }, `${t('receipt.apiLink')} `, el('a', { text: statusUrl.pathname, attrs: { href: statusUrl.href } })));
  container.hidden = false;
  heading.focus();
}

/** A fresh Idempotency-Key (UUID text; the server accepts 16–128 letters, digits and -_.:). */
function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What the user entered, a chosen file by name, size and date: equal text means the same
 * submission. An empty file input yields a nameless File stamped with the time it was read, so it
 * counts as nothing.
 */
function formSnapshot(form) {
  const text = value => !(value instanceof File) ? value : value.name ? `${value.name}:${value.size}:${value.lastModified}` : '';
  return JSON.stringify(Array.from(new FormData(form), ([name, value]) => [name, text(value)]));
}

/**
 * Submits a validated form with `send(headers)` (which returns the 202 body) and ends on the
 * receipt; field errors from the server go beside their fields, other refusals above the form.
 * Every attempt carries an Idempotency-Key, kept while the form holds what it held at the last
 * attempt: pressing submit again after a lost answer (offline, 503) returns the first answer
 * instead of storing a second copy or being refused as a duplicate; an edited form is a new
 * submission with a new key. (The form is compared, not watched: a field's change event fires
 * late, when focus leaves it, which may be after the attempt.)
 */
export function submitWith(form, controller, send, idleLabelKey) {
  let attempt = { snapshot: null, key: null };
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!controller.validateAll()) return;
    const snapshot = formSnapshot(form);
    if (snapshot !== attempt.snapshot) attempt = { snapshot, key: newIdempotencyKey() };
    const idempotencyKey = attempt.key;
    const submit = byId('submit');
    submit.disabled = true;
    submit.textContent = t('form.sending');
    try {
      const accepted = await send({ 'Idempotency-Key': idempotencyKey });
      form.hidden = true;
      showReceipt(byId('receipt'), accepted, pageHref);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) controller.showServerErrors(error.problem);
      else if (error instanceof ApiError) controller.showGeneral(refusal(error));
      else controller.showGeneral(t('form.offline'));
    } finally {
      submit.disabled = false;
      submit.textContent = t(idleLabelKey);
    }
  });
}
