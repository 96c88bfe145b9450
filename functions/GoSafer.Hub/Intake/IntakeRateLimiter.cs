using System.Threading.RateLimiting;
using GoSafer.Hub.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Intake;

/// <summary>
/// Per-client limits on the public intake routes (a fixed window per client address), so one
/// client cannot flood the review queue. Behind a proxy the host must forward the client address.
/// </summary>
public sealed class IntakeRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public IntakeRateLimiter(IOptions<HubOptions> options)
    {
        var settings = options.Value.Intake;
        _window = TimeSpan.FromSeconds(settings.RateLimitWindowSeconds);
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = settings.RateLimitPermits, Window = _window, QueueLimit = 0 }));
    }

    /// <summary>The seconds to wait when the client is over its limit; null when it may go on.</summary>
    public int? RetryAfterSeconds(HttpRequest request)
    {
        var client = request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int)_window.TotalSeconds;
    }

    public void Dispose() => _limiter.Dispose();
}
