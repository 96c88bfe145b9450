using System.Security.Cryptography;
using System.Text.Json;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing.Snapshots;

/// <summary>
/// Brings a search instance's <see cref="SnapshotReplica"/> up to the newest published snapshot.
/// Files are downloaded into a partial folder, verified against their hashes, and the folder is
/// renamed to its generation only when complete; so an interrupted download never replaces the
/// snapshot being served. Files the previous local copy already has are copied, not downloaded.
/// </summary>
public sealed class IndexSnapshotPuller(IRecordStore store, SnapshotReplica replica, string localRoot, ILogger<IndexSnapshotPuller> logger)
{
    private const string ManifestFile = "snapshot-manifest.json";
    private const int GenerationsKept = 2;

    public long? ServedGeneration { get; private set; }

    /// <summary>When the served snapshot was committed by the writer.</summary>
    public DateTimeOffset? ServedCreatedAt { get; private set; }

    /// <summary>
    /// Serves an empty index until the first snapshot arrives, so a replica answers (with no
    /// results and a "waiting" health) instead of failing before any writer has published.
    /// </summary>
    public void ServeEmptyIfNothingServed(HubTaxonomy taxonomy)
    {
        if (replica.Folder is not null)
        {
            return;
        }

        var empty = Path.Combine(localRoot, "empty");
        LuceneIndexStore.OpenFolder(empty, taxonomy).Dispose();
        replica.SwapTo(empty);
    }

    /// <summary>Returns true when a newer snapshot is now served.</summary>
    public async Task<bool> PullAsync(CancellationToken cancellationToken)
    {
        var pointerRecord = await store.GetAsync(SnapshotKeys.Latest, cancellationToken);
        if (pointerRecord is null)
        {
            return false;
        }

        var pointer = HubJson.Deserialize<SnapshotPointer>(pointerRecord.Content);
        if (pointer.Generation == ServedGeneration)
        {
            return false;
        }

        var manifestRecord = await store.GetAsync(pointer.Manifest, cancellationToken)
            ?? throw new InvalidDataException($"Snapshot manifest {pointer.Manifest} is missing");
        var manifest = HubJson.Deserialize<SnapshotManifest>(manifestRecord.Content);
        var target = Path.Combine(localRoot, $"gen-{manifest.Generation:D12}");
        if (!Directory.Exists(target))
        {
            await DownloadAsync(manifest, target, cancellationToken);
        }

        replica.SwapTo(target);
        ServedGeneration = manifest.Generation;
        ServedCreatedAt = manifest.CreatedAt;
        RemoveOldCopies(target);
        logger.LogInformation("Serving index snapshot {Generation}", manifest.Generation);
        return true;
    }

    private async Task DownloadAsync(SnapshotManifest manifest, string target, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(localRoot);
        var partial = Path.Combine(localRoot, $".partial-{manifest.Generation:D12}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(partial);
        try
        {
            var local = LocalFilesByHash();
            foreach (var file in manifest.Files)
            {
                var destination = Path.Combine(partial, file.Name);
                if (local.TryGetValue(file.Sha256, out var existing))
                {
                    File.Copy(existing, destination);
                    continue;
                }

                var record = await store.GetAsync(SnapshotKeys.File(file.Sha256), cancellationToken)
                    ?? throw new InvalidDataException($"Snapshot file {file.Name} ({file.Sha256}) is missing");
                if (Convert.ToHexStringLower(SHA256.HashData(record.Content)) != file.Sha256 || record.Content.Length != file.Length)
                {
                    throw new InvalidDataException($"Snapshot file {file.Name} does not match its hash");
                }

                await File.WriteAllBytesAsync(destination, record.Content, cancellationToken);
            }

            await File.WriteAllBytesAsync(Path.Combine(partial, ManifestFile), HubJson.Serialize(manifest), cancellationToken);
            Directory.Move(partial, target);
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }

    /// <summary>Hash → path of the files in complete local copies (their manifests say which is which).</summary>
    private Dictionary<string, string> LocalFilesByHash()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(localRoot, "gen-*"))
        {
            var manifestPath = Path.Combine(folder, ManifestFile);
            if (!File.Exists(manifestPath))
            {
                continue;
            }

            var manifest = JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllBytes(manifestPath), HubJson.Options)!;
            foreach (var file in manifest.Files)
            {
                files.TryAdd(file.Sha256, Path.Combine(folder, file.Name));
            }
        }

        return files;
    }

    /// <summary>
    /// Keeps the served copy and the one before (searches leased from it may still be running;
    /// on POSIX an open file survives deletion anyway). Partial folders of failed pulls go too.
    /// </summary>
    private void RemoveOldCopies(string served)
    {
        var complete = Directory.EnumerateDirectories(localRoot, "gen-*").Order(StringComparer.Ordinal).ToList();
        foreach (var old in complete.Take(Math.Max(0, complete.Count - GenerationsKept)).Where(f => f != served))
        {
            Directory.Delete(old, recursive: true);
        }

        foreach (var partial in Directory.EnumerateDirectories(localRoot, ".partial-*"))
        {
            Directory.Delete(partial, recursive: true);
        }
    }
}
