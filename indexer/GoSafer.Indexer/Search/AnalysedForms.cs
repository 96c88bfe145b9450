using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Search;

/// <summary>
/// The query a word or quoted phrase makes in one field, as Lucene's <c>QueryBuilder.CreatePhraseQuery</c>
/// makes it (a term, a phrase of the analysed tokens at their positions, or nothing when the
/// analysis leaves nothing), from tokens analysed once per analysis rather than once per field: a
/// language's title and body fields share one, the neutral fields another. Query words that were
/// not seen before cost about 0.9 ms a query with QueryBuilder (15 analyses, each caching every
/// token's whole attribute state); the tokens are kept, so a repeated word is not analysed again.
/// </summary>
internal sealed class AnalysedForms(Analyzer analyzer)
{
    /// <summary>Analysed texts kept before the cache starts over; a word costs about seven.</summary>
    internal const int MaxCached = 60_000;

    private readonly ConcurrentDictionary<(string Analysis, string Text), Token[]?> _tokens = new();
    private readonly QueryBuilder _builder = new(analyzer);

    /// <summary>Entries added since the cache last started over (a bound, not an exact count, under races).</summary>
    private int _cached;

    /// <summary>Analysed texts kept now.</summary>
    internal int CachedTexts => _tokens.Count;

    public Query? Query(string field, string text)
    {
        var tokens = Tokens(field, text);
        if (tokens is null)
        {
            // Tokens stacked at one position (none of the index's analyzers makes them): Lucene's own rules.
            return _builder.CreatePhraseQuery(field, text);
        }

        switch (tokens.Length)
        {
            case 0:
                return null;
            case 1:
                return new TermQuery(new Term(field, tokens[0].Term));
            default:
                var phrase = new PhraseQuery();
                foreach (var token in tokens)
                {
                    phrase.Add(new Term(field, token.Term), token.Position);
                }

                return phrase;
        }
    }

    /// <summary>The one token <paramref name="text"/> analyses to in <paramref name="field"/>, or null when it makes none or several.</summary>
    public string? SingleToken(string field, string text) => Tokens(field, text) is [var token] ? token.Term : null;

    /// <summary>The analysis of <paramref name="field"/>: its language for a language's fields, the neutral one for the rest.</summary>
    private static string AnalysisOf(string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && (field.StartsWith("title.", StringComparison.Ordinal) || field.StartsWith("body.", StringComparison.Ordinal))
            ? field[(dot + 1)..]
            : "";
    }

    /// <returns>The tokens, or null when some share a position.</returns>
    private Token[]? Tokens(string field, string text)
    {
        var key = (AnalysisOf(field), text);
        if (_tokens.TryGetValue(key, out var tokens))
        {
            return tokens;
        }

        // ConcurrentDictionary.Count takes every lock of the table, and the table grows to a
        // thousand locks: counting on each miss cost 50 µs, ten times the analysis itself.
        if (Volatile.Read(ref _cached) >= MaxCached)
        {
            _tokens.Clear();
            Volatile.Write(ref _cached, 0);
        }

        tokens = Analyse(field, text);
        if (_tokens.TryAdd(key, tokens))
        {
            Interlocked.Increment(ref _cached);
        }

        return tokens;
    }

    private Token[]? Analyse(string field, string text)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<Token>();
        var position = -1;
        var stacked = false;
        stream.Reset();
        while (stream.IncrementToken())
        {
            stacked |= tokens.Count > 0 && increment.PositionIncrement == 0;
            position += increment.PositionIncrement;
            tokens.Add(new Token(term.ToString(), position));
        }

        stream.End();
        return stacked ? null : [.. tokens];
    }

    private readonly record struct Token(string Term, int Position);
}
