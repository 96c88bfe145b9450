namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// Chooses, while a text's matches arrive in offset order, the snippet window holding the most
/// distinct query terms, the earliest on ties. Each match proposes the window starting just before
/// it (<see cref="SnippetWindow.StartFor"/>). A window is final once a token starts past its end;
/// the choice is made as soon as the earliest window not yet final holds every distinct term (no
/// later one can beat it), so the reader can stop once past that window's end. When the caller
/// knows how many terms are still to come (from the postings), the choice is also made once the
/// best final window cannot be beaten by them. One instance serves the hits of a page.
/// </summary>
internal sealed class WindowChooser
{
    private readonly List<TermMatch> _matches = [];
    private readonly List<int> _starts = [];
    private int[] _seenAt = new int[8];
    private int _stamp;
    private string _text = "";
    private int _distinct;
    private bool _decideEarly;
    private int _open;
    private int _best;
    private int _bestCount;
    private bool _decided;
    private bool _unbeatable;
    private int _remaining;

    /// <summary>The matches so far, in offset order.</summary>
    public IReadOnlyList<TermMatch> Matches => _matches;

    /// <param name="terms">How many terms there are (their ids are below it).</param>
    /// <param name="reachable">How many of them the text may hold at most: a window holding that many cannot be beaten.</param>
    /// <param name="decideEarly">Choose as soon as a window holds every reachable term; false evaluates every window.</param>
    public void Start(string text, int terms, int reachable, bool decideEarly = true)
    {
        _text = text;
        _distinct = Math.Min(terms, reachable);
        _decideEarly = decideEarly;
        _matches.Clear();
        _starts.Clear();
        _open = 0;
        _best = -1;
        _bestCount = 0;
        _decided = false;
        _unbeatable = false;
        _remaining = int.MaxValue;
        if (_seenAt.Length < terms)
        {
            _seenAt = new int[terms];
        }
    }

    /// <summary>
    /// The window is chosen and a token starting at <paramref name="tokenStart"/> is past its end:
    /// neither it nor any later token can change the snippet.
    /// </summary>
    public bool IsPast(int tokenStart) => _decided ? _starts[_best] + SnippetWindow.Width <= tokenStart : _unbeatable;

    /// <summary>A token that matched; matches come in order of <see cref="TermMatch.Start"/>.</summary>
    /// <param name="remaining">How many distinct terms occur at this token or later (int.MaxValue when unknown).</param>
    public void Add(TermMatch match, int remaining = int.MaxValue)
    {
        _matches.Add(match);
        if (_decided)
        {
            return;
        }

        var start = SnippetWindow.StartFor(_text, match.Start);
        if (_starts.Count == 0 || _starts[^1] != start)
        {
            _starts.Add(start);
        }

        Settle(match.Start);
        Bound(match.Start, remaining);
    }

    /// <summary>A token that did not match: it may close windows that end before it.</summary>
    /// <param name="remaining">How many distinct terms occur at this token or later (int.MaxValue when unknown).</param>
    public void Pass(int tokenStart, int remaining = int.MaxValue)
    {
        var closes = !_decided && _open < _starts.Count && _starts[_open] + SnippetWindow.Width <= tokenStart;
        if (closes)
        {
            Settle(tokenStart);
        }

        if (closes || remaining < _remaining)
        {
            Bound(tokenStart, remaining);
        }
    }

    /// <summary>The chosen window's start, or null when no window holds a match.</summary>
    public int? Finish()
    {
        Settle(int.MaxValue);
        return _best >= 0 ? _starts[_best] : null;
    }

    private void Settle(int lastTokenStart)
    {
        while (!_decided && _open < _starts.Count)
        {
            var count = DistinctIn(_starts[_open]);
            if (count == _distinct && _decideEarly)
            {
                (_best, _decided) = (_open, true);
                return;
            }

            if ((long)_starts[_open] + SnippetWindow.Width > lastTokenStart)
            {
                return;
            }

            if (count > _bestCount)
            {
                (_best, _bestCount) = (_open, count);
            }

            _open++;
        }
    }

    /// <summary>
    /// Marks the best final window unbeatable when no other can reach its count: a window not yet
    /// final starts after <c>tokenStart - Width</c>, so it holds at most the terms matched since
    /// then plus those still to come (ties go to the earlier, final one).
    /// </summary>
    private void Bound(int tokenStart, int remaining)
    {
        _remaining = remaining;
        if (!_decided && _bestCount > 0 && remaining != int.MaxValue
            && _bestCount >= DistinctSince(tokenStart - SnippetWindow.Width) + remaining)
        {
            _unbeatable = true;
        }
    }

    private int DistinctSince(int from)
    {
        _stamp++;
        var count = 0;
        for (var i = _matches.Count - 1; i >= 0 && _matches[i].Start >= from; i--)
        {
            if (_seenAt[_matches[i].Term] != _stamp)
            {
                _seenAt[_matches[i].Term] = _stamp;
                count++;
            }
        }

        return count;
    }

    private int DistinctIn(int start)
    {
        _stamp++;
        var end = start + SnippetWindow.Width;
        var count = 0;
        foreach (var match in _matches)
        {
            if (match.Start >= end)
            {
                break;
            }

            if (match.Start >= start && match.End <= end && _seenAt[match.Term] != _stamp)
            {
                _seenAt[match.Term] = _stamp;
                count++;
            }
        }

        return count;
    }
}
