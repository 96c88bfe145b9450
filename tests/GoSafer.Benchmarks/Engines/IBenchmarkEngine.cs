using GoSafer.Benchmarks.Corpus;
using GoSafer.Indexer.Catalog;

namespace GoSafer.Benchmarks.Engines;

/// <summary>An engine under measurement: built once from the corpus, then queried one query at a time.</summary>
internal interface IBenchmarkEngine : IDisposable
{
    /// <summary>Indexes one resource (timed by the caller).</summary>
    void Add(CatalogEntry entry);

    /// <summary>
    /// <see cref="Add"/> may be called from several threads at once. The build then uses one
    /// thread per core (what the engine allows, not what the hub's reindex does: it adds from one
    /// thread, see docs/search.md); a single-writer engine is fed from one thread.
    /// </summary>
    bool ConcurrentAdds { get; }

    /// <summary>Makes everything added durable and searchable (timed as part of the build).</summary>
    void Finish();

    /// <summary>Runs a query as the hub would serve it: total, top 20 with snippets, six facets.</summary>
    QueryOutcome Search(BenchmarkQuery query);

    /// <summary>Bytes on disk once built.</summary>
    long IndexBytes();
}

/// <param name="Total">Resources matching the exact words and every filter.</param>
/// <param name="Fuzzy">Our engine found nothing with the exact words and showed typo-tolerant matches instead (its Total is then 0).</param>
/// <param name="Facets">Disjunctive counts: each facet's values counted ignoring that facet's own filter.</param>
/// <param name="Hits">Results returned on the page.</param>
internal sealed record QueryOutcome(int Total, bool Fuzzy, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, int Hits)
{
    /// <summary>Facet counts as one comparable line: facets and values in ordinal order, zero counts left out.</summary>
    public string FacetKey() => string.Join(';', Facets.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
        f.Key + ":" + string.Join(',', f.Value.Where(v => v.Value > 0).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))));
}
