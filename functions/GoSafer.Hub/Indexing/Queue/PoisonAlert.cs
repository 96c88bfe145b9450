using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing.Queue;

/// <summary>
/// The operator alert for an index request given up on. Structured and free of personal data by
/// construction: a message holds a resource ID only, and the message body is never logged (a
/// malformed one could hold anything). Alert rules match the event ID or name.
/// </summary>
public static partial class PoisonAlert
{
    public const int EventId = 7001;
    public const string EventName = "IndexRequestPoisoned";

    [LoggerMessage(EventId = EventId, EventName = EventName, Level = LogLevel.Critical,
        Message = "ALERT index request for {ResourceId} moved to {PoisonQueue} after {Attempts} attempts: {Reason}")]
    public static partial void Raise(ILogger logger, string resourceId, string poisonQueue, long attempts, string reason);
}
