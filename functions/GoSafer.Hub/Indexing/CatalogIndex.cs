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
public sealed class CatalogIndex(LuceneIndexStore index, PublishedResourceRepository resources, ILogger<CatalogIndex> logger)
{
    private const int RebuildBatch = 256;

    public CatalogSearcher Searcher { get; } = new(index);

    public CatalogSuggester Suggester { get; } = new(index);

    public LuceneIndexStore Store => index;

    /// <summary>Re-reads each resource and upserts or deletes its entry; searchable on return.</summary>
    public async Task ApplyAsync(IReadOnlyCollection<IndexRequest> requests, CancellationToken cancellationToken)
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
        index.Commit();
    }

    /// <summary>
    /// Replaces the index content with every stored published resource. Records are read in order;
    /// each batch is analysed and added on every core (the IndexWriter takes concurrent adds, each
    /// thread filling its own segment), which is where the time goes.
    /// </summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        index.DeleteAll();
        var count = 0;
        var batch = new List<CatalogEntry>(RebuildBatch);
        var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await foreach (var resource in resources.ListAsync(cancellationToken))
        {
            batch.Add(await resources.ToCatalogEntryAsync(resource, cancellationToken));
            if (batch.Count == RebuildBatch)
            {
                count = AddBatch(batch, cores, count, progress);
            }
        }

        count = AddBatch(batch, cores, count, progress);
        index.Commit();
        logger.LogInformation("Index rebuilt from {Count} published resources", count);
        return count;
    }

    private int AddBatch(List<CatalogEntry> batch, ParallelOptions cores, int count, IProgress<int>? progress)
    {
        Parallel.ForEach(batch, cores, index.Upsert);
        foreach (var _ in batch)
        {
            count++;
            progress?.Report(count);
        }

        batch.Clear();
        return count;
    }

    /// <summary>Rebuilds when the index does not hold exactly the stored published IDs (e.g. after a crash).</summary>
    public async Task<bool> ReconcileAsync(CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var id in resources.ListIdsAsync(cancellationToken))
        {
            stored.Add(id);
        }

        if (index.Ids().SetEquals(stored))
        {
            return false;
        }

        logger.LogWarning("Index out of step with the store ({Indexed} indexed, {Stored} stored); rebuilding", index.Count, stored.Count);
        await RebuildAsync(null, cancellationToken);
        return true;
    }
}
