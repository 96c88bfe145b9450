using GoSafer.Hub.Indexing;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>A rebuild reads stored records ahead (each a blob read in Azure) and still adds them in listing order.</summary>
public sealed class RebuildReadAheadTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>
    /// Holds the first read until a second one is in flight beside it, so a rebuild that reads one
    /// record after another shows one read at a time (after a few seconds' wait) and never two.
    /// </summary>
    private sealed class OverlapProbe
    {
        private readonly TaskCompletionSource _overlapped = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _most;

        public int MostReadsInFlight => Volatile.Read(ref _most);

        public async Task<StoredRecord?> Hold(string key, Func<Task<StoredRecord?>> read)
        {
            var now = Interlocked.Increment(ref _inFlight);
            for (var most = Volatile.Read(ref _most); now > most; most = Volatile.Read(ref _most))
            {
                Interlocked.CompareExchange(ref _most, now, most);
            }

            try
            {
                if (now > 1)
                {
                    _overlapped.TrySetResult();
                }

                try
                {
                    await _overlapped.Task.WaitAsync(TimeSpan.FromSeconds(5));
                }
                catch (TimeoutException)
                {
                    _overlapped.TrySetResult(); // no overlap came: stop holding reads
                }

                return await read();
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>Progress reports as the rebuild makes them (IProgress&lt;T&gt;'s default would post them to the pool).</summary>
    private sealed class Recorder(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }

    [Fact]
    public async Task A_rebuild_reads_records_concurrently_and_adds_every_one_once_in_listing_order()
    {
        var probe = new OverlapProbe();
        var resources = new PublishedResourceRepository(new RecordingStore(new FileSystemRecordStore(_folder.Path)) { AroundGet = probe.Hold });
        await PipelineSamples.StoreAsync(resources, 0, 40);
        using var store = LuceneIndexStore.InMemory(PipelineSamples.Taxonomy);
        var reports = new List<int>();

        var count = await new CatalogIndex(store, resources, NullLogger<CatalogIndex>.Instance).RebuildAsync(new Recorder(reports), default);

        Assert.True(probe.MostReadsInFlight >= 2, $"at most {probe.MostReadsInFlight} read in flight");
        Assert.Equal(40, count);
        Assert.Equal(Enumerable.Range(1, 40), reports);
        Assert.True(store.IsCompact);

        // One segment whose documents are in listing (ID) order: the order of the adds.
        using var lease = store.AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        var ids = Enumerable.Range(0, reader.MaxDoc).Select(doc => reader.Document(doc).Get("id")).ToList();
        Assert.Equal(Enumerable.Range(0, 40).Select(PipelineSamples.Id), ids);
    }

    [Fact]
    public async Task A_storage_fault_while_reading_ahead_fails_the_rebuild_and_leaves_the_last_commit_searchable()
    {
        var healthy = new PublishedResourceRepository(new FileSystemRecordStore(_folder.Path));
        await PipelineSamples.StoreAsync(healthy, 0, 40);
        var indexPath = Path.Combine(_folder.Path, "index");
        using (var first = LuceneIndexStore.OpenFolder(indexPath, PipelineSamples.Taxonomy))
        {
            await new CatalogIndex(first, healthy, NullLogger<CatalogIndex>.Instance).RebuildAsync(null, default);
        }

        var failing = RecordKeys.PublishedResource(PipelineSamples.Id(25));
        var faulty = new PublishedResourceRepository(new RecordingStore(new FileSystemRecordStore(_folder.Path))
        {
            BeforeGet = key =>
            {
                if (key == failing)
                {
                    throw new IOException($"storage fault reading {key}");
                }
            },
            AroundGet = new OverlapProbe().Hold,
        });
        using var store = LuceneIndexStore.OpenFolder(indexPath, PipelineSamples.Taxonomy);
        var rebuild = new CatalogIndex(store, faulty, NullLogger<CatalogIndex>.Instance);

        var error = await Assert.ThrowsAsync<IOException>(() => rebuild.RebuildAsync(null, default));

        Assert.Contains(PipelineSamples.Id(25), error.Message, StringComparison.Ordinal);
        Assert.Equal(40, store.Count); // the failed rebuild committed nothing; searches still see the last commit
    }
}
