// Contribute a resource: live validation mirroring the server rules, tag suggestions, optional
// attachment (multipart/form-data), server problem details next to their fields, receipt.
import { el, byId } from './dom.js';
import { postJson, postForm } from './api.js';
import { startPage } from './shell.js';
import { t, pageHref, UI_LANGUAGES } from './i18n.js';
import { loadTaxonomy } from './taxonomy.js';
import * as rules from './validation.js';
import { createFormController, fieldSpec, checkboxList, checkedValues, submitWith } from './forms.js';
import { attachTagSuggestions } from './tag-suggestions.js';

const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
const ui = await startPage('contribute.pageTitle');
const taxonomy = await loadTaxonomy(ui);
const value = id => byId(id).value.trim();

function fillSelect(select, values, emptyKey) {
  select.replaceChildren(el('option', { text: t(emptyKey), attrs: { value: '' } }),
    ...values.map(v => el('option', { text: v.label, attrs: { value: v.id } })));
}

checkboxList(byId('languages-list'), 'languages', UI_LANGUAGES.map(code => ({ id: code, label: taxonomy.lang.get(code) ?? code })));
checkboxList(byId('harms-list'), 'harms', taxonomy.raw.harms, { tree: true });
checkboxList(byId('audiences-list'), 'audiences', taxonomy.raw.audiences);
fillSelect(byId('resourceType'), taxonomy.raw.resourceTypes, 'form.choose');
fillSelect(byId('evidenceLevel'), taxonomy.raw.evidenceLevels, 'form.choose');
byId('publishedYear').max = String(new Date().getUTCFullYear() + 1);

function languages() {
  return [...new Set([...checkedValues(byId('languages-list')), ...rules.splitList(value('languages-other')).map(s => s.toLowerCase())])];
}

const fields = [
  fieldSpec('title', 'title', () => rules.text(value('title'), { required: true, min: 3, max: 300 })),
  fieldSpec('description', 'description', () => rules.text(value('description'), { required: true, min: 20, max: 5000 })),
  fieldSpec('url', 'url', () => rules.httpUrl(value('url'), { required: true })),
  fieldSpec('organization', 'organization', () => rules.text(value('organization'), { required: true, min: 2, max: 300 })),
  fieldSpec('languages', 'languages', () => languages().length === 0
    ? t('validation.chooseOne')
    : rules.codeList(value('languages-other'), rules.LANGUAGE_TAG, 'validation.language')),
  fieldSpec('ageMin', 'ageMin', () => rules.wholeNumber(value('ageMin'), { min: 0, max: 18 }), { revalidates: ['ageMax'] }),
  fieldSpec('ageMax', 'ageMax', () => rules.wholeNumber(value('ageMax'), { min: 0, max: 18 }) ?? rules.ageOrder(value('ageMin'), value('ageMax')), { revalidates: ['ageMin'] }),
  fieldSpec('harms', 'harms', null),
  fieldSpec('audiences', 'audiences', null),
  fieldSpec('resourceType', 'resourceType', null),
  fieldSpec('countries', 'countries', () => rules.codeList(value('countries'), rules.COUNTRY_CODE, 'validation.country')),
  fieldSpec('license', 'license', () => rules.text(value('license'), { max: 200 })),
  fieldSpec('publishedYear', 'publishedYear', () => rules.wholeNumber(value('publishedYear'), { min: 1900, max: new Date().getUTCFullYear() + 1 })),
  fieldSpec('evidence.level', 'evidenceLevel', null),
  fieldSpec('evidence.design', 'evidenceDesign', () => rules.text(value('evidenceDesign'), { max: 200 })),
  fieldSpec('evidence.citations.doi', 'citationDoi', () => (value('citationDoi') && !rules.DOI.test(value('citationDoi')) ? t('validation.doi') : null)),
  fieldSpec('evidence.citations.url', 'citationUrl', () => rules.httpUrl(value('citationUrl'))),
  fieldSpec('attachment', 'attachment', () => (byId('attachment').files[0]?.size > MAX_ATTACHMENT_BYTES ? t('validation.attachmentSize') : null)),
  fieldSpec('contact.name', 'contactName', () => rules.text(value('contactName'), { required: true, max: 200 })),
  fieldSpec('contact.email', 'contactEmail', () => rules.email(value('contactEmail'))),
];
const form = byId('resource-form');
const controller = createFormController(form, fields);

function resourceBody() {
  const body = {
    title: value('title'),
    description: byId('description').value.trim(),
    url: value('url'),
    organization: value('organization'),
    languages: languages(),
    contact: { name: value('contactName'), email: value('contactEmail') },
  };
  if (value('ageMin')) body.ageMin = Number(value('ageMin'));
  if (value('ageMax')) body.ageMax = Number(value('ageMax'));
  const harms = checkedValues(byId('harms-list'));
  if (harms.length) body.harms = harms;
  const audiences = checkedValues(byId('audiences-list'));
  if (audiences.length) body.audiences = audiences;
  if (value('resourceType')) body.resourceType = value('resourceType');
  const countries = rules.splitList(value('countries')).map(c => c.toUpperCase());
  if (countries.length) body.countries = countries;
  if (value('license')) body.license = value('license');
  if (value('publishedYear')) body.publishedYear = Number(value('publishedYear'));
  const evidence = {};
  if (value('evidenceLevel')) evidence.level = value('evidenceLevel');
  if (value('evidenceDesign')) evidence.design = value('evidenceDesign');
  if (value('citationDoi') || value('citationUrl')) {
    const citation = {};
    if (value('citationDoi')) citation.doi = value('citationDoi');
    if (value('citationUrl')) citation.url = value('citationUrl');
    evidence.citations = [citation];
  }
  if (Object.keys(evidence).length) body.evidence = evidence;
  // The honeypot: people never see it; the server quietly drops submissions that fill it.
  if (value('website')) body.website = value('website');
  return body;
}

submitWith(form, controller, headers => {
  const body = resourceBody();
  const file = byId('attachment').files[0];
  if (!file) return postJson('/resources', body, undefined, headers);
  const data = new FormData();
  data.append('resource', new Blob([JSON.stringify(body)], { type: 'application/json' }), 'resource.json');
  data.append('attachment', file, file.name);
  return postForm('/resources', data, headers);
}, 'contribute.submit');

function check(listId, id) {
  const box = byId(listId).querySelector(`input[value="${CSS.escape(id)}"]`);
  if (box) {
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  }
  return Boolean(box);
}

attachTagSuggestions({
  taxonomy,
  apply: {
    has: (kind, v) => ({
      language: () => languages().includes(v),
      harm: () => checkedValues(byId('harms-list')).includes(v),
      audience: () => checkedValues(byId('audiences-list')).includes(v),
      type: () => value('resourceType') === v,
      ages: () => value('ageMin') === String(v.min) && value('ageMax') === String(v.max),
    })[kind](),
    language: code => {
      if (!check('languages-list', code)) {
        const other = rules.splitList(value('languages-other'));
        byId('languages-other').value = [...other, code].join(', ');
      }
    },
    harm: id => check('harms-list', id),
    audience: id => check('audiences-list', id),
    type: id => {
      byId('resourceType').value = id;
    },
    ages: (min, max) => {
      byId('ageMin').value = String(min);
      byId('ageMax').value = String(max);
    },
  },
});
