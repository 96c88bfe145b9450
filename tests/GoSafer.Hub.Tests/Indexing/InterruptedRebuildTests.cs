using GoSafer.Hub.Indexing;
using GoSafer.Hub.Indexing.Consistency;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>The indexer stopped in the middle of a rebuild and started again ends where a fresh rebuild ends.</summary>
public sealed class InterruptedRebuildTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexPath => Path.Combine(_folder.Path, "index");

    /// <summary>Cancels the rebuild once it has indexed this many resources.</summary>
    private sealed class StopAfter(int count, CancellationTokenSource stop) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value == count)
            {
                stop.Cancel();
            }
        }
    }

    [Fact]
    public async Task An_index_stopped_mid_rebuild_is_complete_and_equal_to_a_fresh_rebuild_after_restart()
    {
        var resources = new PublishedResourceRepository(new FileSystemRecordStore(Path.Combine(_folder.Path, "records")));
        await PipelineSamples.StoreAsync(resources, 0, 40);
        using (var first = LuceneIndexStore.OpenFolder(IndexPath, PipelineSamples.Taxonomy))
        {
            await new CatalogIndex(first, resources, NullLogger<CatalogIndex>.Instance).RebuildAsync(null, default);
        }

        // The store moves on (withdrawals and new publications), then a rebuild is stopped part-way.
        for (var n = 0; n < 40; n += 8)
        {
            await resources.DeleteAsync(PipelineSamples.Id(n), default);
        }

        await PipelineSamples.StoreAsync(resources, 40, 10);
        using (var stopping = LuceneIndexStore.OpenFolder(IndexPath, PipelineSamples.Taxonomy))
        {
            using var stop = new CancellationTokenSource();
            var rebuild = new CatalogIndex(stopping, resources, NullLogger<CatalogIndex>.Instance);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rebuild.RebuildAsync(new StopAfter(12, stop), stop.Token));
        }

        using var restarted = LuceneIndexStore.OpenFolder(IndexPath, PipelineSamples.Taxonomy);
        Assert.NotEqual(45, restarted.Count);
        var catalog = new CatalogIndex(restarted, resources, NullLogger<CatalogIndex>.Instance);
        await catalog.EnsureReconciledAsync(default);

        using var fresh = LuceneIndexStore.InMemory(PipelineSamples.Taxonomy);
        await new CatalogIndex(fresh, resources, NullLogger<CatalogIndex>.Instance).RebuildAsync(null, default);
        Assert.Equal(45, restarted.Count);
        Assert.Equal(DocumentFingerprints.Read(fresh), DocumentFingerprints.Read(restarted));
        foreach (var query in new[] { "", "grooming", "lesson 41", "\"where to get help\"" })
        {
            var request = new SearchRequest { Query = query, PageSize = 100 };
            Assert.Equal(
                new CatalogSearcher(fresh).Search(request).Results.Select(r => r.Id),
                new CatalogSearcher(restarted).Search(request).Results.Select(r => r.Id));
        }
    }

    public void Dispose() => _folder.Dispose();
}
