using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing.Consistency;

/// <summary>
/// Compares the index with the stored published records and, when asked, repairs the drift: adds
/// what is missing, removes what is stale, re-indexes what changed. "Changed" compares every
/// stored index field, and the digest of the searched-only text (keywords, attachment text), with a
/// document freshly built from the record (in a small scratch index, a chunk at a time, so memory
/// stays bounded).
/// </summary>
public sealed class ConsistencyCheck(CatalogIndex index, PublishedResourceRepository resources, HubTaxonomy taxonomy, ILogger<ConsistencyCheck> logger)
{
    private const int Chunk = 256;

    public async Task<ConsistencyReport> RunAsync(bool repair, CancellationToken cancellationToken)
    {
        var indexed = DocumentFingerprints.Read(index.Store);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        var changed = new List<string>();
        var unreadable = 0;

        using (var scratch = LuceneIndexStore.InMemory(taxonomy))
        {
            var chunk = new List<string>(Chunk);
            await foreach (var (id, stored) in index.ReadStoredAsync(cancellationToken))
            {
                seen.Add(id);
                if (stored is not { } resource)
                {
                    // Its index entry, if any, stays as it is: neither repairable nor provably stale.
                    unreadable++;
                    continue;
                }

                if (!indexed.ContainsKey(resource.Id))
                {
                    missing.Add(resource.Id);
                    continue;
                }

                scratch.Upsert(await resources.ToCatalogEntryAsync(resource, cancellationToken));
                chunk.Add(resource.Id);
                if (chunk.Count == Chunk)
                {
                    changed.AddRange(Compare(scratch, chunk, indexed));
                }
            }

            changed.AddRange(Compare(scratch, chunk, indexed));
        }

        var stale = indexed.Keys.Where(id => !seen.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var drifted = missing.Concat(stale).Concat(changed).ToList();
        var repaired = repair && drifted.Count > 0;
        if (repaired)
        {
            await index.ApplyAsync([.. drifted.Select(id => new IndexRequest(id))], cancellationToken);
        }

        var report = new ConsistencyReport(seen.Count, indexed.Count, missing.Count, stale.Count, changed.Count, repaired) { Unreadable = unreadable };
        var level = report.InStep ? LogLevel.Information : LogLevel.Warning;
        logger.Log(level, "Index consistency: {Stored} stored, {Indexed} indexed, {Missing} missing, {Stale} stale, {Changed} changed, {Unreadable} unreadable; repaired: {Repaired}",
            report.Stored, report.Indexed, report.Missing, report.Stale, report.Changed, report.Unreadable, report.Repaired);
        return report;
    }

    /// <summary>The IDs in <paramref name="chunk"/> whose fresh document differs from the indexed one; empties the scratch index.</summary>
    private static List<string> Compare(LuceneIndexStore scratch, List<string> chunk, Dictionary<string, string> indexed)
    {
        if (chunk.Count == 0)
        {
            return [];
        }

        scratch.Commit();
        var fresh = DocumentFingerprints.Read(scratch);
        var differing = chunk.Where(id => fresh[id] != indexed[id]).ToList();
        scratch.DeleteAll();
        scratch.Commit();
        chunk.Clear();
        return differing;
    }
}
