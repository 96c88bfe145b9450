using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Autocomplete over taxonomy labels and synonyms (in all six UN languages, labels shown in the
/// UI language) and resource titles (earlier words exact, the last one as a prefix).
/// </summary>
public sealed class CatalogSuggester
{
    private const int MaxConcepts = 4;
    private readonly SearchableIndex _index;
    private readonly CatalogQueryBuilder _queries;
    private readonly List<(string Normalized, string Facet, Concept Concept)> _names = [];

    public CatalogSuggester(SearchableIndex index)
    {
        _index = index;
        _queries = new CatalogQueryBuilder(index);
        var d = index.Taxonomy.Document;
        var facets = new (string Facet, IEnumerable<Concept> Concepts)[]
        {
            (Facets.Harm, d.Harms), (Facets.Audience, d.Audiences), (Facets.Type, d.ResourceTypes),
        };
        foreach (var (facet, concepts) in facets)
        {
            foreach (var concept in concepts)
            {
                var names = concept.Labels.Values.Concat(concept.Synonyms?.Values.SelectMany(s => s) ?? []);
                foreach (var name in names.Select(ConceptMatcher.Normalize).Distinct(StringComparer.Ordinal))
                {
                    _names.Add((name, facet, concept));
                }
            }
        }
    }

    public IReadOnlyList<Suggestion> Suggest(string text, string ui, int max = 8)
    {
        var normalized = ConceptMatcher.Normalize(text);
        if (normalized.Length < 2)
        {
            return [];
        }

        var suggestions = new List<Suggestion>();
        var concepts = _names
            .Where(n => n.Normalized.StartsWith(normalized, StringComparison.Ordinal)
                        || n.Normalized.Contains(" " + normalized, StringComparison.Ordinal))
            .OrderBy(n => n.Normalized.StartsWith(normalized, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(n => n.Normalized.Length)
            .Select(n => (n.Facet, n.Concept))
            .Distinct()
            .Take(MaxConcepts);
        foreach (var (facet, concept) in concepts)
        {
            suggestions.Add(new Suggestion(HubTaxonomy.LabelOf(concept, ui), "concept", Facet: facet, Value: concept.Id));
        }

        suggestions.AddRange(Titles(text, max - suggestions.Count));
        return suggestions;
    }

    private List<Suggestion> Titles(string text, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var query = new BooleanQuery();
        for (var i = 0; i < words.Length; i++)
        {
            var token = _queries.NeutralToken(words[i]);
            if (token is null)
            {
                continue;
            }

            Query clause = i == words.Length - 1
                ? new PrefixQuery(new Term(IndexFields.VocabularyTitle, token))
                : new TermQuery(new Term(IndexFields.VocabularyTitle, token));
            query.Add(clause, Occur.MUST);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        using var lease = _index.AcquireSearcher();
        var top = lease.Searcher.Search(query, max);
        var records = new HitRecords(lease.Searcher.IndexReader);
        return top.ScoreDocs
            .Select(d => records.Read(d.Doc))
            .Select(record => new Suggestion(record.Title, "title", Id: record.Id))
            .ToList();
    }
}
