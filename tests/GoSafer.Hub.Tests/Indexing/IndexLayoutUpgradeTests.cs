using GoSafer.Hub.Indexing;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>A hub started on an index written by an older version rebuilds it before serving.</summary>
public sealed class IndexLayoutUpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string IndexPath => Path.Combine(_folder.Path, "index");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reconciling_an_index_of_an_older_layout_rebuilds_it_even_when_it_holds_every_resource()
    {
        var resources = new PublishedResourceRepository(new FileSystemRecordStore(Path.Combine(_folder.Path, "records")));
        await PipelineSamples.StoreAsync(resources, 0, 6);
        using (var first = LuceneIndexStore.OpenFolder(IndexPath, PipelineSamples.Taxonomy))
        {
            await new CatalogIndex(first, resources, new CapturingLogger<CatalogIndex>()).RebuildAsync(null, default);
        }

        using (var directory = FSDirectory.Open(new DirectoryInfo(IndexPath)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = OpenMode.APPEND }))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["gosafer.layout"] = "1" });
            writer.Commit();
        }

        using var reopened = LuceneIndexStore.OpenFolder(IndexPath, PipelineSamples.Taxonomy);
        Assert.False(reopened.LayoutIsCurrent);
        var logger = new CapturingLogger<CatalogIndex>();
        var catalog = new CatalogIndex(reopened, resources, logger);

        await catalog.EnsureReconciledAsync(default);

        Assert.True(reopened.LayoutIsCurrent);
        Assert.Contains(logger.Entries, e => e.Message.Contains("older version", StringComparison.Ordinal));
        Assert.Equal(6, catalog.Searcher.Search(new SearchRequest { Query = "safety" }).Total);
    }
}
