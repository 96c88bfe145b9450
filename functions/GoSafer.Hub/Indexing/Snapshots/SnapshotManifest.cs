namespace GoSafer.Hub.Indexing.Snapshots;

/// <summary>One published index commit: its files by content hash, and which one is segments_N.</summary>
public sealed record SnapshotManifest(long Generation, DateTimeOffset CreatedAt, string SegmentsFile, IReadOnlyList<SnapshotFile> Files);

public sealed record SnapshotFile(string Name, long Length, string Sha256);

/// <summary>The pointer readers poll: the newest complete snapshot.</summary>
public sealed record SnapshotPointer(long Generation, string Manifest);

/// <summary>Where snapshots live in the record store.</summary>
public static class SnapshotKeys
{
    /// <summary>Everything of the snapshots lives under this prefix (its own container in Azure).</summary>
    public const string Root = "index/";
    public const string Files = "index/files/";
    public const string Latest = "index/latest.json";

    /// <summary>Files are stored by content hash: uploaded once, immune to Lucene reusing a name in a new index.</summary>
    public static string File(string sha256) => $"{Files}{sha256}.bin";

    public static string Manifest(long generation) => $"index/manifests/{generation:D12}.json";
}
