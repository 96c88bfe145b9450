using System.Diagnostics;
using System.Globalization;
using GoSafer.Benchmarks.Corpus;
using GoSafer.Hub.Contracts;
using GoSafer.Hub.Exports;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Logging.Abstractions;

namespace GoSafer.Benchmarks.Export;

/// <summary>
/// <c>--ndjson-memory [--docs N] [--work DIR]</c>: stores N generated published resources (with
/// evidence metadata) in a file-system record store, builds the index from them, then streams the
/// whole catalog through the hub's NDJSON export into a byte-counting sink. After every tenth of
/// the records it forces a full GC and records the live managed heap: flat figures mean memory
/// does not grow with the number of records exported. Also reports the process's peak working set.
/// </summary>
internal static class NdjsonMemory
{
    public static int Execute(string[] args)
    {
        var docs = 100_000;
        var work = Path.GetTempPath();
        for (var i = 0; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--docs": docs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}; usage: --ndjson-memory [--docs N] [--work DIR]"); return 2;
            }
        }

        var folder = Path.Combine(work, $"gosafer-ndjson-{Guid.NewGuid():N}");
        try
        {
            return RunAsync(docs, folder).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunAsync(int docs, string folder)
    {
        var taxonomy = TaxonomyLoader.LoadEmbedded();
        var store = new FileSystemRecordStore(Path.Combine(folder, "records"));
        var resources = new PublishedResourceRepository(store);
        var generator = new CorpusGenerator(Vocabulary.Build(taxonomy, 20_000), taxonomy, 42, docs);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < docs; i++)
        {
            await resources.PutAsync(Published(generator.Generate(i), i), CancellationToken.None);
        }

        Console.WriteLine($"stored {docs:N0} published resources in {clock.Elapsed.TotalSeconds:F0} s");
        using var lucene = LuceneIndexStore.OpenFolder(Path.Combine(folder, "index"), taxonomy);
        var index = new CatalogIndex(lucene, resources, NullLogger<CatalogIndex>.Instance);
        clock.Restart();
        await index.RebuildAsync(null, CancellationToken.None);
        Console.WriteLine($"indexed them in {clock.Elapsed.TotalSeconds:F0} s");

        var catalog = new EvidenceCatalog(index, resources, taxonomy);
        var writer = new EvidenceStreamWriter(catalog, new JsonLdEvidenceWriter(taxonomy));
        var sink = new CheckpointSink(Math.Max(1, docs / 10));
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        int written;
        using (var scan = catalog.Open(new Dictionary<string, IReadOnlyList<string>>()))
        {
            written = await writer.WriteAsync(ExportFormat.Ndjson, scan, "", sink, CancellationToken.None);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"exported {written:N0} records, {sink.Bytes / 1e6:F1} MB of NDJSON, in {seconds:F1} s ({written / seconds:N0} records/s)");
        Console.WriteLine($"live managed heap before the export: {before / 1e6:F1} MB");
        Console.WriteLine("records written  live heap after full GC (MB)");
        foreach (var (records, heap) in sink.Checkpoints)
        {
            Console.WriteLine($"{records,15:N0}  {heap / 1e6,10:F1}");
        }

        var heaps = sink.Checkpoints.Select(c => c.Heap).ToList();
        Console.WriteLine($"spread of the live heap across checkpoints: {(heaps.Max() - heaps.Min()) / 1e6:F1} MB");
        Console.WriteLine($"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        return written == docs ? 0 : 1;
    }

    private static PublishedResource Published(GeneratedResource g, int i) => new()
    {
        Id = g.Id,
        SubmittedAt = g.PublishedAt.AddDays(-3),
        PublishedAt = g.PublishedAt,
        UpdatedAt = g.PublishedAt,
        Title = g.Title,
        Description = g.Description,
        Url = g.Url,
        Organization = g.Organization,
        Languages = g.Languages,
        AgeMin = g.AgeMin,
        AgeMax = g.AgeMax,
        Harms = g.Harms,
        Audiences = g.Audiences,
        ResourceType = g.ResourceType,
        Countries = g.Countries,
        License = g.License,
        PublishedYear = g.PublishedYear,
        Evidence = new EvidenceInfo
        {
            Level = g.EvidenceLevel,
            Design = i % 3 == 0 ? "randomised controlled trial" : "pre-post",
            Ratings = i % 4 == 0 ? [new NativeRating("ESSA", "Tier 2", $"https://example.org/ratings/{g.Id}")] : [],
            Citations = [new Citation($"10.5555/bench.{i}", null, $"Benchmark citation {i}")],
            Populations = [$"pupils aged {g.AgeMin}-{g.AgeMax}"],
            Countries = g.Countries,
            Outcomes = ["help-seeking intentions"],
            Ingredients = ["active-skill-based-learning", "adequate-dosage"],
            LastChecked = DateOnly.FromDateTime(g.PublishedAt.UtcDateTime),
        },
    };

    /// <summary>Counts bytes and newlines; every <c>every</c> records it records the live heap after a full GC.</summary>
    private sealed class CheckpointSink(int every) : Stream
    {
        private long _records;

        public long Bytes { get; private set; }

        public List<(long Records, long Heap)> Checkpoints { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Bytes += buffer.Length;
            foreach (var b in buffer)
            {
                if (b == (byte)'\n' && ++_records % every == 0)
                {
                    Checkpoints.Add((_records, GC.GetTotalMemory(forceFullCollection: true)));
                }
            }
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
