// Pieces of the pages that list a record's fields (resource detail, review item, roster).
import { el } from './dom.js';
import { t, uiLanguage } from './i18n.js';

/** A country's name in the UI language ("AM" → "Armenia"), the code when the browser does not know it. */
export function countryName(code) {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A <dt>/<dd> pair, or nothing when the value is empty; lists become tag lists. */
export function row(labelKey, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return [];
  const content = Array.isArray(value)
    ? el('ul', { className: 'tags' }, ...value.map(v => el('li', { className: 'tag', text: v })))
    : value instanceof Node ? value : document.createTextNode(String(value));
  return [el('dt', { text: t(labelKey) }), el('dd', {}, content)];
}
