// One-click tag suggestions for the contribute form, from POST /api/tag {title, description}.
import { el, byId, debounce } from './dom.js';
import { postJson } from './api.js';
import { t, formatPercent } from './i18n.js';
import { labelOf } from './taxonomy.js';
import { ageText } from './results.js';

/** apply: {language(code), harm(id), ages(min,max), audience(id), type(id), has(kind, value)} */
export function attachTagSuggestions({ taxonomy, apply }) {
  const status = byId('tag-status');
  const list = byId('tag-chips');
  let lastText = '';

  function chip(text, onClick) {
    const button = el('button', { className: 'chip chip-add', attrs: { type: 'button' } },
      el('span', { className: 'chip-x', text: '+', attrs: { 'aria-hidden': 'true' } }), el('span', { text }));
    button.addEventListener('click', () => {
      onClick();
      const item = button.closest('li');
      const next = item.nextElementSibling?.querySelector('button') ?? item.previousElementSibling?.querySelector('button') ?? byId('suggest-tags');
      item.remove();
      status.textContent = t('tags.added', { tag: text });
      next.focus();
    });
    return el('li', {}, button);
  }

  async function suggest({ quiet = false } = {}) {
    const title = byId('title').value.trim();
    const description = byId('description').value.trim();
    if (description.length < 20 && title.length < 3) {
      if (!quiet) status.textContent = t('tags.needText');
      return;
    }
    const key = `${title}\n${description}`;
    if (quiet && key === lastText) return;
    lastText = key;
    status.textContent = t('tags.working');
    try {
      const body = {};
      if (title) body.title = title.slice(0, 300);
      if (description) body.description = description.slice(0, 5000);
      const tags = await postJson('/tag', body);
      const chips = [];
      if (tags.language?.value && !apply.has('language', tags.language.value)) {
        const label = `${t('field.languages')}: ${labelOf(taxonomy, 'lang', tags.language.value)} (${formatPercent(tags.language.confidence)})`;
        chips.push(chip(label, () => apply.language(tags.language.value)));
      }
      for (const harm of tags.harms ?? []) {
        if (apply.has('harm', harm.id)) continue;
        chips.push(chip(`${labelOf(taxonomy, 'harm', harm.id)} (${formatPercent(harm.confidence)})`, () => apply.harm(harm.id)));
      }
      if (tags.ages && !apply.has('ages', tags.ages)) {
        chips.push(chip(ageText(tags.ages.min, tags.ages.max), () => apply.ages(tags.ages.min, tags.ages.max)));
      }
      for (const audience of tags.audiences ?? []) {
        if (apply.has('audience', audience)) continue;
        chips.push(chip(labelOf(taxonomy, 'audience', audience), () => apply.audience(audience)));
      }
      if (tags.resourceType && !apply.has('type', tags.resourceType)) {
        chips.push(chip(labelOf(taxonomy, 'type', tags.resourceType), () => apply.type(tags.resourceType)));
      }
      list.replaceChildren(...chips);
      status.textContent = chips.length ? t('tags.found', { count: chips.length }) : t('tags.none');
    } catch {
      status.textContent = t('tags.failed');
    }
  }

  byId('suggest-tags').addEventListener('click', () => suggest());
  const quietly = debounce(() => suggest({ quiet: true }), 800);
  byId('description').addEventListener('blur', quietly);
}
