using GoSafer.Indexer.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Cuts the snippets of one page of results. The query's terms are extracted once per field for
/// the whole page; each hit is highlighted in the fields of its own languages (the neutral body
/// when none is analysed), stopping at the first that marks something. Chinese descriptions are
/// read from the term vectors of <c>body.zh</c> rather than segmented again by SmartCn.
/// </summary>
internal sealed class HitHighlighter
{
    private readonly Query? _query;
    private readonly IndexReader _reader;
    private readonly Analyzer _analyzer;
    private readonly bool _fuzzy;
    private readonly Dictionary<string, WeightedTerm[]> _terms = new(StringComparer.Ordinal);

    /// <param name="fuzzy">The query matched typo-tolerantly, on the neutral vocabulary fields.</param>
    public HitHighlighter(IndexSearcher searcher, Query? query, Analyzer analyzer, bool fuzzy)
    {
        _reader = searcher.IndexReader;
        _analyzer = analyzer;
        _fuzzy = fuzzy;

        // Rewriting expands fuzzy queries into the index terms they matched.
        _query = query is null ? null : searcher.Rewrite(query);
    }

    public (string Snippet, IReadOnlyList<int[]> Highlights) Snippet(int doc, IEnumerable<string> languages, string description)
    {
        if (_query is null)
        {
            return SnippetBuilder.Plain(description);
        }

        var text = SnippetBuilder.Clean(description);
        foreach (var field in FieldsOf(languages))
        {
            var terms = TermsIn(field);
            if (terms.Length > 0 && SnippetBuilder.Build(terms, Tokens(doc, field, text), text) is { } snippet)
            {
                return snippet;
            }
        }

        return SnippetBuilder.Plain(description);
    }

    private IEnumerable<string> FieldsOf(IEnumerable<string> languages)
    {
        var analysed = false;
        foreach (var language in languages)
        {
            if (LanguageAnalyzers.Covers(language))
            {
                analysed = true;
                yield return IndexFields.BodyIn(language);
            }
        }

        if (!analysed)
        {
            yield return IndexFields.Body;
        }

        if (_fuzzy)
        {
            yield return IndexFields.VocabularyBody;
        }
    }

    private WeightedTerm[] TermsIn(string field)
    {
        if (!_terms.TryGetValue(field, out var terms))
        {
            _terms[field] = terms = QueryTermExtractor.GetTerms(_query, prohibited: false, field);
        }

        return terms;
    }

    private TokenStream Tokens(int doc, string field, string text)
    {
        if (field == IndexFields.VectorBody && _reader.GetTermVector(doc, field) is { HasOffsets: true } vector)
        {
            // The indexed body continues after the description (keywords, labels, attachment text).
            return new OffsetLimitFilter(TokenSources.GetTokenStream(vector), text.Length);
        }

        return _analyzer.GetTokenStream(field, text);
    }

    /// <summary>Ends a stream (ordered by offset) at the first token that reaches past <c>limit</c>.</summary>
    private sealed class OffsetLimitFilter(TokenStream input, int limit) : TokenFilter(input)
    {
        private readonly IOffsetAttribute _offset = input.AddAttribute<IOffsetAttribute>();

        public override bool IncrementToken() => m_input.IncrementToken() && _offset.EndOffset <= limit;
    }
}
