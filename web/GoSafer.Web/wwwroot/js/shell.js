// The frame every page shares: skip link target, header with navigation and language switcher,
// footer. Pages call startPage() first; it loads the strings of the UI language and translates.
import { el, byId } from './dom.js';
import { UI_LANGUAGES, NATIVE_NAMES, chooseUiLanguage, loadStrings, translate, t, pageHref } from './i18n.js';

// An entry with available: false stays hidden (no dead links to pages that do not exist yet).
// `pages` lists the other pages an entry stands for (marked current there too).
const NAVIGATION = [
  { page: 'index.html', key: 'nav.search', available: true },
  { page: 'gaps.html', key: 'nav.gaps', available: true },
  { page: 'contribute.html', key: 'nav.contribute', available: true },
  { page: 'nominate.html', key: 'nav.nominate', available: true },
  { page: 'status.html', key: 'nav.status', available: true },
  { page: 'review.html', key: 'nav.review', available: true, pages: ['review-item.html', 'roster.html', 'audit.html'] },
];

function currentPage() {
  const name = location.pathname.split('/').pop();
  return name === '' ? 'index.html' : name;
}

function languageSwitcher(ui) {
  const select = el('select', { attrs: { id: 'ui-select', name: 'ui' } });
  for (const code of UI_LANGUAGES) {
    const option = el('option', { text: NATIVE_NAMES[code], attrs: { value: code, lang: code === 'zh' ? 'zh-Hans' : code } });
    option.selected = code === ui;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const params = new URLSearchParams(location.search);
    params.set('ui', select.value);
    location.assign(`${location.pathname}?${params}${location.hash}`);
  });
  return el('div', { className: 'language-switcher' },
    el('label', { text: t('nav.language'), attrs: { for: 'ui-select' } }), select);
}

function header(ui) {
  const here = currentPage();
  const list = el('ul', { className: 'nav-list' });
  for (const item of NAVIGATION.filter(i => i.available)) {
    const link = el('a', { text: t(item.key), attrs: { href: pageHref(item.page) } });
    if (item.page === here || item.pages?.includes(here)) link.setAttribute('aria-current', 'page');
    list.append(el('li', {}, link));
  }
  return [
    el('div', { className: 'header-top' },
      el('a', { className: 'brand', attrs: { href: pageHref('index.html') } },
        el('span', { className: 'brand-name', text: 'GO-SAFER' }),
        el('span', { className: 'brand-hub', text: t('site.hub') })),
      languageSwitcher(ui)),
    el('p', { className: 'tagline', text: t('site.tagline') }),
    el('nav', { className: 'site-nav', attrs: { 'aria-label': t('nav.label') } }, list),
  ];
}

function footer() {
  return [
    el('p', { text: t('site.footer') }),
    el('p', { className: 'footer-note', text: t('site.samples') }),
  ];
}

/** Loads the UI language (kept in ?ui=), translates the page and draws the shared frame. */
export async function startPage(titleKey) {
  const ui = chooseUiLanguage();
  const params = new URLSearchParams(location.search);
  if (params.get('ui') !== ui) {
    params.set('ui', ui);
    history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
  }
  await loadStrings(ui);
  translate(document);
  byId('site-header').replaceChildren(...header(ui));
  byId('site-footer').replaceChildren(...footer());
  setTitle(t(titleKey));
  return ui;
}

export function setTitle(text) {
  document.title = `${text} · GO-SAFER`;
}
