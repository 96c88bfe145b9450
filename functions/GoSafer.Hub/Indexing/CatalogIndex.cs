using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing;

/// <summary>
/// The hub's catalog index: applies index requests from the stored records (idempotently) and
/// rebuilds the whole index from them. The stored records are the truth; the index follows.
/// </summary>
public sealed class CatalogIndex(LuceneIndexStore index, PublishedResourceRepository resources, ILogger<CatalogIndex> logger, TimeProvider? time = null) : IDisposable
{
    private readonly Lock _gate = new();

    // Applies and rebuilds take turns: a rebuild adds entries without deleting earlier copies.
    private readonly SemaphoreSlim _writes = new(1, 1);
    private Task<bool>? _reconciling;
    private volatile bool _reconciled;
    private long _lastCommitTicks;

    /// <summary>Raised after every commit (the snapshot scheduler listens).</summary>
    public event Action? Committed;

    /// <summary>When this process last committed the index; null before its first commit.</summary>
    public DateTimeOffset? LastCommitAt
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastCommitTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    public CatalogSearcher Searcher { get; } = new(index);

    public CatalogSuggester Suggester { get; } = new(index);

    public LuceneIndexStore Store => index;

    /// <summary>Re-reads each resource and upserts or deletes its entry; searchable on return.</summary>
    public async Task ApplyAsync(IReadOnlyCollection<IndexRequest> requests, CancellationToken cancellationToken)
    {
        await InTurnAsync(async () =>
        {
            await ApplyLockedAsync(requests, cancellationToken);
            return 0;
        }, cancellationToken);
    }

    private async Task ApplyLockedAsync(IReadOnlyCollection<IndexRequest> requests, CancellationToken cancellationToken)
    {
        foreach (var id in requests.Select(r => r.ResourceId).Distinct(StringComparer.Ordinal))
        {
            var resource = await resources.GetAsync(id, cancellationToken);
            if (resource is null)
            {
                index.Delete(id);
            }
            else
            {
                index.Upsert(await resources.ToCatalogEntryAsync(resource, cancellationToken));
            }
        }

        // Visible first (a near-real-time reopen needs no fsync), then durable: a crash before the
        // commit loses nothing, because start-up reconciles the index with the stored records.
        index.Refresh();
        Commit();
    }

    /// <summary>Replaces the index content with every stored published resource.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        return await InTurnAsync(() => RebuildLockedAsync(progress, cancellationToken), cancellationToken);
    }

    private async Task<T> InTurnAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>
    /// Stored resources a rebuild reads ahead of the one it adds. Each read is a blob read in Azure
    /// (two with an attachment's text), milliseconds of waiting that one at a time would add up to
    /// minutes for a large catalog; entries are still added one after another in listing order, so
    /// the rebuilt index is the same whatever the reads' timing.
    /// </summary>
    private const int RebuildReadAhead = 16;

    // Entries are added without a delete-by-ID (LuceneIndexStore.Add): the index is empty after
    // DeleteAll and applies wait for the rebuild, so no ID can be indexed twice. They are added from
    // this one thread in listing order: with several adding threads, documents land in segments by
    // timing, and the order in which BM25 sums a document's field scores then differs from the
    // incrementally built index in the last bits (docs/search.md, "Rebuild").
    private async Task<int> RebuildLockedAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        index.DeleteAll();
        var count = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reads = new Queue<Task<CatalogEntry?>>();
        try
        {
            await foreach (var id in resources.ListIdsAsync(cancellationToken))
            {
                reads.Enqueue(ReadEntryAsync(id, stop.Token));
                if (reads.Count >= RebuildReadAhead)
                {
                    Add(await reads.Dequeue());
                }
            }

            while (reads.Count > 0)
            {
                Add(await reads.Dequeue());
            }
        }
        finally
        {
            // A failed read or add ends the rebuild: the reads still in flight are stopped and
            // awaited, so none outlives it and no failure goes unobserved.
            await stop.CancelAsync();
            foreach (var read in reads)
            {
                try
                {
                    await read;
                }
                catch (Exception e)
                {
                    logger.LogDebug("A read ahead of the failed rebuild ended with {Error}", e.GetType().Name);
                }
            }
        }

        Compact();
        _reconciled = true;
        logger.LogInformation("Index rebuilt from {Count} published resources", count);
        return count;

        void Add(CatalogEntry? entry)
        {
            if (entry is not null)
            {
                index.Add(entry);
                count++;
                progress?.Report(count);
            }
        }
    }

    /// <summary>The entry of a stored resource; null when it is gone or unreadable.</summary>
    private async Task<CatalogEntry?> ReadEntryAsync(string id, CancellationToken cancellationToken) =>
        await ReadStoredAsync(id, cancellationToken) is (true, { } resource)
            ? await resources.ToCatalogEntryAsync(resource, cancellationToken)
            : null;

    /// <summary>Rebuilds when the index does not hold exactly the stored published IDs (e.g. after a crash).</summary>
    public async Task<bool> ReconcileAsync(CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in resources.ListIdsAsync(cancellationToken))
        {
            stored.Add(id);
        }

        if (!index.LayoutIsCurrent)
        {
            logger.LogWarning("Index built by an older version (another document layout); rebuilding");
        }
        else if (index.Ids().SetEquals(stored))
        {
            _reconciled = true;
            return false;
        }
        else
        {
            logger.LogWarning("Index out of step with the store ({Indexed} indexed, {Stored} stored); rebuilding", index.Count, stored.Count);
        }

        await RebuildAsync(null, cancellationToken);
        return true;
    }

    /// <summary>
    /// Every stored published resource by ID; a null resource for one whose record cannot be read (logged by ID),
    /// so one damaged record cannot stop a rebuild or a check. Applying a request for it still fails,
    /// which sends that request to the poison queue.
    /// </summary>
    public async IAsyncEnumerable<(string Id, PublishedResource? Resource)> ReadStoredAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in resources.ListIdsAsync(cancellationToken))
        {
            if (await ReadStoredAsync(id, cancellationToken) is (true, var resource))
            {
                yield return (id, resource);
            }
        }
    }

    /// <summary>
    /// One stored resource: not stored when it was deleted between listing and reading; stored
    /// without a resource when its record is unreadable (logged, and left out of the index).
    /// </summary>
    private async Task<(bool Stored, PublishedResource? Resource)> ReadStoredAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            var resource = await resources.GetAsync(id, cancellationToken);
            return (resource is not null, resource);
        }
        catch (System.Text.Json.JsonException e)
        {
            logger.LogError("Stored resource {Id} is unreadable ({Error}); left out of the index", id, e.GetType().Name);
            return (true, null);
        }
    }

    /// <summary>Reconciles once per process before the first queued request is applied (Functions has no start-up hook for it).</summary>
    public Task EnsureReconciledAsync(CancellationToken cancellationToken)
    {
        if (_reconciled)
        {
            return Task.CompletedTask;
        }

        lock (_gate)
        {
            // One reconciliation for all concurrent callers; a failed one is tried again by the next caller.
            if (_reconciling is null || _reconciling.IsFaulted || _reconciling.IsCanceled)
            {
                _reconciling = ReconcileAsync(CancellationToken.None);
            }

            return _reconciling.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Merges the index into one segment (see <see cref="LuceneIndexStore.Compact"/>) and commits.</summary>
    public void Compact()
    {
        index.Compact();
        RecordCommit();
    }

    /// <summary>Commits, records when, and tells listeners (the snapshot scheduler).</summary>
    internal void Commit()
    {
        index.Commit();
        RecordCommit();
    }

    private void RecordCommit()
    {
        Interlocked.Exchange(ref _lastCommitTicks, (time ?? TimeProvider.System).GetUtcNow().UtcTicks);
        Committed?.Invoke();
    }

    public void Dispose() => _writes.Dispose();
}
