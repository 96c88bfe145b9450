namespace GoSafer.Hub.Storage;

/// <summary>The store could not be reached after the resilience pipeline gave up; callers answer 503.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null, TimeSpan? retryAfter = null) : Exception(message, inner)
{
    /// <summary>When the open circuit lets a trial call through again, if the breaker said so.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
