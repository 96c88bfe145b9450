namespace GoSafer.Hub.Configuration;

/// <summary>The <c>GoSafer</c> configuration section (see the README's configuration table).</summary>
public sealed class HubOptions
{
    public const string Section = "GoSafer";

    /// <summary>Embedded mode: where records and the index live.</summary>
    public string DataPath { get; set; } = "./.gosafer-data";

    public HubStorageOptions Storage { get; set; } = new();

    public SeedOptions Seed { get; set; } = new();

    public IntakeOptions Intake { get; set; } = new();

    public string RecordsPath => Path.Combine(DataPath, "records");

    public string IndexPath => Path.Combine(DataPath, "index");
}

public sealed class HubStorageOptions
{
    public const string FileSystem = "FileSystem";
    public const string AzureBlob = "AzureBlob";

    public string Provider { get; set; } = FileSystem;

    /// <summary>Shared-key access (Azurite, development). When empty, the service URIs below are used with the host's managed identity.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Identity-based access without keys (Azure, where shared keys are disabled), e.g. <c>https://acct.blob.core.windows.net</c>.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>The Queue endpoint for identity-based access (index requests), e.g. <c>https://acct.queue.core.windows.net</c>.</summary>
    public Uri? QueueServiceUri { get; set; }

    public bool HasBlobAccess => !string.IsNullOrWhiteSpace(ConnectionString) || BlobServiceUri is not null;

    public bool HasQueueAccess => !string.IsNullOrWhiteSpace(ConnectionString) || QueueServiceUri is not null;

    /// <summary>The Blob container of the records (AzureBlob provider).</summary>
    public string Container { get; set; } = "gosafer-records";

    /// <summary>Attached files and their extracted text (reviewers only; never public).</summary>
    public string AttachmentsContainer { get; set; } = "gosafer-attachments";

    /// <summary>The hash-chained audit log (admins only).</summary>
    public string AuditContainer { get; set; } = "gosafer-audit";

    /// <summary>Published index snapshots, pulled by search replicas.</summary>
    public string SnapshotsContainer { get; set; } = "gosafer-index";

    public bool IsFileSystem => string.Equals(Provider, FileSystem, StringComparison.OrdinalIgnoreCase);
}

public sealed class SeedOptions
{
    /// <summary>Seed the demo corpus into an empty embedded store.</summary>
    public bool Demo { get; set; } = true;
}

public sealed class IntakeOptions
{
    /// <summary>Largest JSON body accepted by the intake endpoints; larger ones get 413.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Submissions one client address may send per window (resources and nominations together).</summary>
    public int RateLimitPermits { get; set; } = 20;

    public int RateLimitWindowSeconds { get; set; } = 600;

    /// <summary>How long an Idempotency-Key is remembered; a retry after that is a new request.</summary>
    public double IdempotencyWindowHours { get; set; } = 24;

    /// <summary>The Retry-After of a 503 when storage is down and the breaker gives no better time.</summary>
    public int UnavailableRetryAfterSeconds { get; set; } = 5;
}
