using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GoSafer.Indexer.Tests.Index;

public sealed class IndexLayoutTests : IDisposable
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_new_index_has_the_current_layout_and_keeps_it_when_reopened()
    {
        using (var index = LuceneIndexStore.OpenFolder(_folder.Path, Taxonomy))
        {
            Assert.True(index.LayoutIsCurrent);
            index.Upsert(SampleEntry.Create("a"));
            index.Commit();
        }

        using var reopened = LuceneIndexStore.OpenFolder(_folder.Path, Taxonomy);
        Assert.True(reopened.LayoutIsCurrent);
    }

    [Fact]
    public void An_index_of_another_layout_is_outdated_until_every_document_is_replaced()
    {
        using (var index = LuceneIndexStore.OpenFolder(_folder.Path, Taxonomy))
        {
            index.Upsert(SampleEntry.Create("a"));
            index.Commit();
        }

        StampLayout("1");

        using (var old = LuceneIndexStore.OpenFolder(_folder.Path, Taxonomy))
        {
            Assert.False(old.LayoutIsCurrent);

            // A write that leaves older documents in place keeps the index outdated.
            old.Upsert(SampleEntry.Create("b"));
            old.Commit();
        }

        using (var stillOld = LuceneIndexStore.OpenFolder(_folder.Path, Taxonomy))
        {
            Assert.False(stillOld.LayoutIsCurrent);
            stillOld.DeleteAll();
            Assert.True(stillOld.LayoutIsCurrent);
            stillOld.Upsert(SampleEntry.Create("a"));
            stillOld.Commit();
        }

        using var rebuilt = LuceneIndexStore.OpenFolder(_folder.Path, Taxonomy);
        Assert.True(rebuilt.LayoutIsCurrent);
        Assert.Equal(["a"], rebuilt.Ids());
    }

    /// <summary>Writes the commit data an index built by another version carries.</summary>
    private void StampLayout(string layout)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(_folder.Path));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, null) { OpenMode = OpenMode.APPEND });
        writer.SetCommitData(new Dictionary<string, string> { ["gosafer.layout"] = layout });
        writer.Commit();
    }
}
