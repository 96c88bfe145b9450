using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// The terms of a rewritten query, by field, read once per page of results. Excluded clauses
/// give no terms (a snippet never marks what the query rules out); a phrase gives each of its
/// words, so they are marked wherever they occur.
/// </summary>
internal sealed class QueryTerms
{
    // A word is looked up in some 15 fields, but a page's hits are cut in only a few of them:
    // each field's lookup tables are built when first asked for.
    private readonly Dictionary<string, List<string>> _texts;
    private readonly Dictionary<string, FieldTerms> _fields = new(StringComparer.Ordinal);

    private QueryTerms(Dictionary<string, List<string>> texts) => _texts = texts;

    /// <param name="rewritten">A query rewritten by the searcher (fuzzy queries expanded into the terms they matched).</param>
    public static QueryTerms Of(Query rewritten)
    {
        var terms = new HashSet<Term>();
        Collect(rewritten, terms);
        var texts = terms
            .GroupBy(t => t.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToList(), StringComparer.Ordinal);
        return new QueryTerms(texts);
    }

    public FieldTerms? In(string field)
    {
        if (!_fields.TryGetValue(field, out var terms) && _texts.TryGetValue(field, out var texts))
        {
            _fields[field] = terms = new FieldTerms(texts);
        }

        return terms;
    }

    private static void Collect(Query query, ISet<Term> into)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, into);
                }

                break;
            case DisjunctionMaxQuery disjunction:
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    Collect(disjunct, into);
                }

                break;
            default:
                try
                {
                    query.ExtractTerms(into);
                }
                catch (NotSupportedException)
                {
                    // A query that names no terms of its own (MatchAllDocsQuery and the like) marks nothing.
                }

                break;
        }
    }
}
