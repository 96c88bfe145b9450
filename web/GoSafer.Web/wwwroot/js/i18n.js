// Interface strings in the six UN languages. Elements name their string with data-i18n (text),
// data-i18n-placeholder, data-i18n-aria-label; scripts call t(key, {name: value}).
export const UI_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
export const NATIVE_NAMES = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
const RIGHT_TO_LEFT = new Set(['ar']);
const HTML_LANG = { zh: 'zh-Hans' };

let strings = {};
let current = 'en';

/** The UI language: ?ui= when it is one of the six, else the browser's preference, else English. */
export function chooseUiLanguage() {
  const asked = new URLSearchParams(location.search).get('ui');
  if (UI_LANGUAGES.includes(asked)) return asked;
  for (const tag of navigator.languages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (UI_LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

export async function loadStrings(ui) {
  const response = await fetch(`i18n/${ui}.json`);
  strings = response.ok ? await response.json() : {};
  current = ui;
  const root = document.documentElement;
  root.lang = HTML_LANG[ui] ?? ui;
  root.dir = RIGHT_TO_LEFT.has(ui) ? 'rtl' : 'ltr';
}

export function uiLanguage() {
  return current;
}

export function t(key, params) {
  let text = strings[key] ?? key;
  for (const [name, value] of Object.entries(params ?? {})) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

export function translate(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of root.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
}

export function formatNumber(n) {
  return new Intl.NumberFormat(current).format(n);
}

export function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : new Intl.DateTimeFormat(current, { dateStyle: 'long' }).format(date);
}

export function formatPercent(fraction) {
  return new Intl.NumberFormat(current, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A same-site page link that keeps the UI language. */
export function pageHref(page, params = {}) {
  const query = new URLSearchParams({ ui: current });
  for (const [name, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') query.append(name, v);
    }
  }
  return `${page}?${query}`;
}
