using GoSafer.Hub.Configuration;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Seed;

/// <summary>
/// Runs before the host serves requests: seeds the demo corpus into an empty embedded store (when
/// enabled). The index is reconciled after it (Indexing.IndexStartup, registered later).
/// </summary>
public sealed class HubStartup(
    IOptions<HubOptions> options,
    IRecordStore store,
    DemoCorpus demo,
    PublishedResourceRepository resources,
    ILogger<HubStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Seed.Demo && options.Value.Storage.IsFileSystem && await IsEmptyAsync(cancellationToken))
        {
            var samples = demo.Load();
            foreach (var sample in samples)
            {
                await resources.PutAsync(sample, cancellationToken);
            }

            logger.LogInformation("Seeded {Count} demo resources into the empty store", samples.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        foreach (var prefix in new[] { RecordKeys.Published, RecordKeys.Submissions })
        {
            await foreach (var _ in store.ListKeysAsync(prefix, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }
}
