using Azure;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GoSafer.Hub.Storage;

/// <summary>Which storage failures are worth retrying: lost connections, timeouts, throttling, 5xx.</summary>
public static class StorageFaults
{
    public static bool IsTransient(Exception e) => e switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException => true,
        // The SDK's network timeout: a cancellation the caller did not ask for (callers check their token).
        TaskCanceledException t => t.InnerException is TimeoutException or TaskCanceledException,
        AggregateException a => a.InnerExceptions.All(IsTransient),
        _ => false,
    };
}
