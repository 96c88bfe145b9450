// schema.org LearningResource for a published resource. The JSON-LD element is data, not script:
// it is created with textContent, so the CSP (script-src 'self') has nothing to block.
import { safeHttpUrl } from './dom.js';
import { labelOf } from './taxonomy.js';

export function learningResource(resource, taxonomy, pageUrl) {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    '@id': pageUrl,
    identifier: resource.id,
    name: resource.title,
    description: resource.description,
    url: safeHttpUrl(resource.url) ?? undefined,
    inLanguage: resource.languages,
    publisher: { '@type': 'Organization', name: resource.organization },
    datePublished: resource.publishedYear ? String(resource.publishedYear) : undefined,
    dateModified: resource.updatedAt,
    license: resource.license ?? undefined,
    learningResourceType: resource.resourceType ? labelOf(taxonomy, 'type', resource.resourceType) : undefined,
    typicalAgeRange: resource.ageMin !== undefined && resource.ageMin !== null && resource.ageMax !== undefined && resource.ageMax !== null
      ? `${resource.ageMin}-${resource.ageMax}` : undefined,
    about: resource.harms.map(h => ({ '@type': 'DefinedTerm', termCode: h, name: labelOf(taxonomy, 'harm', h) })),
    audience: resource.audiences.map(a => ({ '@type': 'Audience', audienceType: labelOf(taxonomy, 'audience', a) })),
    countryOfOrigin: resource.countries.length ? resource.countries.map(c => ({ '@type': 'Country', identifier: c })) : undefined,
    citation: (resource.evidence?.citations ?? []).map(c => c.doi ? `https://doi.org/${c.doi}` : c.url).filter(Boolean),
  };
  return JSON.stringify(data);
}

export function embedJsonLd(json) {
  document.getElementById('resource-jsonld')?.remove();
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.id = 'resource-jsonld';
  script.textContent = json;
  document.head.append(script);
}
