namespace GoSafer.Hub.Exports.Datasets;

/// <summary>
/// A dated, citable snapshot of the whole evidence catalog: an NDJSON dump whose SHA-256 and
/// record count let a reader prove they hold exactly the cited data.
/// </summary>
public sealed record DatasetManifest
{
    public required string Date { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Format { get; init; } = "ndjson";
    public required int Records { get; init; }
    public required long Bytes { get; init; }
    public required string Sha256 { get; init; }
    public required string Url { get; init; }
    public required string TaxonomyVersion { get; init; }

    /// <summary>A suggested citation naming the date and the digest.</summary>
    public required string Citation { get; init; }

    /// <summary>The record-store key of the dump (content-addressed, so racing writers never clash).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DumpKey => DatasetKeys.Dump(Date, Sha256);
}

public sealed record DatasetList(IReadOnlyList<DatasetManifest> Datasets);

public static class DatasetKeys
{
    public const string Prefix = "datasets/";

    public static string Manifest(string date) => $"{Prefix}{date}.json";

    public static string Dump(string date, string sha256) => $"{Prefix}{date}-{sha256[..16]}.ndjson";
}
