namespace GoSafer.Hub.Storage;

/// <summary>
/// The external dependencies that each have their own resilience pipeline. The names are the keys
/// of the pipeline registry (<c>ResiliencePipelineProvider&lt;string&gt;.GetPipeline(name)</c>) and
/// the <c>dependency</c> tag of the telemetry.
/// </summary>
public static class Dependencies
{
    /// <summary>Azure Blob Storage: records, attachments, audit and index snapshots.</summary>
    public const string Blob = "blob-storage";

    /// <summary>Azure Queue Storage: the index-request queue.</summary>
    public const string Queue = "queue-storage";

    public static IReadOnlyList<string> All { get; } = [Blob, Queue];
}
