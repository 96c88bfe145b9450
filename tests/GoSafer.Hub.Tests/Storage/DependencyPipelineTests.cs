using Azure;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace GoSafer.Hub.Tests.Storage;

/// <summary>
/// The named pipelines from the registry, configured through options. Time is a fake clock, so
/// the break duration passes when the test says so and nothing depends on the wall clock.
/// </summary>
public sealed class DependencyPipelineTests
{
    private readonly FakeTimeProvider _time = new();

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddOptions<HubOptions>();
        services.AddHubStorage(configuration);
        return services.BuildServiceProvider();
    }

    private static ValueTask<int> Fail(CancellationToken _) => throw new RequestFailedException(503, "service unavailable");

    [Fact]
    public async Task The_circuit_opens_after_the_configured_failures_and_closes_after_the_break()
    {
        using var services = Services(
            ("GoSafer:Resilience:Blob:MaxRetries", "0"),
            ("GoSafer:Resilience:Blob:BreakerMinimumThroughput", "4"),
            ("GoSafer:Resilience:Blob:BreakerFailureRatio", "0.5"),
            ("GoSafer:Resilience:Blob:BreakDurationSeconds", "7"));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Dependencies.Blob);
        var circuits = services.GetRequiredService<DependencyCircuits>();
        var calls = 0;

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<RequestFailedException>(async () => await pipeline.ExecuteAsync(ct => { calls++; return Fail(ct); }));
        }

        Assert.Equal(CircuitState.Open, circuits.StateOf(Dependencies.Blob));
        var broken = await Assert.ThrowsAsync<BrokenCircuitException>(async () => await pipeline.ExecuteAsync(_ => { calls++; return ValueTask.FromResult(1); }));
        Assert.Equal(4, calls);
        Assert.Equal(TimeSpan.FromSeconds(7), broken.RetryAfter);

        _time.Advance(TimeSpan.FromSeconds(6));
        await Assert.ThrowsAsync<BrokenCircuitException>(async () => await pipeline.ExecuteAsync(_ => ValueTask.FromResult(1)));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await pipeline.ExecuteAsync(_ => { calls++; return ValueTask.FromResult(1); }));
        Assert.Equal(5, calls);
        Assert.Equal(CircuitState.Closed, circuits.StateOf(Dependencies.Blob));
    }

    [Fact]
    public async Task Each_dependency_has_its_own_breaker()
    {
        using var services = Services(
            ("GoSafer:Resilience:Blob:MaxRetries", "0"),
            ("GoSafer:Resilience:Blob:BreakerMinimumThroughput", "2"));
        var provider = services.GetRequiredService<ResiliencePipelineProvider<string>>();
        var blob = provider.GetPipeline(Dependencies.Blob);
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<RequestFailedException>(async () => await blob.ExecuteAsync(Fail));
        }

        Assert.Equal(1, await provider.GetPipeline(Dependencies.Queue).ExecuteAsync(_ => ValueTask.FromResult(1)));
        var circuits = services.GetRequiredService<DependencyCircuits>();
        Assert.Equal((CircuitState.Open, CircuitState.Closed), (circuits.StateOf(Dependencies.Blob), circuits.StateOf(Dependencies.Queue)));
    }

    [Fact]
    public async Task A_transient_fault_is_retried_and_a_permanent_one_is_not()
    {
        using var services = Services(("GoSafer:Resilience:Queue:MaxRetries", "3"), ("GoSafer:Resilience:Queue:BaseDelayMs", "0"));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Dependencies.Queue);

        var attempts = 0;
        var result = await pipeline.ExecuteAsync(_ => ++attempts < 3 ? throw new RequestFailedException(500, "boom") : ValueTask.FromResult(attempts));
        Assert.Equal(3, result);

        var forbidden = 0;
        await Assert.ThrowsAsync<RequestFailedException>(async () =>
            await pipeline.ExecuteAsync<int>(_ => { forbidden++; throw new RequestFailedException(403, "forbidden"); }));
        Assert.Equal(1, forbidden);
    }

    [Fact]
    public void Invalid_settings_are_refused_naming_the_setting()
    {
        using var services = Services(("GoSafer:Resilience:Blob:BreakerFailureRatio", "1.5"));
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(Dependencies.Blob));
        Assert.Contains("BreakerFailureRatio", error.Message, StringComparison.Ordinal);
    }
}
