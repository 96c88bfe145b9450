using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace GoSafer.Hub.Storage;

/// <summary>Settings of the storage resilience pipeline (bound from <c>GoSafer:Storage:Resilience</c>).</summary>
public sealed class StorageResilienceOptions
{
    public int MaxRetryAttempts { get; set; } = 4;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public double BreakerFailureRatio { get; set; } = 0.5;
    public int BreakerMinimumThroughput { get; set; } = 20;
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}

public static class StorageResilience
{
    /// <summary>
    /// Retry (exponential back-off with jitter) around a circuit breaker around a per-attempt
    /// timeout: a hung call is cut, counted by the breaker, and retried.
    /// </summary>
    public static ResiliencePipeline Build(StorageResilienceOptions options, TimeProvider? time = null)
    {
        var transient = new PredicateBuilder().Handle<Exception>(StorageFaults.IsTransient);
        var builder = new ResiliencePipelineBuilder();
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        return builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout })
            .Build();
    }
}
