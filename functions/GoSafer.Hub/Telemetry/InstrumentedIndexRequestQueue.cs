using System.Diagnostics;
using GoSafer.Hub.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Hub.Telemetry;

/// <summary>A span and a count for every index request sent, whichever queue carries it.</summary>
public sealed class InstrumentedIndexRequestQueue(IIndexRequestQueue inner) : IIndexRequestQueue
{
    public async ValueTask EnqueueAsync(IndexRequest request, CancellationToken cancellationToken = default)
    {
        using var activity = HubTelemetry.Source.StartActivity("queue send", ActivityKind.Producer);
        var outcome = "error";
        try
        {
            await inner.EnqueueAsync(request, cancellationToken);
            outcome = "ok";
        }
        finally
        {
            activity?.SetTag(HubTelemetry.Tags.Outcome, outcome);
            HubTelemetry.QueueMessages.Add(1, new KeyValuePair<string, object?>(HubTelemetry.Tags.Outcome, outcome));
        }
    }

    public Task<QueueState> GetStateAsync(CancellationToken cancellationToken = default) => inner.GetStateAsync(cancellationToken);

    /// <summary>
    /// Wraps the registered <see cref="IIndexRequestQueue"/> (however it was registered), so the
    /// queue's own code needs no telemetry. Call after the queue is registered.
    /// </summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IIndexRequestQueue));
        if (registered is null)
        {
            return;
        }

        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(
            typeof(IIndexRequestQueue),
            sp => new InstrumentedIndexRequestQueue(Resolve(registered, sp)),
            registered.Lifetime));
    }

    private static IIndexRequestQueue Resolve(ServiceDescriptor registered, IServiceProvider sp) =>
        (IIndexRequestQueue)(registered.ImplementationInstance
                             ?? registered.ImplementationFactory?.Invoke(sp)
                             ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
}
