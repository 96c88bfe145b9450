using GoSafer.Hub.Indexing;
using GoSafer.Hub.Indexing.Consistency;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>The nightly check finds drift between the index and the stored records, and repairs it.</summary>
public sealed class ConsistencyCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FileSystemRecordStore _store;
    private readonly PublishedResourceRepository _resources;
    private readonly LuceneIndexStore _index = LuceneIndexStore.InMemory(PipelineSamples.Taxonomy);
    private readonly CatalogIndex _catalog;
    private readonly ConsistencyCheck _check;

    public ConsistencyCheckTests()
    {
        _store = new FileSystemRecordStore(_folder.Path);
        _resources = new PublishedResourceRepository(_store);
        _catalog = new CatalogIndex(_index, _resources, NullLogger<CatalogIndex>.Instance);
        _check = new ConsistencyCheck(_catalog, _resources, PipelineSamples.Taxonomy, NullLogger<ConsistencyCheck>.Instance);
    }

    private async Task<Dictionary<string, string>> FreshRebuildAsync()
    {
        using var fresh = LuceneIndexStore.InMemory(PipelineSamples.Taxonomy);
        await new CatalogIndex(fresh, _resources, NullLogger<CatalogIndex>.Instance).RebuildAsync(null, default);
        return DocumentFingerprints.Read(fresh);
    }

    [Fact]
    public async Task An_index_in_step_with_the_store_reports_no_drift()
    {
        await PipelineSamples.StoreAsync(_resources, 0, 300);
        await _catalog.RebuildAsync(null, default);

        var report = await _check.RunAsync(repair: true, default);

        Assert.Equal(new ConsistencyReport(300, 300, 0, 0, 0, false), report);
    }

    [Fact]
    public async Task Injected_drift_is_reported_then_repaired_to_equal_a_fresh_rebuild()
    {
        await PipelineSamples.StoreAsync(_resources, 0, 30);
        await _catalog.RebuildAsync(null, default);

        // A record missing from the index, a stale document, and a record changed behind the index's back.
        _index.Delete(PipelineSamples.Id(5));
        _index.Upsert(new CatalogEntry
        {
            Id = "stale-doc",
            Title = "Withdrawn long ago",
            Description = "Still in the index although its record is gone.",
            Url = "https://example.org/stale",
            Organization = "Sample: Pipeline Org",
        });
        _index.Commit();
        await _resources.PutAsync(PipelineSamples.Resource(7, "Renamed sextortion lesson"), default);
        await _resources.PutAsync(PipelineSamples.Resource(12) with { AgeMin = 16 }, default);

        // A damaged record is reported, and does not stop the check or the repair of the others.
        await _store.PutAsync(RecordKeys.PublishedResource("p099"), "{ damaged"u8.ToArray(), WriteCondition.None);

        var found = await _check.RunAsync(repair: false, default);
        Assert.Equal(new ConsistencyReport(31, 30, 1, 1, 2, false) { Unreadable = 1 }, found);
        Assert.Contains("stale-doc", _index.Ids());

        var repaired = await _check.RunAsync(repair: true, default);
        Assert.Equal(found with { Repaired = true }, repaired);
        Assert.Equal(await FreshRebuildAsync(), DocumentFingerprints.Read(_index));
        Assert.True((await _check.RunAsync(repair: true, default)).InStep);
    }

    [Fact]
    public async Task A_change_to_attachment_text_alone_is_found_and_repaired()
    {
        await PipelineSamples.StoreAsync(_resources, 0, 10);
        var resource = PipelineSamples.Resource(3) with { Attachment = new PublicAttachment("pdf", 2048) };
        await _resources.PutAsync(resource, default);
        await _resources.PutAttachmentTextAsync(resource.Id, "A worksheet about trusted adults."u8.ToArray(), default);
        await _catalog.RebuildAsync(null, default);
        Assert.True((await _check.RunAsync(repair: false, default)).InStep);

        // The stored text changes behind the index's back (a re-extraction, a restored backup); the record does not.
        await _resources.PutAttachmentTextAsync(resource.Id, "A worksheet about quokkas and trusted adults."u8.ToArray(), default);
        Assert.Empty(Found("quokkas"));

        var found = await _check.RunAsync(repair: false, default);
        Assert.Equal(new ConsistencyReport(10, 10, 0, 0, 1, false), found);

        Assert.True((await _check.RunAsync(repair: true, default)).Repaired);
        Assert.Equal([resource.Id], Found("quokkas"));
        Assert.Equal(await FreshRebuildAsync(), DocumentFingerprints.Read(_index));
    }

    /// <summary>IDs an exact search finds (a typo-tolerant fallback finds nothing exactly).</summary>
    private List<string> Found(string query)
    {
        var results = _catalog.Searcher.Search(new SearchRequest { Query = query });
        return results.Fuzzy ? [] : [.. results.Results.Select(r => r.Id)];
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
