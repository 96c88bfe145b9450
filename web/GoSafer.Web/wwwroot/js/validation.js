// Client-side mirrors of the server's field rules (functions/GoSafer.Hub/Validation). The server
// stays the judge: its problem details are shown next to the same fields.
import { t } from './i18n.js';

export function text(value, { required = false, min = 1, max = Infinity } = {}) {
  const v = (value ?? '').trim();
  if (v.length === 0) return required ? t('validation.required') : null;
  if (v.length < min) return t('validation.minLength', { min });
  if (v.length > max) return t('validation.maxLength', { max });
  return null;
}

export function httpUrl(value, { required = false } = {}) {
  const v = (value ?? '').trim();
  if (v.length === 0) return required ? t('validation.required') : null;
  if (v.length > 2048) return t('validation.maxLength', { max: 2048 });
  let url;
  try {
    url = new URL(v);
  } catch {
    return t('validation.url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return t('validation.url');
  if (!url.hostname) return t('validation.url');
  if (url.username || url.password) return t('validation.urlCredentials');
  return null;
}

export function email(value) {
  const v = (value ?? '').trim();
  if (v.length === 0) return t('validation.required');
  if (v.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) return t('validation.email');
  return null;
}

export function wholeNumber(value, { min, max }) {
  const v = (value ?? '').trim();
  if (v.length === 0) return null;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) return t('validation.number', { min, max });
  return null;
}

export function ageOrder(minValue, maxValue) {
  const min = Number.parseInt(minValue, 10);
  const max = Number.parseInt(maxValue, 10);
  return Number.isFinite(min) && Number.isFinite(max) && min > max ? t('validation.ageOrder') : null;
}

/** A comma-separated list, each item checked by a pattern. */
export function codeList(value, pattern, messageKey) {
  const items = splitList(value);
  const bad = items.filter(i => !pattern.test(i));
  return bad.length ? t(messageKey, { values: bad.join(', ') }) : null;
}

export function splitList(value) {
  return [...new Set((value ?? '').split(/[,;\s]+/).map(s => s.trim()).filter(Boolean))];
}

export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const COUNTRY_CODE = /^[A-Za-z]{2}$/;
export const DOI = /^10\.\d{4,9}\/\S+$/;
