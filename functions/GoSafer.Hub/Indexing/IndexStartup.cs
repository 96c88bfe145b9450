using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Indexing;

/// <summary>
/// Writer role, before the host serves: reconciles the index with the stored records, so a crash
/// between storing and indexing (or mid-rebuild) is repaired at the next start.
/// </summary>
public sealed class IndexStartup(CatalogIndex index, ILogger<IndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await index.EnsureReconciledAsync(cancellationToken);
        logger.LogInformation("Catalog index ready with {Count} resources", index.Store.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
