namespace GoSafer.Hub.Storage;

/// <summary>
/// The resilience settings of one dependency (bound from <c>GoSafer:Resilience:Blob</c>,
/// <c>GoSafer:Resilience:Queue</c>). Plain numbers, so app settings and Bicep can set them.
/// </summary>
public sealed class DependencyResilienceOptions
{
    /// <summary>Retries after the first attempt (exponential back-off with jitter).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first back-off; each later one doubles (before jitter).</summary>
    public int BaseDelayMs { get; set; } = 200;

    /// <summary>The limit of one attempt: a hung call is cut, counted by the breaker and retried.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>The limit of the whole call with its retries, so a request never waits longer on the dependency.</summary>
    public double TotalTimeoutSeconds { get; set; } = 30;

    /// <summary>The share of failed attempts within the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The attempts the window must hold before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; set; } = 20;

    public double BreakerSamplingSeconds { get; set; } = 30;

    /// <summary>How long an open circuit refuses calls before one trial call is let through.</summary>
    public double BreakDurationSeconds { get; set; } = 5;

    /// <summary>
    /// Fault drills only: the share of attempts that fail with an injected transient fault before
    /// reaching the dependency (Polly chaos strategy). 0, the default, adds no chaos strategy.
    /// </summary>
    public double ChaosFaultRate { get; set; }

    public TimeSpan BaseDelay => TimeSpan.FromMilliseconds(BaseDelayMs);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public TimeSpan TotalTimeout => TimeSpan.FromSeconds(TotalTimeoutSeconds);

    public TimeSpan BreakDuration => TimeSpan.FromSeconds(BreakDurationSeconds);

    /// <summary>Null when the settings are usable; otherwise what is wrong.</summary>
    public string? Problem() =>
        MaxRetries < 0 ? "MaxRetries must be 0 or more"
        : BaseDelayMs < 0 ? "BaseDelayMs must be 0 or more"
        : TimeoutSeconds <= 0 || TotalTimeoutSeconds < TimeoutSeconds ? "TimeoutSeconds must be positive and at most TotalTimeoutSeconds"
        : BreakerFailureRatio is <= 0 or > 1 ? "BreakerFailureRatio must be in (0, 1]"
        : BreakerMinimumThroughput < 2 ? "BreakerMinimumThroughput must be 2 or more"
        : BreakerSamplingSeconds < 0.5 || BreakDurationSeconds < 0.5 ? "BreakerSamplingSeconds and BreakDurationSeconds must be at least 0.5"
        : ChaosFaultRate is < 0 or > 1 ? "ChaosFaultRate must be in [0, 1]"
        : null;
}

/// <summary>The <c>GoSafer:Resilience</c> section: one entry per <see cref="Dependencies"/> name.</summary>
public sealed class ResilienceOptions
{
    public const string Section = "GoSafer:Resilience";

    public DependencyResilienceOptions Blob { get; set; } = new();

    public DependencyResilienceOptions Queue { get; set; } = new();

    public DependencyResilienceOptions For(string dependency) => dependency switch
    {
        Dependencies.Blob => Blob,
        Dependencies.Queue => Queue,
        _ => throw new ArgumentOutOfRangeException(nameof(dependency), dependency, "not a dependency with a resilience pipeline"),
    };
}

/// <summary>Refuses unusable settings at start, naming the dependency and the setting.</summary>
internal sealed class ResilienceOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<ResilienceOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, ResilienceOptions options)
    {
        var problems = Dependencies.All
            .Select(d => options.For(d).Problem() is { } problem ? $"{ResilienceOptions.Section} ({d}): {problem}" : null)
            .OfType<string>()
            .ToList();
        return problems.Count == 0
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Success
            : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems);
    }
}
