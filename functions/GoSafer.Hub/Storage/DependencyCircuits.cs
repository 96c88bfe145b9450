using Polly.CircuitBreaker;

namespace GoSafer.Hub.Storage;

/// <summary>
/// The circuit state of every dependency pipeline, for health output, telemetry and tests. Each
/// provider is attached to the breaker of its pipeline when the registry builds it.
/// </summary>
public sealed class DependencyCircuits
{
    private readonly Dictionary<string, CircuitBreakerStateProvider> _providers =
        Dependencies.All.ToDictionary(d => d, _ => new CircuitBreakerStateProvider());

    internal CircuitBreakerStateProvider ProviderOf(string dependency) => _providers[dependency];

    /// <summary>Closed until the pipeline has been built and its breaker has opened.</summary>
    public CircuitState StateOf(string dependency) => _providers[dependency].CircuitState;
}
