// One submission for the board: its versions, decisions and conflict declarations, and the
// decision form. The server judges every decision; the page only predicts the refusals it can
// see (a declared conflict, the member's own nomination, a version already decided) to spare a
// pointless form, and shows the server's answer beside the fields or, for 409, as its own alert.
import { el, byId, fill, safeHttpUrl } from './dom.js';
import { ApiError } from './api.js';
import { startPage, setTitle } from './shell.js';
import { t, pageHref, formatNumber, uiLanguage } from './i18n.js';
import { loadTaxonomy, labelOf } from './taxonomy.js';
import { ageText, contentAttrs } from './results.js';
import { createFormController, fieldSpec } from './forms.js';
import { boardMember, boardJson, boardFailure, formatDateTime, isAdmin } from './board.js';
import { row, countryName } from './details.js';

await startPage('item.pageTitle');
const member = await boardMember();
const params = new URLSearchParams(location.search);
const kind = params.get('kind') === 'nomination' ? 'nomination' : 'resource';
const plural = `${kind}s`;
const id = params.get('id') ?? '';
const taxonomy = await loadTaxonomy(uiLanguage()).catch(() => null);
byId('back-link').href = pageHref('review.html', { kind: plural });

const status = byId('item-status');
const article = byId('item');
const outcome = byId('decision-outcome');
const decide = byId('decide');
const form = byId('decision-form');
const refused = byId('decision-refused');
let item = null;

function paragraphs(text, attrs) {
  return el('div', { className: 'long-text', attrs }, ...String(text).split(/\n+/).filter(Boolean).map(p => el('p', { text: p })));
}

function link(url) {
  const href = safeHttpUrl(url);
  return href ? el('a', { text: url, attrs: { href, rel: 'noopener noreferrer' } }) : document.createTextNode(url ?? '');
}

function person(name, email, extra) {
  return el('span', {}, el('span', { text: name, attrs: { dir: 'auto' } }), ' · ', el('span', { text: email, attrs: { dir: 'ltr' } }),
    extra ? el('span', { text: ` · ${extra}`, attrs: { dir: 'auto' } }) : null);
}

function statusLabel(value) {
  return t(`status.${value}`);
}

function resourceFacts(r, attachment) {
  const content = contentAttrs(r.languages);
  const evidence = r.evidence ?? {};
  const citations = (evidence.citations ?? []).map(c => [c.text, c.doi ? `doi:${c.doi}` : null, c.url].filter(Boolean).join(' · '));
  return el('dl', { className: 'details' },
    ...row('field.title', el('span', { text: r.title, attrs: content })),
    ...row('field.description', paragraphs(r.description, content)),
    ...row('field.url', link(r.url)),
    ...row('field.organization', el('span', { text: r.organization, attrs: { dir: 'auto' } })),
    ...row('field.languages', r.languages.map(l => labelOf(taxonomy, 'lang', l))),
    ...row('field.ages', ageText(r.ageMin, r.ageMax)),
    ...row('field.harms', (r.harms ?? []).map(h => labelOf(taxonomy, 'harm', h))),
    ...row('field.audiences', (r.audiences ?? []).map(a => labelOf(taxonomy, 'audience', a))),
    ...row('field.resourceType', r.resourceType ? labelOf(taxonomy, 'type', r.resourceType) : null),
    ...row('resource.countries', (r.countries ?? []).map(countryName)),
    ...row('field.license', r.license),
    ...row('field.publishedYear', r.publishedYear),
    ...row('field.evidenceLevel', evidence.level ? labelOf(taxonomy, 'evidence', evidence.level) : null),
    ...row('field.evidenceDesign', evidence.design),
    ...row('evidence.citations', citations),
    ...row('resource.attachment', attachment ? `${attachment.fileName} (${attachment.kind.toUpperCase()}, ${formatNumber(Math.ceil(attachment.length / 1024))} KB)` : null),
    ...row('item.contact', person(r.contact.name, r.contact.email)));
}

function nominationFacts(n) {
  return el('dl', { className: 'details' },
    ...row('field.name', el('span', { text: n.nominee.name, attrs: { dir: 'auto' } })),
    ...row('field.email', el('span', { text: n.nominee.email, attrs: { dir: 'ltr' } })),
    ...row('field.affiliation', el('span', { text: n.nominee.affiliation, attrs: { dir: 'auto' } })),
    ...row('item.country', n.nominee.country ? countryName(n.nominee.country) : null),
    ...row('field.role', t(`role.${n.role}`)),
    ...row('field.expertise', n.expertise.map(h => labelOf(taxonomy, 'harm', h))),
    ...row('field.workingLanguages', (n.languages ?? []).map(l => labelOf(taxonomy, 'lang', l))),
    ...row('item.regions', n.regions ?? []),
    ...row('field.statement', paragraphs(n.statement, { dir: 'auto' })),
    ...row('item.nominatorConflicts', n.conflictsOfInterest ? paragraphs(n.conflictsOfInterest, { dir: 'auto' }) : null),
    ...row('nominate.nominator', person(n.nominator.name, n.nominator.email, n.nominator.organization)),
    ...row('item.consent', n.consent ? t('item.consentGiven') : t('item.consentMissing')));
}

function versionFacts(version) {
  return version.resource ? resourceFacts(version.resource, version.attachment) : nominationFacts(version.nomination);
}

function approvalsOf(latest) {
  return new Set(item.decisions.filter(d => d.version === latest.number && d.decision === 'approve').map(d => d.reviewer)).size;
}

function quorumSection(latest) {
  const approvals = approvalsOf(latest);
  const quorum = member.nominationQuorum;
  return el('section', { className: 'panel quorum', attrs: { 'aria-labelledby': 'quorum-heading' } },
    el('h2', { text: t('quorum.heading'), attrs: { id: 'quorum-heading' } }),
    el('p', { text: t('quorum.progress', { count: formatNumber(approvals), quorum: formatNumber(quorum), version: formatNumber(latest.number) }), attrs: { id: 'quorum-text' } }),
    el('progress', { attrs: { id: 'quorum-progress', max: quorum, value: Math.min(approvals, quorum), 'aria-labelledby': 'quorum-text' } }),
    el('p', { className: 'hint', text: t('quorum.hint') }));
}

function decisionHistory() {
  const heading = el('h2', { text: t('history.heading'), attrs: { id: 'history-heading' } });
  const body = item.decisions.length
    ? el('ol', { className: 'decision-history', attrs: { id: 'decision-history' } }, ...item.decisions.map(d => el('li', {},
      el('p', {}, el('strong', { text: t(`decision.${d.decision}`) }),
        ` · ${d.reviewer} · ${formatDateTime(d.decidedAt)} · ${t('history.version', { version: formatNumber(d.version) })}`),
      el('p', { className: 'reason', text: d.reason, attrs: { dir: 'auto' } }))))
    : el('p', { text: t('history.none') });
  const conflicts = el('p', {},
    el('strong', { text: `${t('history.conflicts')} ` }),
    el('span', { text: item.conflictsDeclaredBy.length ? item.conflictsDeclaredBy.join(', ') : t('history.noConflicts'), attrs: { id: 'conflicts-declared' } }));
  return el('section', { className: 'panel', attrs: { 'aria-labelledby': 'history-heading' } }, heading, body, conflicts);
}

function versionsSection(latest) {
  const earlier = item.versions.slice(0, -1).reverse();
  return [
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'current-heading' } },
      el('h2', { text: t('versions.current', { version: formatNumber(latest.number) }), attrs: { id: 'current-heading' } }),
      el('p', { className: 'hint', text: `${t('status.submittedAt')}: ${formatDateTime(latest.submittedAt)}` }),
      versionFacts(latest)),
    earlier.length
      ? el('section', { className: 'panel', attrs: { 'aria-labelledby': 'earlier-heading' } },
        el('h2', { text: t('versions.earlier'), attrs: { id: 'earlier-heading' } }),
        ...earlier.map(v => el('details', { className: 'version' },
          el('summary', { text: `${t('history.version', { version: formatNumber(v.number) })} · ${formatDateTime(v.submittedAt)}` }),
          versionFacts(v))))
      : null,
  ];
}

function render() {
  const latest = item.versions.at(-1);
  const title = latest.resource?.title ?? latest.nomination?.nominee.name ?? item.id;
  setTitle(title);
  fill(article,
    el('h1', { text: title, attrs: { dir: 'auto', id: 'item-title', tabindex: '-1' } }),
    kind === 'nomination' ? el('p', { className: 'notice', text: t('item.personalData'), attrs: { role: 'note' } }) : null,
    el('dl', { className: 'details' },
      ...row('status.kind', t(`kind.${item.kind}`)),
      ...row('receipt.statusLabel', el('span', { className: `badge status-${item.status}`, text: statusLabel(item.status), attrs: { id: 'item-status-value' } })),
      ...row('receipt.id', el('code', { text: item.id })),
      ...row('status.submittedAt', formatDateTime(item.submittedAt)),
      ...row('status.updatedAt', formatDateTime(item.updatedAt))),
    kind === 'nomination' ? quorumSection(latest) : null,
    ...versionsSection(latest),
    decisionHistory());
  article.hidden = false;
  status.hidden = true;
  drawDecisionForm(latest);
  // The server writes this placeholder over every erased name.
  byId('erase').hidden = !(isAdmin(member) && kind === 'nomination' && latest.nomination?.nominee.name !== '[erased]');
}

/** Why this member cannot decide now, as far as the page can tell; the server checks again. */
function blockedReason(latest) {
  if (item.conflictsDeclaredBy.includes(member.name)) return t('decide.blockedConflict');
  const n = latest.nomination;
  const me = member.name.toLowerCase();
  if (n && [n.nominee.name, n.nominee.email, n.nominator.name, n.nominator.email].some(p => p?.toLowerCase() === me)) return t('decide.blockedParty');
  const decidable = item.status === 'pending' || (kind === 'resource' && item.status === 'published');
  if (!decidable) return t('decide.blockedStatus', { status: statusLabel(item.status) });
  if (item.status === 'pending' && item.decisions.some(d => d.reviewer === member.name && d.version === latest.number)) return t('decide.blockedDecided');
  return null;
}

function drawDecisionForm(latest) {
  const blocked = blockedReason(latest);
  const note = byId('decide-blocked');
  note.textContent = blocked ?? (item.status === 'published' ? t('decide.reReview') : '');
  note.hidden = !note.textContent;
  form.hidden = Boolean(blocked);
  decide.hidden = false;
}

const conflictChoice = () => form.querySelector('input[name=conflict]:checked')?.value;
const decisionChoice = () => form.querySelector('input[name=decision]:checked')?.value;
const declaring = () => conflictChoice() === 'declared';

const controller = createFormController(form, [
  fieldSpec('conflictOfInterest', 'conflict', () => (conflictChoice() ? null : t('decide.conflictRequired')), { revalidates: ['decision', 'reason'] }),
  fieldSpec('decision', 'decision', () => (declaring() || decisionChoice() ? null : t('decide.decisionRequired'))),
  fieldSpec('reason', 'reason', () => {
    if (declaring()) return null;
    const reason = byId('reason').value.trim();
    if (!reason) return t('validation.required');
    if (reason.length < 3) return t('validation.minLength', { min: 3 });
    return reason.length > 2000 ? t('validation.maxLength', { max: 2000 }) : null;
  }),
]);

function syncConflictChoice() {
  byId('decision-fields').hidden = declaring();
  byId('submit').textContent = t(declaring() ? 'decide.submitConflict' : 'decide.submit');
}
for (const radio of form.querySelectorAll('input[name=conflict]')) radio.addEventListener('change', syncConflictChoice);

function outcomeText(result, declared) {
  if (declared) return t('decide.outcomeConflict');
  if (result.status === 'published') return t('decide.outcomePublished');
  if (result.status === 'approved') return t('decide.outcomeApproved');
  if (result.status === 'changes-requested') return t('decide.outcomeChanges');
  if (result.status === 'rejected' || result.status === 'withdrawn') return t('decide.outcomeRejected');
  return t('decide.outcomeRecorded', { status: statusLabel(result.status) });
}

function showOutcome(result, declared) {
  const follow = declared ? null
    : result.status === 'published' ? el('a', { text: t('decide.seePublic'), attrs: { href: pageHref('resource.html', { id: item.id }), id: 'public-link' } })
      : result.status === 'approved' && kind === 'nomination' ? el('a', { text: t('board.nav.roster'), attrs: { href: pageHref('roster.html') } })
        : null;
  fill(outcome, outcomeText(result, declared), follow ? ' ' : null, follow);
  outcome.hidden = false;
  outcome.focus();
}

async function load() {
  try {
    item = await boardJson(`/review/${plural}/${encodeURIComponent(id)}`);
    render();
  } catch (error) {
    status.textContent = boardFailure(error);
    status.setAttribute('role', 'alert');
    status.hidden = false;
    article.hidden = true;
    decide.hidden = true;
  }
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  refused.hidden = true;
  if (!controller.validateAll()) return;
  const declared = declaring();
  const body = declared ? { conflictOfInterest: true } : { decision: decisionChoice(), reason: byId('reason').value.trim() };
  const submit = byId('submit');
  submit.disabled = true;
  try {
    const result = await boardJson(`/review/${plural}/${encodeURIComponent(id)}/decisions`, { method: 'POST', body });
    controller.clear();
    form.reset();
    syncConflictChoice();
    await load();
    showOutcome(result, declared);
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      controller.showServerErrors(error.problem);
    } else if (error instanceof ApiError && error.status === 409) {
      byId('decision-refused-detail').textContent = error.problem?.detail ?? '';
      refused.hidden = false;
      refused.focus();
    } else {
      controller.showGeneral(boardFailure(error));
    }
  } finally {
    submit.disabled = false;
  }
});

byId('erase-form').addEventListener('submit', async event => {
  event.preventDefault();
  const confirm = byId('erase-confirm');
  const error = byId('erase-confirm-error');
  const fail = message => {
    error.textContent = message;
    error.hidden = false;
    confirm.setAttribute('aria-invalid', 'true');
    confirm.focus();
  };
  error.hidden = true;
  confirm.removeAttribute('aria-invalid');
  if (!confirm.checked) {
    fail(t('erase.confirmRequired'));
    return;
  }
  byId('erase-submit').disabled = true;
  try {
    await boardJson(`/review/nominations/${encodeURIComponent(id)}/erasure`, { method: 'POST' });
    confirm.checked = false;
    await load();
    fill(outcome, t('erase.done'));
    outcome.hidden = false;
    outcome.focus();
  } catch (failure) {
    fail(failure instanceof ApiError && failure.status === 409 ? failure.problem?.detail ?? boardFailure(failure) : boardFailure(failure));
  } finally {
    byId('erase-submit').disabled = false;
  }
});

byId('reload-item').addEventListener('click', async () => {
  refused.hidden = true;
  outcome.hidden = true;
  await load();
  byId('item-title')?.focus();
});

syncConflictChoice();
await load();
