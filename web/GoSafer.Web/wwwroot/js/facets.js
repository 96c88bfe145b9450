// The facet panel: one fieldset of checkboxes per facet, the harm facet as a tree. Counts come from
// the API and are disjunctive: a facet's counts ignore its own selection.
import { el, idToken } from './dom.js';
import { t, formatNumber } from './i18n.js';
import { FACETS } from './search-state.js';

function option(facet, view, onToggle) {
  const id = `facet-${facet}-${idToken(view.value)}`;
  const input = el('input', { attrs: { type: 'checkbox', id, name: facet, value: view.value } });
  input.checked = view.selected;
  input.addEventListener('change', () => onToggle(facet, view.value, input.checked));
  const label = el('label', { attrs: { for: id } },
    el('span', { className: 'facet-label', text: view.label }),
    el('span', { className: 'facet-count', text: formatNumber(view.count) }));
  return el('li', { className: 'facet-option' }, input, label);
}

/** Harm values carry their parent: children are listed under their parent. */
function tree(facet, views, onToggle) {
  const present = new Set(views.map(v => v.value));
  const children = new Map();
  for (const view of views) {
    const parent = view.parent && present.has(view.parent) ? view.parent : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(view);
  }
  const build = parent => {
    const list = el('ul', { className: parent ? 'facet-options facet-children' : 'facet-options' });
    for (const view of children.get(parent) ?? []) {
      const item = option(facet, view, onToggle);
      if (children.has(view.value)) item.append(build(view.value));
      list.append(item);
    }
    return list;
  };
  return build(null);
}

export function renderFacets(container, facets, onToggle) {
  const focused = document.activeElement?.id;
  const groups = [];
  for (const facet of FACETS) {
    const views = facets?.[facet] ?? [];
    if (views.length === 0) continue;
    const list = facet === 'harm'
      ? tree(facet, views, onToggle)
      : el('ul', { className: 'facet-options' }, ...views.map(v => option(facet, v, onToggle)));
    groups.push(el('fieldset', { className: 'facet', attrs: { 'data-facet': facet } },
      el('legend', { text: t(`facet.${facet}`) }), list));
  }
  if (groups.length === 0) groups.push(el('p', { className: 'hint', text: t('facets.none') }));
  container.replaceChildren(...groups);
  // Re-rendering must not lose the keyboard user's place.
  if (focused && focused.startsWith('facet-')) document.getElementById(focused)?.focus();
}
