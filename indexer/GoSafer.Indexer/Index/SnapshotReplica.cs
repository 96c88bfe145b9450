using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GoSafer.Indexer.Index;

/// <summary>
/// A read-only index served from a local copy of a published snapshot. <see cref="SwapTo"/>
/// opens a newer copy and switches new leases to it; searches already running keep the searcher
/// they leased, so no query is dropped, and the old copy closes when its last lease is released.
/// </summary>
public sealed class SnapshotReplica(HubTaxonomy taxonomy) : SearchableIndex, IDisposable
{
    private sealed record Generation(string Folder, Lucene.Net.Store.Directory Directory, SearcherManager Searchers, IReadOnlyCollection<string> Languages);

    private readonly Analyzer _analyzer = IndexAnalysis.CreateAnalyzer();
    private Generation? _current;

    public override HubTaxonomy Taxonomy => taxonomy;

    internal override Analyzer Analyzer => _analyzer;

    internal override IReadOnlyCollection<string> AnalyzedLanguages => Current.Languages;

    /// <summary>The folder now served, or null before the first snapshot arrived.</summary>
    public string? Folder => Volatile.Read(ref _current)?.Folder;

    private Generation Current => Volatile.Read(ref _current)
        ?? throw new InvalidOperationException("No index snapshot has been loaded yet.");

    /// <summary>Serves the complete index in <paramref name="folder"/> from now on.</summary>
    public void SwapTo(string folder)
    {
        // Read as the writer's own folder is (mapped, large doc values through positional reads).
        var directory = new IndexFolderDirectory(new DirectoryInfo(folder));
        var searchers = new SearcherManager(directory, new CatalogSearcherFactory());
        List<string> languages;
        var searcher = searchers.Acquire();
        try
        {
            languages = ReadAnalyzedLanguages(searcher.IndexReader);
        }
        finally
        {
            searchers.Release(searcher);
        }

        var previous = Interlocked.Exchange(ref _current, new Generation(folder, directory, searchers, languages));
        Close(previous);
    }

    public override SearcherLease AcquireSearcher()
    {
        while (true)
        {
            var current = Current;
            try
            {
                return new SearcherLease(current.Searchers);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(current, Volatile.Read(ref _current)))
            {
                // Swapped and closed between reading Current and acquiring: take the new one.
            }
        }
    }

    public void Dispose()
    {
        Close(Interlocked.Exchange(ref _current, null));
        _analyzer.Dispose();
    }

    /// <summary>Leased searchers hold their own reader references and stay usable until released.</summary>
    private static void Close(Generation? generation)
    {
        if (generation is not null)
        {
            generation.Searchers.Dispose();
            generation.Directory.Dispose();
        }
    }
}
