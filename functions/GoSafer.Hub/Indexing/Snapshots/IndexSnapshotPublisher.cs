using System.Collections.Concurrent;
using System.Security.Cryptography;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Indexer.Index;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing.Snapshots;

/// <summary>
/// Publishes the last index commit to the record store. Order is the invariant readers rely
/// on: every segment file first (each uploaded once, by content hash), segments_N last, then the
/// manifest, then the latest pointer. A reader that sees the pointer finds every file in place.
/// </summary>
public sealed class IndexSnapshotPublisher(LuceneIndexStore index, IRecordStore store, TimeProvider time, ILogger<IndexSnapshotPublisher> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, byte> _uploaded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Name, long Length), string> _hashes = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private bool _knowsUploads;

    /// <summary>The last snapshot this process published; null before the first.</summary>
    public SnapshotManifest? LastPublished { get; private set; }

    public async Task<SnapshotManifest> PublishAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            using var snapshot = index.TakeSnapshot();
            await LearnUploadedFilesAsync(cancellationToken);

            var files = new List<SnapshotFile>();
            var ordered = snapshot.FileNames.Where(f => f != snapshot.SegmentsFileName).Order(StringComparer.Ordinal)
                .Append(snapshot.SegmentsFileName);
            foreach (var name in ordered)
            {
                files.Add(await UploadAsync(snapshot, name, cancellationToken));
            }

            var manifest = new SnapshotManifest(snapshot.Generation, time.GetUtcNow(), snapshot.SegmentsFileName, files);
            var manifestKey = SnapshotKeys.Manifest(snapshot.Generation);
            await store.PutAsync(manifestKey, HubJson.Serialize(manifest), WriteCondition.None, cancellationToken);
            await store.PutAsync(SnapshotKeys.Latest, HubJson.Serialize(new SnapshotPointer(snapshot.Generation, manifestKey)), WriteCondition.None, cancellationToken);
            LastPublished = manifest;
            logger.LogInformation("Published index snapshot {Generation} ({Files} files)", snapshot.Generation, files.Count);
            return manifest;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<SnapshotFile> UploadAsync(IndexCommitSnapshot snapshot, string name, CancellationToken cancellationToken)
    {
        var length = snapshot.Length(name);
        byte[]? bytes = null;
        if (!_hashes.TryGetValue((name, length), out var hash))
        {
            bytes = snapshot.ReadAllBytes(name);
            hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            _hashes[(name, length)] = hash;
        }

        if (!_uploaded.ContainsKey(hash))
        {
            bytes ??= snapshot.ReadAllBytes(name);
            await store.PutAsync(SnapshotKeys.File(hash), bytes, WriteCondition.None, cancellationToken);
            _uploaded[hash] = 0;
        }

        return new SnapshotFile(name, length, hash);
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task LearnUploadedFilesAsync(CancellationToken cancellationToken)
    {
        if (_knowsUploads)
        {
            return;
        }

        await foreach (var key in store.ListKeysAsync(SnapshotKeys.Files, cancellationToken))
        {
            _uploaded[RecordKeys.IdOf(key)] = 0;
        }

        _knowsUploads = true;
    }
}
