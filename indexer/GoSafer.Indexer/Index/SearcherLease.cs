using Lucene.Net.Search;

namespace GoSafer.Indexer.Index;

/// <summary>
/// A searcher acquired from a <see cref="ReferenceManager{G}"/>; disposing releases it to the
/// manager it came from. The searcher must not be used after disposal, because a refresh or a
/// snapshot swap may close the reader beneath it.
/// </summary>
public sealed class SearcherLease : IDisposable
{
    private readonly ReferenceManager<IndexSearcher> _manager;
    private IndexSearcher? _searcher;

    internal SearcherLease(ReferenceManager<IndexSearcher> manager)
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
