using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Index.Codecs;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Indexer.Tests.Tagging;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace GoSafer.Indexer.Tests.Index.Codecs;

public sealed class CatalogCodecTests
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();

    [Fact]
    public void A_merge_writes_exactly_the_index_the_stock_codec_writes()
    {
        using var stock = Written(Entries(), new Lucene46Codec());
        using var lanes = Written(Entries(), new CatalogCodec());

        Assert.Equal(IndexContents.Of(stock.Reader), IndexContents.Of(lanes.Reader));
        Assert.Equal(CatalogCodec.FormatName, SegmentCodec(lanes.Directory));
    }

    [Fact]
    public void A_merge_shares_the_postings_and_doc_values_out_over_both_lanes()
    {
        using var lanes = Written(Entries(), new CatalogCodec());

        // A lane without fields holds only the format's header and footer, under 100 bytes.
        var files = lanes.Directory.ListAll();
        foreach (var extension in new[] { ".tim", ".doc", ".dvd" })
        {
            foreach (var lane in new[] { "_lane0", "_lane1" })
            {
                var file = Assert.Single(files, f => f.EndsWith(lane + extension, StringComparison.Ordinal));
                Assert.True(lanes.Directory.FileLength(file) > 1_000, $"{file}: {lanes.Directory.FileLength(file)} bytes");
            }
        }
    }

    [Fact]
    public void Segments_of_the_stock_codec_are_rewritten_in_the_catalog_codec_when_merged()
    {
        var entries = Entries();
        using var stock = Written(entries, new Lucene46Codec());
        var directory = new RAMDirectory();
        var half = entries.Count / 2;
        Write(directory, entries.Take(half), new Lucene46Codec(), merge: false);
        Assert.Equal("Lucene46", SegmentCodec(directory));
        Write(directory, entries.Skip(half), new CatalogCodec(), merge: true);
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(CatalogCodec.FormatName, SegmentCodec(directory));
        Assert.Equal(IndexContents.Of(stock.Reader), IndexContents.Of(reader));
    }

    [Fact]
    public void Merging_again_with_deletions_writes_exactly_what_the_stock_codec_writes()
    {
        // The second merge reads a merged segment whose postings and doc values fill both lanes, and
        // maps document numbers around the deleted ones (the hub replaces resources in place).
        var entries = Entries();
        var deleted = entries.Where((_, i) => i % 4 == 1).Select(e => e.Id).ToList();
        using var stock = MergedTwice(entries, deleted, new Lucene46Codec());
        using var lanes = MergedTwice(entries, deleted, new CatalogCodec());

        Assert.Equal(entries.Count - deleted.Count, lanes.Reader.NumDocs);
        Assert.Equal(IndexContents.Of(stock.Reader), IndexContents.Of(lanes.Reader));
    }

    [Fact]
    public void A_merge_whose_second_lane_cannot_be_written_fails_and_leaves_the_index_as_it_was()
    {
        var entries = Entries();
        using var stock = Written(entries, new Lucene46Codec());
        using var directory = new FailingLaneDirectory();
        using var reading = IndexAnalysis.CreateAnalyzer();
        using var analyzer = IndexAnalysis.CreateWritingAnalyzer(reading);
        using var writer = new IndexWriter(directory, Config(analyzer, new CatalogCodec()));
        var builder = new CatalogDocumentBuilder(Taxonomy);
        foreach (var entry in entries)
        {
            writer.AddDocument(builder.Build(entry));
        }

        writer.Commit();
        var segments = SegmentNames(directory);
        directory.Armed = true;

        Assert.ThrowsAny<IOException>(() => writer.ForceMerge(1));
        Assert.Equal(segments, SegmentNames(directory));
        directory.Armed = false;
        writer.ForceMerge(1);
        writer.Commit();
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(IndexContents.Of(stock.Reader), IndexContents.Of(reader));
    }

    [Fact]
    public void A_failing_lane_fails_the_merge_with_its_own_error_after_the_other_lane_has_stopped()
    {
        var secondSawCancel = false;
        using var secondStarted = new ManualResetEventSlim();
        var first = Assert.Throws<IOException>(() => MergeLanes.RunBoth(
            () =>
            {
                secondStarted.Wait(TimeSpan.FromSeconds(10));
                throw new IOException("first lane");
            },
            lane =>
            {
                secondStarted.Set();
                SpinWait.SpinUntil(() => lane.Cancelled, TimeSpan.FromSeconds(10));
                secondSawCancel = lane.Cancelled;
                throw new IOException("second lane, after the first");
            }));
        Assert.Equal("first lane", first.Message);
        Assert.True(secondSawCancel);
        Assert.Equal("second lane, after the first", first.Data["GoSafer.SecondLaneFailure"]);

        var second = Assert.Throws<IOException>(() => MergeLanes.RunBoth(() => { }, _ => throw new IOException("second lane")));
        Assert.Equal("second lane", second.Message);
    }

    [Fact]
    public void The_second_lane_skips_work_posted_after_a_failure_and_reports_the_failure()
    {
        var ran = new List<int>();
        using var lane = new SecondLane();
        lane.Post(() => ran.Add(1));
        lane.Post(() => throw new IOException("broken"));
        lane.Post(() => ran.Add(3));

        Assert.Equal("broken", Assert.Throws<IOException>(lane.Finish).Message);
        Assert.Equal([1], ran);
    }

    /// <summary>
    /// The tagging set's resources in all six UN languages with their facets, plus resources in a
    /// language without an analyzer and with attachment text, so that every kind of field is written.
    /// </summary>
    private static List<CatalogEntry> Entries()
    {
        var entries = TaggingSet.Load().Cases.Select((c, i) => new CatalogEntry
        {
            Id = c.Id,
            Title = c.Title,
            Description = c.Description,
            Url = $"https://example.org/{c.Id}",
            Organization = $"Organisation {i % 7}",
            Languages = [c.Language],
            Keywords = [$"keyword{i % 5}"],
            AgeMin = c.Expected.Ages?.Min,
            AgeMax = c.Expected.Ages?.Max,
            Harms = c.Expected.Harms,
            Audiences = c.Expected.Audiences,
            ResourceType = c.Expected.ResourceType,
            EvidenceLevel = i % 3 == 0 ? "rct" : null,
            PublishedAt = DateTimeOffset.UnixEpoch.AddDays(i),
        }).ToList();
        entries.Add(SampleEntry.Create("sw-1") with { Languages = ["sw"], Title = "Usalama mtandaoni kwa watoto", Description = "Mwongozo wa walimu kuhusu usalama mtandaoni." });
        entries.Add(SampleEntry.Create("att-1") with { AttachmentText = "Lesson one: recognising grooming. Lesson two: reporting and getting help." });
        return entries;
    }

    /// <summary>The entries written in several flushed segments, then merged into one.</summary>
    private static WrittenIndex Written(IReadOnlyList<CatalogEntry> entries, Codec codec)
    {
        var directory = new RAMDirectory();
        Write(directory, entries, codec, merge: true);
        return new WrittenIndex(directory, DirectoryReader.Open(directory));
    }

    /// <summary>Half the entries merged into one segment, the rest added, some deleted, all merged again.</summary>
    private static WrittenIndex MergedTwice(IReadOnlyList<CatalogEntry> entries, IEnumerable<string> deleted, Codec codec)
    {
        var directory = new RAMDirectory();
        var half = entries.Count / 2;
        Write(directory, entries.Take(half), codec, merge: true);
        Write(directory, entries.Skip(half), codec, merge: false);
        using (var reading = IndexAnalysis.CreateAnalyzer())
        using (var analyzer = IndexAnalysis.CreateWritingAnalyzer(reading))
        using (var writer = new IndexWriter(directory, Config(analyzer, codec)))
        {
            writer.DeleteDocuments([.. deleted.Select(id => new Term(IndexFields.Id, id))]);
            writer.ForceMerge(1);
        }

        return new WrittenIndex(directory, DirectoryReader.Open(directory));
    }

    private static IndexWriterConfig Config(Lucene.Net.Analysis.Analyzer analyzer, Codec codec) => new(IndexAnalysis.Version, analyzer)
    {
        Similarity = CatalogSearcherFactory.Similarity,
        Codec = codec,
        MaxBufferedDocs = 7,
        // Merges adjacent segments only, so documents keep their order whatever the segments'
        // sizes in bytes (the tiered policy chooses by size, and the two formats' sizes differ).
        MergePolicy = new LogDocMergePolicy(),
        // Merges on the calling thread, so that a failed merge's exception reaches the test.
        MergeScheduler = new SerialMergeScheduler(),
    };

    private static List<string> SegmentNames(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return [.. infos.Segments.Select(s => s.Info.Name)];
    }

    private static void Write(Lucene.Net.Store.Directory directory, IEnumerable<CatalogEntry> entries, Codec codec, bool merge)
    {
        var builder = new CatalogDocumentBuilder(Taxonomy);
        using var reading = IndexAnalysis.CreateAnalyzer();
        using var analyzer = IndexAnalysis.CreateWritingAnalyzer(reading);
        using var writer = new IndexWriter(directory, Config(analyzer, codec));
        foreach (var entry in entries)
        {
            writer.AddDocument(builder.Build(entry));
        }

        if (merge)
        {
            writer.ForceMerge(1);
        }

        writer.Commit();
    }

    private static string SegmentCodec(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Segments.Select(s => s.Info.Codec.Name).Distinct().Single();
    }

    private sealed record WrittenIndex(RAMDirectory Directory, DirectoryReader Reader) : IDisposable
    {
        public void Dispose()
        {
            Reader.Dispose();
            Directory.Dispose();
        }
    }
}
