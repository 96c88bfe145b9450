using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// Finds a field's query terms in a description, from its analysed tokens or the offsets in its postings, and
/// cuts the snippet around the best window (<see cref="WindowChooser"/>). One instance serves the
/// hits of a page (it reuses its buffers), on one thread.
/// </summary>
internal sealed class SnippetCutter
{
    private readonly WindowChooser _windows = new();
    private readonly List<TermMatch> _offsetMatches = [];

    /// <summary>
    /// Reads <paramref name="tokens"/> (the analysis of <paramref name="text"/>) until past the end
    /// of the chosen window, or past the last position where the postings say a term occurs.
    /// </summary>
    /// <param name="known">What the postings say, or <see cref="Occurrences.Unknown"/>.</param>
    /// <param name="fullScan">Read every token and evaluate every window (to check the early exit).</param>
    /// <returns>The snippet, or null when no token is one of the terms.</returns>
    public HitSnippet? FromTokens(FieldTerms terms, TokenStream tokens, string text, Occurrences known, bool fullScan = false)
    {
        known = fullScan ? Occurrences.Unknown : known;
        _windows.Start(text, terms.Count, known.Terms, decideEarly: !fullScan);
        var last = known.LastPosition;
        var passed = 0;
        var term = tokens.AddAttribute<ICharTermAttribute>();
        var offset = tokens.AddAttribute<IOffsetAttribute>();
        var increment = tokens.AddAttribute<IPositionIncrementAttribute>();
        tokens.Reset();
        var position = -1;
        while (tokens.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (position > last || _windows.IsPast(offset.StartOffset))
            {
                break;
            }

            var remaining = known.RemainingAt(position, ref passed);
            if (terms.TryFind(term.Buffer.AsSpan(0, term.Length), out var id) && offset.EndOffset <= text.Length)
            {
                _windows.Add(new TermMatch(offset.StartOffset, offset.EndOffset, id), remaining);
            }
            else
            {
                _windows.Pass(offset.StartOffset, remaining);
            }
        }

        tokens.End();
        return Cut(text);
    }

    /// <summary>
    /// Reads the offsets of the terms from the field's postings, when it keeps them: no analysis at all.
    /// </summary>
    /// <returns>False when the field's postings keep no offsets.</returns>
    public bool TryFromPostings(Occurrences.Reader postings, int doc, string field, FieldTerms terms, string text, out HitSnippet? snippet)
    {
        snippet = null;
        if (!postings.HasOffsets(doc, field))
        {
            return false;
        }

        _offsetMatches.Clear();
        foreach (var (bytes, id) in terms.Sorted)
        {
            if (postings.PositionsOf(doc, field, bytes, offsets: true) is { } positions)
            {
                AddOffsets(positions, id, text.Length);
            }
        }

        snippet = FromOffsets(terms, text);
        return true;
    }

    private void AddOffsets(DocsAndPositionsEnum positions, int id, int limit)
    {
        for (var i = positions.Freq; i > 0; i--)
        {
            positions.NextPosition();
            if (positions.StartOffset >= 0 && positions.EndOffset <= limit)
            {
                _offsetMatches.Add(new TermMatch(positions.StartOffset, positions.EndOffset, id));
            }
        }
    }

    private HitSnippet? FromOffsets(FieldTerms terms, string text)
    {
        _offsetMatches.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        _windows.Start(text, terms.Count, terms.Count);
        foreach (var match in _offsetMatches)
        {
            _windows.Add(match);
        }

        return Cut(text);
    }

    private HitSnippet? Cut(string text) =>
        _windows.Finish() is { } start ? SnippetBuilder.Cut(text, start, _windows.Matches) : null;
}
