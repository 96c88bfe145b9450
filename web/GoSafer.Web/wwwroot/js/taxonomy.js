// Taxonomy labels in the UI language (GET /api/taxonomy?ui=), loaded once per page.
import { getJson } from './api.js';

let cached;

export async function loadTaxonomy(ui) {
  cached ??= getJson('/taxonomy', new URLSearchParams({ ui })).then(body => ({
    raw: body,
    age: new Map(body.ageBands.map(b => [b.id, b.label])),
    harm: new Map(body.harms.map(h => [h.id, h.label])),
    lang: new Map(body.languages.map(l => [l.id, l.label])),
    audience: new Map(body.audiences.map(a => [a.id, a.label])),
    type: new Map(body.resourceTypes.map(r => [r.id, r.label])),
    evidence: new Map(body.evidenceLevels.map(e => [e.id, e.label])),
    evidenceDescription: new Map(body.evidenceLevels.map(e => [e.id, e.description])),
  }));
  return cached;
}

/** The label of a facet value, or the value itself when the taxonomy does not know it. */
export function labelOf(taxonomy, facet, value) {
  return taxonomy?.[facet]?.get(value) ?? value;
}
