using GoSafer.Hub.Contracts;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>The stored records are the truth: an index rebuilt from them answers exactly as the one built step by step.</summary>
public sealed class RebuildEqualityTests : IDisposable
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();
    private readonly TempFolder _folder = new();

    private static PublishedResource Resource(int n, string variant = "") => PublishedResource.From(
        $"r{n:D3}",
        new ResourceSubmission
        {
            Title = $"{(n % 3 == 0 ? "Grooming" : n % 3 == 1 ? "Sextortion" : "Cyberbullying")} prevention {variant} lesson {n}",
            Description = $"Resource {n} {variant}: pupils learn to recognise online risks, talk to trusted adults and support friends.",
            Url = $"https://example.org/r{n}",
            Organization = "Sample: Rebuild Org",
            Languages = n % 4 == 0 ? ["fr"] : ["en"],
            AgeMin = 5 + n % 9,
            AgeMax = 10 + n % 9,
            Harms = [n % 3 == 0 ? "ocsea/grooming" : n % 3 == 1 ? "ocsea/sextortion" : "cyberbullying"],
            Audiences = [n % 2 == 0 ? "educators" : "children"],
            ResourceType = n % 2 == 0 ? "lesson-plan" : "video",
            Evidence = new EvidenceInfo { Level = n % 5 == 0 ? "evaluated-effective" : "evidence-informed" },
            Contact = new ContactDetails("Never Indexed", "never@example.org"),
        },
        DateTimeOffset.UnixEpoch.AddDays(n),
        DateTimeOffset.UnixEpoch.AddDays(n + 1),
        inferred: null);

    [Fact]
    public async Task A_rebuilt_index_answers_every_query_exactly_as_the_incrementally_built_one()
    {
        var store = new FileSystemRecordStore(_folder.Path);
        var resources = new PublishedResourceRepository(store);
        using var incremental = LuceneIndexStore.InMemory(Taxonomy);
        var stepwise = new CatalogIndex(incremental, resources, NullLogger<CatalogIndex>.Instance);

        // Publish, update and withdraw in small batches, as the indexing worker would.
        for (var n = 0; n < 60; n++)
        {
            await resources.PutAsync(Resource(n), default);
            await stepwise.ApplyAsync([new IndexRequest($"r{n:D3}")], default);
        }

        for (var n = 0; n < 60; n += 7)
        {
            await resources.PutAsync(Resource(n, "updated"), default);
            await stepwise.ApplyAsync([new IndexRequest($"r{n:D3}")], default);
        }

        for (var n = 3; n < 60; n += 11)
        {
            await resources.DeleteAsync($"r{n:D3}", default);
            await stepwise.ApplyAsync([new IndexRequest($"r{n:D3}")], default);
        }

        Assert.Equal(54, incremental.Count);

        // Deleted documents keep counting in term statistics until merged away.
        incremental.Compact();
        Assert.Equal(54, incremental.Count);

        using var rebuiltStore = LuceneIndexStore.InMemory(Taxonomy);
        var rebuilt = new CatalogIndex(rebuiltStore, resources, NullLogger<CatalogIndex>.Instance);
        Assert.Equal(60 - 6, await rebuilt.RebuildAsync(null, default));

        var queries = new List<SearchRequest>();
        foreach (var text in new[] { "", "grooming", "prevention lesson", "updated", "trusted adults", "sextortion -video", "\"online risks\"", "lesson 14" })
        {
            foreach (var sort in Enum.GetValues<SearchSort>())
            {
                queries.Add(new SearchRequest { Query = text, Sort = sort, PageSize = 100 });
                queries.Add(new SearchRequest
                {
                    Query = text,
                    Sort = sort,
                    PageSize = 7,
                    Page = 2,
                    Filters = new Dictionary<string, IReadOnlyList<string>> { ["harm"] = ["ocsea"], ["lang"] = ["en"] },
                });
            }
        }

        foreach (var query in queries)
        {
            var expected = rebuilt.Searcher.Search(query);
            var actual = stepwise.Searcher.Search(query);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Results.Select(r => (r.Id, r.Score, r.Snippet)), actual.Results.Select(r => (r.Id, r.Score, r.Snippet)));
            Assert.Equal(expected.Facets.OrderBy(f => f.Key).Select(f => f.Value.OrderBy(v => v.Key)), actual.Facets.OrderBy(f => f.Key).Select(f => f.Value.OrderBy(v => v.Key)));
        }
    }

    [Fact]
    public async Task A_rebuild_and_a_compaction_each_leave_one_segment_and_tell_the_snapshot_listeners()
    {
        var resources = new PublishedResourceRepository(new FileSystemRecordStore(_folder.Path));
        using var store = LuceneIndexStore.InMemory(Taxonomy);
        var catalog = new CatalogIndex(store, resources, NullLogger<CatalogIndex>.Instance);
        var commits = 0;
        catalog.Committed += () => commits++;
        for (var n = 0; n < 12; n++)
        {
            await resources.PutAsync(Resource(n), default);
        }

        await catalog.RebuildAsync(null, default);
        Assert.Equal((1, true, 1), (store.SegmentCount, store.IsCompact, commits));

        // Each applied request commits its own small segment.
        for (var n = 12; n < 15; n++)
        {
            await resources.PutAsync(Resource(n), default);
            await catalog.ApplyAsync([new IndexRequest($"r{n:D3}")], default);
        }

        Assert.False(store.IsCompact);
        commits = 0;
        catalog.Compact();
        Assert.Equal((1, 1, 15), (store.SegmentCount, commits, store.Count));
    }

    [Fact]
    public async Task An_apply_arriving_during_a_rebuild_waits_for_it_and_no_resource_is_indexed_twice()
    {
        var resources = new PublishedResourceRepository(new FileSystemRecordStore(_folder.Path));
        using var store = LuceneIndexStore.InMemory(Taxonomy);
        using var catalog = new CatalogIndex(store, resources, NullLogger<CatalogIndex>.Instance);
        for (var n = 0; n < 20; n++)
        {
            await resources.PutAsync(Resource(n), default);
        }

        // Halfway through the rebuild, the worker applies a request for every resource. Without
        // turns, an apply could index a resource the rebuild then adds again.
        Task? apply = null;
        var applied = false;
        await catalog.RebuildAsync(new Callback(count =>
        {
            if (count == 10)
            {
                apply = catalog.ApplyAsync(Enumerable.Range(0, 20).Select(n => new IndexRequest($"r{n:D3}")).ToList(), default);
                applied = apply.Wait(TimeSpan.FromMilliseconds(500));
            }
        }), default);
        await apply!;

        Assert.False(applied);
        Assert.Equal(20, store.Count);
        Assert.Equal(20, store.Ids().Count);
    }

    private sealed class Callback(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    public void Dispose() => _folder.Dispose();
}
