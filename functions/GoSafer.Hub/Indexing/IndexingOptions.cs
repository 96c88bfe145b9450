namespace GoSafer.Hub.Indexing;

/// <summary>The <c>GoSafer:Indexing</c> section: which queue carries index requests, this instance's role and the snapshot schedule.</summary>
public sealed class IndexingOptions
{
    public const string Section = "GoSafer:Indexing";

    /// <summary><see cref="IndexRoles.Writer"/> (owns the Lucene index) or <see cref="IndexRoles.Replica"/> (serves pulled snapshots).</summary>
    public string Role { get; set; } = IndexRoles.Writer;

    /// <summary><see cref="IndexQueueKinds.InProcess"/> (a channel) or <see cref="IndexQueueKinds.AzureQueue"/> (a Storage Queue).</summary>
    public string Queue { get; set; } = IndexQueueKinds.InProcess;

    /// <summary>The Storage Queue of index requests; its poison queue is this name + <c>-poison</c>.</summary>
    public string QueueName { get; set; } = "gosafer-index-requests";

    /// <summary>Attempts before a message moves to the poison queue (keep equal to host.json <c>maxDequeueCount</c>).</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Messages taken per receive (Storage Queues allow at most 32).</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How long a received message stays invisible while it is applied.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a failed message waits before its next attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait between receives when the queue was empty.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether this host drains the Storage Queue itself (false in the Functions app, whose queue trigger does).</summary>
    public bool QueueWorker { get; set; } = true;

    public SnapshotScheduleOptions Snapshots { get; set; } = new();

    public string PoisonQueueName => $"{QueueName}-poison";

    public bool IsReplica => string.Equals(Role, IndexRoles.Replica, StringComparison.OrdinalIgnoreCase);

    public bool UsesAzureQueue => string.Equals(Queue, IndexQueueKinds.AzureQueue, StringComparison.OrdinalIgnoreCase);

    public bool IsValid =>
        (string.Equals(Role, IndexRoles.Writer, StringComparison.OrdinalIgnoreCase) || IsReplica)
        && (string.Equals(Queue, IndexQueueKinds.InProcess, StringComparison.OrdinalIgnoreCase) || UsesAzureQueue)
        && MaxDequeueCount >= 1 && BatchSize is >= 1 and <= 32;
}

/// <summary><c>GoSafer:Indexing:Snapshots</c>: the writer publishes, replicas pull.</summary>
public sealed class SnapshotScheduleOptions
{
    /// <summary>Writer: publish a snapshot after commits.</summary>
    public bool Publish { get; set; }

    /// <summary>Writer: at most one snapshot per interval; commits in between are folded into the next one.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Replica: how often the latest-snapshot pointer is read (a new snapshot is served within this plus its download).</summary>
    public TimeSpan PullInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Replica: local folder for downloaded snapshots (default: <c>{DataPath}/replica</c>).</summary>
    public string? ReplicaPath { get; set; }
}

public static class IndexRoles
{
    public const string Writer = "Writer";
    public const string Replica = "Replica";
}

public static class IndexQueueKinds
{
    public const string InProcess = "InProcess";
    public const string AzureQueue = "AzureQueue";
}
