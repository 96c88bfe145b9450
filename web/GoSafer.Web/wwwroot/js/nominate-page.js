// Nominate an expert: the nomination contract, validated as the user types.
import { byId } from './dom.js';
import { postJson } from './api.js';
import { startPage } from './shell.js';
import { t, pageHref, UI_LANGUAGES } from './i18n.js';
import { loadTaxonomy } from './taxonomy.js';
import * as rules from './validation.js';
import { createFormController, fieldSpec, checkboxList, checkedValues, submitWith } from './forms.js';

const ui = await startPage('nominate.pageTitle');
const taxonomy = await loadTaxonomy(ui);
const value = id => byId(id).value.trim();

checkboxList(byId('expertise-list'), 'expertise', taxonomy.raw.harms, { tree: true });
checkboxList(byId('languages-list'), 'languages', UI_LANGUAGES.map(code => ({ id: code, label: taxonomy.lang.get(code) ?? code })));

const role = () => byId('role').querySelector('input:checked')?.value;
const fields = [
  fieldSpec('nominee.name', 'nomineeName', () => rules.text(value('nomineeName'), { required: true, max: 200 })),
  fieldSpec('nominee.email', 'nomineeEmail', () => rules.email(value('nomineeEmail'))),
  fieldSpec('nominee.affiliation', 'nomineeAffiliation', () => rules.text(value('nomineeAffiliation'), { required: true, max: 300 })),
  fieldSpec('nominee.country', 'nomineeCountry', () => rules.codeList(value('nomineeCountry'), rules.COUNTRY_CODE, 'validation.country')),
  fieldSpec('expertise', 'expertise', () => (checkedValues(byId('expertise-list')).length ? null : t('validation.chooseOne'))),
  fieldSpec('languages', 'languages', null),
  fieldSpec('regions', 'regions', () => (value('regions').split(',').some(r => r.trim().length > 100) ? t('validation.maxLength', { max: 100 }) : null)),
  fieldSpec('role', 'role', () => (role() ? null : t('validation.chooseRole'))),
  fieldSpec('statement', 'statement', () => rules.text(value('statement'), { required: true, min: 20, max: 5000 })),
  fieldSpec('conflictsOfInterest', 'conflicts', () => rules.text(value('conflicts'), { max: 2000 })),
  fieldSpec('nominator.name', 'nominatorName', () => rules.text(value('nominatorName'), { required: true, max: 200 })),
  fieldSpec('nominator.email', 'nominatorEmail', () => rules.email(value('nominatorEmail'))),
  fieldSpec('nominator.organization', 'nominatorOrganization', () => rules.text(value('nominatorOrganization'), { max: 300 })),
  fieldSpec('consent', 'consent', () => (byId('consent').checked ? null : t('validation.consent'))),
];
const form = byId('nomination-form');
const controller = createFormController(form, fields);

function nominationBody() {
  const nominee = { name: value('nomineeName'), email: value('nomineeEmail'), affiliation: value('nomineeAffiliation') };
  if (value('nomineeCountry')) nominee.country = value('nomineeCountry').toUpperCase();
  const nominator = { name: value('nominatorName'), email: value('nominatorEmail') };
  if (value('nominatorOrganization')) nominator.organization = value('nominatorOrganization');
  const body = {
    nominee,
    expertise: checkedValues(byId('expertise-list')),
    role: role(),
    statement: byId('statement').value.trim(),
    nominator,
    consent: byId('consent').checked,
  };
  const languages = checkedValues(byId('languages-list'));
  if (languages.length) body.languages = languages;
  const regions = value('regions').split(',').map(r => r.trim()).filter(Boolean);
  if (regions.length) body.regions = regions;
  if (value('conflicts')) body.conflictsOfInterest = byId('conflicts').value.trim();
  // The honeypot: people never see it; the server quietly drops submissions that fill it.
  if (value('website')) body.website = value('website');
  return body;
}

submitWith(form, controller, headers => postJson('/nominations', nominationBody(), undefined, headers), 'nominate.submit');
