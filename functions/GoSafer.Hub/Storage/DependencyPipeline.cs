using Azure;
using GoSafer.Hub.Telemetry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Simmy;
using Polly.Timeout;

namespace GoSafer.Hub.Storage;

/// <summary>
/// The shape every dependency's pipeline has, outermost first: a total timeout, retry (exponential
/// back-off with jitter), a circuit breaker, a per-attempt timeout and, in fault drills only, a
/// chaos fault. A hung attempt is cut, counted by the breaker and retried; while the circuit is
/// open calls fail at once (<see cref="BrokenCircuitException"/>, which callers turn into 503).
/// </summary>
public static class DependencyPipeline
{
    public static void Configure(
        ResiliencePipelineBuilder builder, string dependency, DependencyResilienceOptions options, CircuitBreakerStateProvider? circuit = null)
    {
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException($"{ResilienceOptions.Section} for {dependency}: {problem}");
        }

        var transient = new PredicateBuilder().Handle<Exception>(StorageFaults.IsTransient);
        var tag = new KeyValuePair<string, object?>(HubTelemetry.Tags.Dependency, dependency);
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                OnRetry = _ =>
                {
                    HubTelemetry.DependencyRetries.Add(1, tag);
                    return default;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
            BreakDuration = options.BreakDuration,
            StateProvider = circuit,
            OnOpened = _ => CountTransition(dependency, "open"),
            OnHalfOpened = _ => CountTransition(dependency, "half-open"),
            OnClosed = _ => CountTransition(dependency, "closed"),
        });
        builder.AddTimeout(options.Timeout);
        if (options.ChaosFaultRate > 0)
        {
            builder.AddChaosFault(options.ChaosFaultRate, () => new RequestFailedException(503, $"Injected fault (chaos drill on {dependency})."));
        }
    }

    /// <summary>A pipeline outside the registry (tools and tests that build their own store).</summary>
    public static ResiliencePipeline Build(string dependency, DependencyResilienceOptions options, TimeProvider? time = null)
    {
        var builder = new ResiliencePipelineBuilder { Name = dependency };
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        Configure(builder, dependency, options);
        return builder.Build();
    }

    private static ValueTask CountTransition(string dependency, string state)
    {
        HubTelemetry.CircuitTransitions.Add(
            1,
            new KeyValuePair<string, object?>(HubTelemetry.Tags.Dependency, dependency),
            new KeyValuePair<string, object?>(HubTelemetry.Tags.State, state));
        return default;
    }
}
