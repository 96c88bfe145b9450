namespace GoSafer.Indexer.Search.Snippets;

/// <summary>
/// Chooses, while a text's matches arrive in offset order, the snippet window holding the most
/// distinct query terms, the earliest on ties. Each match proposes the window starting just before
/// it (<see cref="SnippetWindow.StartFor"/>). A window is final once a token starts past its end;
/// the choice is made as soon as the earliest window not yet final holds every distinct term (no
/// later one can beat it), so the reader can stop there. One instance serves the hits of a page.
/// </summary>
internal sealed class WindowChooser
{
    private readonly List<TermMatch> _matches = [];
    private readonly List<int> _starts = [];
    private int[] _seenAt = new int[8];
    private int _stamp;
    private string _text = "";
    private int _distinct;
    private int _open;
    private int _best;
    private int _bestCount;

    /// <summary>The window is chosen: later tokens cannot change it.</summary>
    public bool Decided { get; private set; }

    /// <summary>The matches so far, in offset order.</summary>
    public IReadOnlyList<TermMatch> Matches => _matches;

    public void Start(string text, int distinctTerms)
    {
        _text = text;
        _distinct = distinctTerms;
        _matches.Clear();
        _starts.Clear();
        _open = 0;
        _best = -1;
        _bestCount = 0;
        Decided = false;
        if (_seenAt.Length < distinctTerms)
        {
            _seenAt = new int[distinctTerms];
        }
    }

    /// <summary>A token that matched; matches come in order of <see cref="TermMatch.Start"/>.</summary>
    public void Add(TermMatch match)
    {
        _matches.Add(match);
        var start = SnippetWindow.StartFor(_text, match.Start);
        if (_starts.Count == 0 || _starts[^1] != start)
        {
            _starts.Add(start);
        }

        Settle(match.Start);
    }

    /// <summary>A token that did not match: it may close windows that end before it.</summary>
    public void Pass(int tokenStart)
    {
        if (_open < _starts.Count && _starts[_open] + SnippetWindow.Width <= tokenStart)
        {
            Settle(tokenStart);
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
        while (!Decided && _open < _starts.Count)
        {
            var count = DistinctIn(_starts[_open]);
            if (count == _distinct)
            {
                (_best, Decided) = (_open, true);
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
