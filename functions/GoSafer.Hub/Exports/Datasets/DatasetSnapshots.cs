using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Exports.Datasets;

/// <summary>
/// Daily dataset snapshots in the record store. The first listing of a UTC day makes that day's
/// snapshot (docs/research-api.md); a snapshot is never rewritten, so its digest stays citable.
/// The dump is written under a content-addressed key and the manifest only if none exists, so two
/// instances racing on the same day leave one consistent snapshot.
/// </summary>
public sealed class DatasetSnapshots(
    IRecordStore store,
    EvidenceCatalog catalog,
    EvidenceStreamWriter writer,
    HubTaxonomy taxonomy,
    TimeProvider time,
    ILogger<DatasetSnapshots> logger) : IDisposable
{
    private readonly SemaphoreSlim _making = new(1, 1);

    public void Dispose() => _making.Dispose();

    public static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Makes today's snapshot unless it exists.</summary>
    public async Task EnsureTodayAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var date = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (await store.GetAsync(DatasetKeys.Manifest(date), cancellationToken) is not null)
        {
            return;
        }

        await _making.WaitAsync(cancellationToken);
        try
        {
            if (await store.GetAsync(DatasetKeys.Manifest(date), cancellationToken) is not null)
            {
                return;
            }

            // The store takes whole records, so the dump is assembled in memory once a day.
            using var dump = new MemoryStream();
            int records;
            using (var scan = catalog.Open(new Dictionary<string, IReadOnlyList<string>>()))
            {
                records = await writer.WriteAsync(ExportFormat.Ndjson, scan, "", dump, cancellationToken);
            }

            var sha256 = Convert.ToHexStringLower(SHA256.HashData(dump.GetBuffer().AsSpan(0, (int)dump.Length)));
            var manifest = new DatasetManifest
            {
                Date = date,
                CreatedAt = now,
                Records = records,
                Bytes = dump.Length,
                Sha256 = sha256,
                Url = $"/api/evidence/datasets/{date}",
                TaxonomyVersion = taxonomy.Version,
                Citation = $"GO-SAFER hub. Evidence metadata of published prevention-education resources, snapshot {date} "
                    + $"({records} records, NDJSON, SHA-256 {sha256}).",
            };
            await store.PutAsync(manifest.DumpKey, dump.GetBuffer().AsMemory(0, (int)dump.Length), WriteCondition.None, cancellationToken);
            try
            {
                await store.PutAsync(DatasetKeys.Manifest(date), HubJson.Serialize(manifest), WriteCondition.CreateOnly, cancellationToken);
                logger.LogInformation("Dataset snapshot {Date}: {Records} records, sha256 {Sha256}", date, records, sha256);
            }
            catch (ConcurrencyConflictException)
            {
                // Another instance made today's snapshot first; its manifest names its own dump.
            }
        }
        finally
        {
            _making.Release();
        }
    }

    public async IAsyncEnumerable<DatasetManifest> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var manifests = new List<string>();
        await foreach (var key in store.ListKeysAsync(DatasetKeys.Prefix, cancellationToken))
        {
            if (key.EndsWith(".json", StringComparison.Ordinal))
            {
                manifests.Add(key);
            }
        }

        // Newest first: dates sort as text.
        foreach (var key in manifests.OrderDescending(StringComparer.Ordinal))
        {
            if (await store.GetAsync(key, cancellationToken) is { } stored)
            {
                yield return HubJson.Deserialize<DatasetManifest>(stored.Content);
            }
        }
    }

    public async Task<(DatasetManifest Manifest, byte[] Dump)?> GetAsync(string date, CancellationToken cancellationToken)
    {
        if (!IsDate(date) || await store.GetAsync(DatasetKeys.Manifest(date), cancellationToken) is not { } stored)
        {
            return null;
        }

        var manifest = HubJson.Deserialize<DatasetManifest>(stored.Content);
        var dump = await store.GetAsync(manifest.DumpKey, cancellationToken);
        return dump is null ? null : (manifest, dump.Content);
    }
}
