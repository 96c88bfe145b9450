using GoSafer.Hub.Indexing.Snapshots;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoSafer.Hub.Tests.Indexing;

public sealed class SnapshotTests : IDisposable
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();
    private readonly TempFolder _folder = new();
    private readonly LuceneIndexStore _writer;
    private readonly RecordingStore _store;
    private readonly IndexSnapshotPublisher _publisher;
    private readonly SnapshotReplica _replica = new(Taxonomy);
    private readonly IndexSnapshotPuller _puller;

    public SnapshotTests()
    {
        _writer = LuceneIndexStore.OpenFolder(Path.Combine(_folder.Path, "writer"), Taxonomy);
        _store = new RecordingStore(new FileSystemRecordStore(Path.Combine(_folder.Path, "store")));
        _publisher = new IndexSnapshotPublisher(_writer, _store, TimeProvider.System, NullLogger<IndexSnapshotPublisher>.Instance);
        _puller = new IndexSnapshotPuller(_store, _replica, Path.Combine(_folder.Path, "replica"), NullLogger<IndexSnapshotPuller>.Instance);
    }

    private void AddAndCommit(int from, int count)
    {
        for (var n = from; n < from + count; n++)
        {
            _writer.Upsert(new CatalogEntry
            {
                Id = $"doc{n}",
                Title = $"Online safety lesson {n}",
                Description = "Pupils learn how to stay safe online and where to get help.",
                Url = $"https://example.org/{n}",
                Organization = "Sample: Snapshot Org",
                Languages = ["en"],
                PublishedAt = DateTimeOffset.UnixEpoch.AddDays(n),
            });
        }

        _writer.Commit();
    }

    private int ReplicaTotal() => new CatalogSearcher(_replica).Search(new SearchRequest { Query = "safety" }).Total;

    [Fact]
    public async Task Files_are_uploaded_before_segments_N_which_comes_before_the_manifest_and_the_pointer()
    {
        AddAndCommit(0, 20);
        var manifest = await _publisher.PublishAsync(default);

        var segmentsKey = SnapshotKeys.File(manifest.Files.Single(f => f.Name == manifest.SegmentsFile).Sha256);
        Assert.StartsWith("segments_", manifest.SegmentsFile);
        Assert.Equal(
            [.. manifest.Files.Select(f => SnapshotKeys.File(f.Sha256)).Distinct().Where(k => k != segmentsKey), segmentsKey, SnapshotKeys.Manifest(manifest.Generation), SnapshotKeys.Latest],
            _store.Writes);
    }

    [Fact]
    public async Task Unchanged_files_are_uploaded_once()
    {
        AddAndCommit(0, 20);
        var first = await _publisher.PublishAsync(default);
        _store.Writes.Clear();
        AddAndCommit(20, 5);
        var second = await _publisher.PublishAsync(default);

        var reused = second.Files.Select(f => f.Sha256).Intersect(first.Files.Select(f => f.Sha256)).ToList();
        Assert.NotEmpty(reused);
        Assert.DoesNotContain(_store.Writes, k => reused.Any(h => k == SnapshotKeys.File(h)));
    }

    [Fact]
    public async Task A_reader_pulls_the_newest_snapshot_and_answers_like_the_writer()
    {
        AddAndCommit(0, 20);
        await _publisher.PublishAsync(default);
        Assert.True(await _puller.PullAsync(default));
        Assert.Equal(20, ReplicaTotal());
        Assert.False(await _puller.PullAsync(default));

        AddAndCommit(20, 5);
        await _publisher.PublishAsync(default);
        Assert.True(await _puller.PullAsync(default));
        Assert.Equal(25, ReplicaTotal());
        var writerIds = new CatalogSearcher(_writer).Search(new SearchRequest { Query = "lesson", PageSize = 100 }).Results.Select(r => r.Id);
        var replicaIds = new CatalogSearcher(_replica).Search(new SearchRequest { Query = "lesson", PageSize = 100 }).Results.Select(r => r.Id);
        Assert.Equal(writerIds, replicaIds);
    }

    [Fact]
    public async Task Searches_running_during_swaps_all_succeed()
    {
        AddAndCommit(0, 10);
        await _publisher.PublishAsync(default);
        await _puller.PullAsync(default);

        using var stop = new CancellationTokenSource();
        var totals = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var searching = Task.Run(() =>
        {
            var searcher = new CatalogSearcher(_replica);
            while (!stop.IsCancellationRequested)
            {
                totals.Enqueue(searcher.Search(new SearchRequest { Query = "safety" }).Total);
            }
        });

        for (var round = 1; round <= 5; round++)
        {
            // Let searches run against each generation before swapping again.
            var before = totals.Count;
            while (totals.Count < before + 5 && !searching.IsCompleted)
            {
                await Task.Delay(5);
            }

            AddAndCommit(round * 10, 10);
            await _publisher.PublishAsync(default);
            await _puller.PullAsync(default);
        }

        await stop.CancelAsync();
        await searching;
        Assert.NotEmpty(totals);
        Assert.All(totals, t => Assert.True(t % 10 == 0 && t is >= 10 and <= 60, $"total {t}"));
        Assert.Equal(60, ReplicaTotal());
    }

    [Fact]
    public async Task An_interrupted_download_leaves_the_previous_snapshot_serving()
    {
        AddAndCommit(0, 10);
        await _publisher.PublishAsync(default);
        await _puller.PullAsync(default);
        AddAndCommit(10, 10);
        var newer = await _publisher.PublishAsync(default);

        var reads = 0;
        _store.BeforeGet = key =>
        {
            if (key.StartsWith(SnapshotKeys.Files, StringComparison.Ordinal) && ++reads == 2)
            {
                throw new IOException("connection reset");
            }
        };
        await Assert.ThrowsAsync<IOException>(() => _puller.PullAsync(default));
        Assert.Equal(10, ReplicaTotal());
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "replica", $"gen-{newer.Generation:D12}")));

        _store.BeforeGet = null;
        Assert.True(await _puller.PullAsync(default));
        Assert.Equal(20, ReplicaTotal());
    }

    [Fact]
    public async Task A_corrupted_file_is_refused_and_the_previous_snapshot_keeps_serving()
    {
        AddAndCommit(0, 10);
        await _publisher.PublishAsync(default);
        await _puller.PullAsync(default);
        AddAndCommit(10, 10);
        await _publisher.PublishAsync(default);

        _store.Tamper = (key, bytes) => key.StartsWith(SnapshotKeys.Files, StringComparison.Ordinal) ? [.. bytes.Reverse()] : bytes;
        await Assert.ThrowsAsync<InvalidDataException>(() => _puller.PullAsync(default));
        Assert.Equal(10, ReplicaTotal());
    }

    public void Dispose()
    {
        _replica.Dispose();
        _writer.Dispose();
        _folder.Dispose();
    }
}
