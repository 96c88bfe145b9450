using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Intake;

/// <summary>
/// Deletes expired idempotency records once an hour. Expiry is also checked when a key is
/// claimed, so a late sweep never makes an expired key binding; the sweep only bounds storage.
/// </summary>
public sealed class IdempotencyExpiry(IdempotencyLedger ledger, TimeProvider time, ILogger<IdempotencyExpiry> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var purged = await ledger.PurgeExpiredAsync(stoppingToken);
                logger.LogInformation("Removed {Count} expired idempotency records", purged);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Expired idempotency records could not be removed: {Reason}", e.GetType().Name);
            }
        }
    }
}
