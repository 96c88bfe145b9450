using System.Runtime.CompilerServices;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Exports;

/// <summary>
/// The evidence records of a facet slice, in ID order: IDs from the search index (so the slice is
/// exactly search's), each record read from the record store (the source of truth) as it is
/// consumed. Nothing is held beyond the record being written, whatever the catalog's size.
/// </summary>
public sealed class EvidenceCatalog(CatalogIndex index, PublishedResourceRepository resources, HubTaxonomy taxonomy)
{
    /// <summary>Opens a point-in-time slice; dispose it when done.</summary>
    public CatalogIdScan Open(IReadOnlyDictionary<string, IReadOnlyList<string>> filters) =>
        CatalogIdScan.Open(index.Store, filters);

    public async IAsyncEnumerable<EvidenceRecord> ReadAsync(
        CatalogIdScan scan, string? after, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var id in scan.IdsAfter(after))
        {
            // A resource withdrawn since the index was read is skipped, never served stale.
            if (await resources.GetAsync(id, cancellationToken) is { } resource)
            {
                yield return EvidenceRecord.From(resource, taxonomy);
            }
        }
    }
}
