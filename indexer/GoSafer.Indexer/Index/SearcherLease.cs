using Lucene.Net.Search;

namespace GoSafer.Indexer.Index;

/// <summary>
/// A searcher acquired from the <see cref="SearcherManager"/>; disposing releases it. The searcher
/// must not be used after disposal, because a refresh may close the reader beneath it.
/// </summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private IndexSearcher? _searcher;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        _searcher = manager.Acquire();
    }

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        var searcher = Interlocked.Exchange(ref _searcher, null);
        if (searcher is not null)
        {
            _manager.Release(searcher);
        }
    }
}
