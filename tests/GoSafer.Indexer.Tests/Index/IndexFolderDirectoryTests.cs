using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Testing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GoSafer.Indexer.Tests.Index;

public sealed class IndexFolderDirectoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Merges_read_files_through_buffered_reads_and_searches_through_memory_maps()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "f.bin"), new byte[4096]);
        using var directory = new IndexFolderDirectory(new DirectoryInfo(_folder.Path));

        using var merging = directory.OpenInput("f.bin", new IOContext(new MergeInfo(1, 4096, isExternal: false, mergeMaxNumSegments: 1)));
        using var searching = directory.OpenInput("f.bin", IOContext.READ);

        Assert.IsAssignableFrom<BufferedIndexInput>(merging);
        Assert.IsNotAssignableFrom<BufferedIndexInput>(searching);
        Assert.Contains("MMap", searching.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Searches_read_doc_values_data_beyond_the_limit_through_buffered_reads()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "_0_Lucene45_0.dvd"), new byte[4096]);
        File.WriteAllBytes(Path.Combine(_folder.Path, "_1_Lucene41_0.doc"), new byte[4096]);
        using (var large = File.Create(Path.Combine(_folder.Path, "_1_Lucene45_0.dvd")))
        {
            large.SetLength(IndexFolderDirectory.MappedDocValuesLimitBytes + 1); // sparse: no disk used
        }

        using var directory = new IndexFolderDirectory(new DirectoryInfo(_folder.Path));

        using var smallDocValues = directory.OpenInput("_0_Lucene45_0.dvd", IOContext.READ);
        using var largeDocValues = directory.OpenInput("_1_Lucene45_0.dvd", IOContext.READ);
        using var postings = directory.OpenInput("_1_Lucene41_0.doc", IOContext.READ);

        Assert.Contains("MMap", smallDocValues.GetType().Name, StringComparison.Ordinal);
        Assert.IsType<PositionalReadInput>(largeDocValues);
        Assert.Contains("MMap", postings.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Searches_and_merges_read_the_result_records_lane_through_positional_reads_at_any_size()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "_2_lane1.dvd"), new byte[4096]);
        File.WriteAllBytes(Path.Combine(_folder.Path, "_2_lane0.dvd"), new byte[4096]);
        using var directory = new IndexFolderDirectory(new DirectoryInfo(_folder.Path));

        using var records = directory.OpenInput("_2_lane1.dvd", IOContext.READ);
        using var sortValues = directory.OpenInput("_2_lane0.dvd", IOContext.READ);

        Assert.IsType<PositionalReadInput>(records);
        Assert.Contains("MMap", sortValues.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_in_a_folder_merges_into_one_segment_and_keeps_every_document()
    {
        using (var index = LuceneIndexStore.OpenFolder(_folder.Path, TaxonomyLoader.LoadEmbedded()))
        {
            for (var n = 0; n < 30; n++)
            {
                index.Upsert(SampleEntry.Create($"r{n}") with
                {
                    Languages = [n % 2 == 0 ? "en" : "fr"],
                    PublishedAt = DateTimeOffset.UnixEpoch.AddDays(n),
                });
                if (n % 10 == 9)
                {
                    index.Commit();
                }
            }

            index.Delete("r3");
            index.Compact();
            Assert.True(index.IsCompact);
        }

        using var reopened = LuceneIndexStore.OpenFolder(_folder.Path, TaxonomyLoader.LoadEmbedded());
        Assert.Equal(29, reopened.Count);
        Assert.Equal(1, reopened.SegmentCount);
    }

    [Fact]
    public void Flushed_segments_are_plain_files_whose_result_records_sit_in_a_file_read_positionally()
    {
        using var index = LuceneIndexStore.OpenFolder(_folder.Path, TaxonomyLoader.LoadEmbedded());
        index.Upsert(SampleEntry.Create("r1"));
        index.Commit();

        var files = System.IO.Directory.GetFiles(_folder.Path).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(files, f => f!.EndsWith(".cfs", StringComparison.Ordinal));
        var records = Assert.Single(files, f => GoSafer.Indexer.Index.Codecs.MergeLanes.IsResultRecordsFile(f!));
        using var directory = new IndexFolderDirectory(new DirectoryInfo(_folder.Path));
        using var input = directory.OpenInput(records!, IOContext.READ);
        Assert.IsType<PositionalReadInput>(input);
    }

    [Fact]
    public void Positional_reads_give_every_concurrent_clone_its_own_bytes()
    {
        var path = Path.Combine(_folder.Path, "data.bin");
        var bytes = new byte[1 << 20];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        using var input = new PositionalReadInput(path);

        var mismatches = 0;
        Parallel.For(0, 8, worker =>
        {
            using var clone = (IndexInput)input.Clone();
            var random = new Random(worker);
            var read = new byte[3000];
            for (var n = 0; n < 2000; n++)
            {
                var at = random.Next(bytes.Length - read.Length);
                var length = random.Next(1, read.Length);
                clone.Seek(at);
                clone.ReadBytes(read, 0, length);
                if (!read.AsSpan(0, length).SequenceEqual(bytes.AsSpan(at, length)) || clone.Position != at + length)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
        Assert.Equal(bytes.Length, input.Length);
        input.Seek(bytes.Length - 4);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[8], 0, 8));
    }
}
