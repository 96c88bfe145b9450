using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Builds the Lucene query for parsed user text. Each word or phrase becomes a disjunction over
/// the neutral fields and the fields of every analysed language in the index (a French word
/// stems like French text in French fields), plus the harm concept when the words name one.
/// Short queries require every word; long ones (more than <see cref="MaxRequiredWords"/> plain
/// words, typically pasted sentences) rank by how many words match.
/// </summary>
internal sealed class CatalogQueryBuilder(SearchableIndex index)
{
    public const int MaxRequiredWords = 4;
    private const float ConceptBoost = 2f;

    // Field weights and the sum over fields (tie breaker 1) were chosen on the Cranfield
    // regression test (docs/benchmarks.md): a heavier title weight or max-only scoring lost MAP.
    private const float TitleWeight = 0.5f;
    private const float BodyWeight = 1f;
    private const float OrganizationWeight = 0.2f;
    private const float TieBreaker = 1f;

    private static readonly (string Field, float Boost)[] NeutralFields =
        [(IndexFields.Title, TitleWeight), (IndexFields.Body, BodyWeight), (IndexFields.Organization, OrganizationWeight)];

    private readonly AnalysedForms _forms = new(index.Analyzer);

    /// <param name="fuzzy">Also match words within a small edit distance (typo tolerance).</param>
    public Query? Build(IReadOnlyList<QueryPart> parts, IReadOnlyList<ConceptMatch> concepts, bool fuzzy)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        var clauses = new List<(Query Query, PartOccur Occur, bool Optional)>();
        var languages = index.AnalyzedLanguages.ToList();
        var conceptAt = concepts.ToDictionary(c => c.Start);
        for (var i = 0; i < parts.Count;)
        {
            if (conceptAt.TryGetValue(i, out var concept))
            {
                var phrase = string.Join(' ', parts.Skip(i).Take(concept.Length).Select(p => p.Text));
                var text = TextClause(phrase, languages, fuzzy: false) ?? new DisjunctionMaxQuery(TieBreaker);
                text.Add(new ConstantScoreQuery(new TermQuery(new Term(Facets.Harm, concept.Concept))) { Boost = ConceptBoost });
                clauses.Add((text, parts[i].Occur, Optional: false));
                i += concept.Length;
                continue;
            }

            var part = parts[i++];
            var clause = TextClause(part.Text, languages, fuzzy && !part.IsPhrase && part.Occur != PartOccur.Excluded);
            if (clause is not null)
            {
                var isStopWord = !part.IsPhrase && part.Occur == PartOccur.Default && LanguageAnalyzers.QueryStopWords.Contains(part.Text);
                clauses.Add((clause, part.Occur, isStopWord));
            }
        }

        // Stop words only count when the query has nothing else ("the who", "to be or not to be").
        if (clauses.Any(c => !c.Optional && c.Occur != PartOccur.Excluded))
        {
            clauses.RemoveAll(c => c.Optional);
        }

        var plainWords = clauses.Count(c => c.Occur == PartOccur.Default && !c.Optional);
        var requireAll = plainWords <= MaxRequiredWords;
        var query = new BooleanQuery(disableCoord: false);
        foreach (var (clause, occur, optional) in clauses)
        {
            query.Add(clause, occur switch
            {
                PartOccur.Required => Occur.MUST,
                PartOccur.Excluded => Occur.MUST_NOT,
                _ when optional || !requireAll => Occur.SHOULD,
                _ => Occur.MUST,
            });
        }

        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    private DisjunctionMaxQuery? TextClause(string text, IReadOnlyList<string> languages, bool fuzzy)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in NeutralFields)
        {
            Add(any, FieldQuery(field, text), boost);
        }

        foreach (var language in languages)
        {
            Add(any, FieldQuery(IndexFields.TitleIn(language), text), TitleWeight);
            Add(any, FieldQuery(IndexFields.BodyIn(language), text), BodyWeight);
        }

        if (fuzzy && NeutralToken(text) is { Length: >= 4 } token)
        {
            var maxEdits = token.Length >= 8 ? 2 : 1;
            Add(any, new FuzzyQuery(new Term(IndexFields.VocabularyTitle, token), maxEdits, prefixLength: 1), TitleWeight);
            Add(any, new FuzzyQuery(new Term(IndexFields.VocabularyBody, token), maxEdits, prefixLength: 1), BodyWeight);
        }

        return any.Disjuncts.Count == 0 ? null : any;
    }

    /// <summary>The text analysed for one field: a term, a phrase, or null when nothing is left of it.</summary>
    private Query? FieldQuery(string field, string text) => _forms.Query(field, text);

    private static void Add(DisjunctionMaxQuery into, Query? query, float boost)
    {
        if (query is not null)
        {
            query.Boost = boost;
            into.Add(query);
        }
    }

    /// <summary>The single neutral token of a word (lower-cased, accent-folded), or null.</summary>
    public string? NeutralToken(string word) => _forms.SingleToken(IndexFields.VocabularyBody, word);
}
