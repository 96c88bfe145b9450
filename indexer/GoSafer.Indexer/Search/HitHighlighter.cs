using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search.Snippets;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Cuts the snippets of one page of results. The query's terms are extracted once per field for
/// the whole page; each hit is highlighted in the fields of its own languages (the neutral body
/// when none is analysed, then the vocabulary field when the results are typo-tolerant), stopping
/// at the first that marks something. Body fields keep offsets in their postings, so matches are
/// read from there without analysis (Chinese descriptions are not segmented again by SmartCn); a
/// field without offsets (the vocabulary field) is analysed again, but only when its postings
/// hold a term for the hit, and only up to its last position there.
/// One instance per search, on one thread.
/// </summary>
internal sealed class HitHighlighter
{
    private readonly QueryTerms? _terms;
    private readonly Analyzer _analyzer;
    private readonly bool _fuzzy;
    private readonly SnippetCutter _cutter = new();
    private readonly Occurrences.Reader _occurrences;

    /// <param name="fuzzy">The query matched typo-tolerantly, on the neutral vocabulary fields.</param>
    public HitHighlighter(IndexSearcher searcher, Query? query, Analyzer analyzer, bool fuzzy)
    {
        _analyzer = analyzer;
        _fuzzy = fuzzy;
        _occurrences = new Occurrences.Reader(searcher.IndexReader);

        // Rewriting expands fuzzy queries into the index terms they matched.
        _terms = query is null ? null : QueryTerms.Of(searcher.Rewrite(query));
    }

    public HitSnippet Snippet(int doc, IEnumerable<string> languages, string description)
    {
        if (_terms is null)
        {
            return SnippetBuilder.Plain(description);
        }

        var analysed = false;
        foreach (var language in languages)
        {
            if (LanguageAnalyzers.Covers(language))
            {
                analysed = true;
                if (Cut(doc, IndexFields.BodyIn(language), description) is { } snippet)
                {
                    return snippet;
                }
            }
        }

        return (!analysed ? Cut(doc, IndexFields.Body, description) : null)
            ?? (_fuzzy ? Cut(doc, IndexFields.VocabularyBody, description) : null)
            ?? SnippetBuilder.Plain(description);
    }

    private HitSnippet? Cut(int doc, string field, string text)
    {
        if (_terms!.In(field) is not { } terms)
        {
            return null;
        }

        // Cheapest first: the offsets kept in the body postings; analysing the description again
        // only for a field without them (the vocabulary field of typo-tolerant results).
        if (_cutter.TryFromPostings(_occurrences, doc, field, terms, text, out var fromPostings))
        {
            return fromPostings;
        }

        var known = _occurrences.Of(doc, field, terms);
        if (known.Terms == 0)
        {
            return null;
        }

        using var tokens = _analyzer.GetTokenStream(field, text);
        return _cutter.FromTokens(terms, tokens, text, known);
    }
}
