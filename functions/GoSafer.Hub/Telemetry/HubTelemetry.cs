using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GoSafer.Hub.Telemetry;

/// <summary>
/// The hub's own traces and metrics, both named <see cref="Name"/>. Tag values are closed sets
/// (kinds, outcomes, operations, key areas, dependency names): never IDs of people, contact
/// details, titles or free text, so nothing personal can reach an exporter.
/// </summary>
public static class HubTelemetry
{
    public const string Name = "GoSafer.Hub";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Record store calls, tagged operation, area and outcome.</summary>
    public static readonly Counter<long> StorageOperations =
        Meter.CreateCounter<long>("gosafer.storage.operations", "{operation}", "Record store calls");

    public static readonly Histogram<double> StorageDuration =
        Meter.CreateHistogram<double>("gosafer.storage.duration", "s", "Duration of record store calls, retries included");

    /// <summary>Submissions by kind and outcome (accepted, replayed, invalid, duplicate, unavailable…).</summary>
    public static readonly Counter<long> Submissions =
        Meter.CreateCounter<long>("gosafer.intake.submissions", "{submission}", "Intake requests by outcome");

    public static readonly Counter<long> QueueMessages =
        Meter.CreateCounter<long>("gosafer.queue.messages", "{message}", "Index requests sent to the queue, by outcome");

    public static readonly Counter<long> IndexUpdates =
        Meter.CreateCounter<long>("gosafer.index.updates", "{request}", "Index requests applied, by outcome");

    public static readonly Counter<long> DependencyRetries =
        Meter.CreateCounter<long>("gosafer.dependency.retries", "{retry}", "Retries of calls to a dependency");

    public static readonly Counter<long> CircuitTransitions =
        Meter.CreateCounter<long>("gosafer.dependency.circuit_transitions", "{transition}", "Circuit breaker state changes");

    /// <summary>The tag names, so dashboards and tests use one spelling.</summary>
    public static class Tags
    {
        public const string Operation = "gosafer.storage.operation";
        public const string Area = "gosafer.storage.area";
        public const string Outcome = "gosafer.outcome";
        public const string Kind = "gosafer.submission.kind";
        public const string Idempotency = "gosafer.idempotency";
        public const string Dependency = "gosafer.dependency";
        public const string State = "gosafer.circuit.state";
        public const string ErrorType = "error.type";
    }

    /// <summary>
    /// The first segment of a record key (<c>submissions</c>, <c>published</c>, <c>idempotency</c>…):
    /// the record's kind without its ID, so metric cardinality stays small.
    /// </summary>
    public static string AreaOf(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? key[..slash] : "root";
    }
}
