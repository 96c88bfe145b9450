// Autocomplete for the search box (ARIA combobox with a listbox). A concept suggestion applies a
// facet filter; a title suggestion opens the resource's detail page.
import { el, debounce } from './dom.js';
import { getJson } from './api.js';
import { t } from './i18n.js';

export function attachAutocomplete(input, list, { ui, onConcept, onTitle }) {
  let items = [];
  let active = -1;
  let controller;

  const close = () => {
    items = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const choose = index => {
    const suggestion = items[index];
    close();
    if (!suggestion) return;
    if (suggestion.kind === 'concept' && suggestion.facet && suggestion.value) onConcept(suggestion);
    else if (suggestion.kind === 'title' && suggestion.id) onTitle(suggestion);
  };

  const highlight = index => {
    active = index;
    [...list.children].forEach((node, i) => node.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const render = suggestions => {
    items = suggestions;
    active = -1;
    if (items.length === 0 || document.activeElement !== input) {
      close();
      return;
    }
    list.replaceChildren(...items.map((s, i) => {
      const option = el('li', { className: `suggestion suggestion-${s.kind}`, attrs: { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false' } },
        el('span', { className: 'suggestion-text', text: s.text }),
        el('span', { className: 'suggestion-kind', text: t(s.kind === 'concept' ? 'suggest.filter' : 'suggest.resource') }));
      // mousedown keeps focus in the input until the choice is made.
      option.addEventListener('mousedown', event => event.preventDefault());
      option.addEventListener('click', () => choose(i));
      return option;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const fetchSuggestions = debounce(async () => {
    const q = input.value.trim();
    controller?.abort();
    if (q.length < 2) {
      close();
      return;
    }
    controller = new AbortController();
    try {
      const body = await getJson('/suggest', new URLSearchParams({ q, ui }), controller.signal);
      if (input.value.trim() === q) render(body.suggestions ?? []);
    } catch {
      // Suggestions are a convenience: a failure leaves the plain search box working.
    }
  }, 150);

  input.addEventListener('input', fetchSuggestions);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', event => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight((active + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  return { close };
}
