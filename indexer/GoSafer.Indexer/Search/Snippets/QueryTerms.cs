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
    private readonly Dictionary<string, FieldTerms> _fields;

    private QueryTerms(Dictionary<string, FieldTerms> fields) => _fields = fields;

    /// <param name="rewritten">A query rewritten by the searcher (fuzzy queries expanded into the terms they matched).</param>
    public static QueryTerms Of(Query rewritten)
    {
        var terms = new HashSet<Term>();
        Collect(rewritten, terms);
        var fields = terms
            .GroupBy(t => t.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new FieldTerms(g.Select(t => t.Text)), StringComparer.Ordinal);
        return new QueryTerms(fields);
    }

    public FieldTerms? In(string field) => _fields.GetValueOrDefault(field);

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
