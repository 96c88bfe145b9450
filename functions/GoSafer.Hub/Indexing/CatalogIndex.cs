using GoSafer.Hub.Publishing;
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

    /// <summary>Replaces the index content with every stored published resource.</summary>
    public async Task<int> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        index.DeleteAll();
        var count = 0;
        await foreach (var resource in resources.ListAsync(cancellationToken))
        {
            index.Upsert(await resources.ToCatalogEntryAsync(resource, cancellationToken));
            count++;
            progress?.Report(count);
        }

        index.Commit();
        logger.LogInformation("Index rebuilt from {Count} published resources", count);
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
