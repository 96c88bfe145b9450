using GoSafer.Benchmarks.Corpus;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Engines;

/// <summary>
/// The hub's own engine, used exactly as the hub uses it: a <see cref="LuceneIndexStore"/> in a
/// folder, <c>Add</c> per resource (as the rebuild does) and one <c>Compact</c> (commit and merge into one segment), then <see cref="CatalogSearcher"/>
/// (query building, concept matching, BM25, the six disjunctive facets, snippets of the page).
/// </summary>
internal sealed class GoSaferEngine(string folder, HubTaxonomy taxonomy) : IBenchmarkEngine
{
    public const int PageSize = 20;

    private readonly LuceneIndexStore _index = LuceneIndexStore.OpenFolder(folder, taxonomy);
    private CatalogSearcher? _searcher;

    /// <summary>As the hub's rebuild adds: every ID is new, so no delete-by-ID.</summary>
    public void Add(CatalogEntry entry) => _index.Add(entry);

    /// <summary>The IndexWriter is thread-safe: each thread fills its own in-memory segment.</summary>
    public bool ConcurrentAdds => true;

    /// <summary>As the hub's rebuild ends: commit, then merge into one segment (counted in the build time).</summary>
    public void Finish()
    {
        _index.Compact();
        _searcher = new CatalogSearcher(_index);
    }

    public QueryOutcome Search(BenchmarkQuery query)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Finish the build first.");
        var results = searcher.Search(new SearchRequest { Query = query.Text, Filters = query.Filters, PageSize = PageSize });
        return new QueryOutcome(results.Fuzzy ? 0 : results.Total, results.Fuzzy, results.Facets, results.Results.Count);
    }

    public long IndexBytes() => new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);

    public void Dispose() => _index.Dispose();
}
