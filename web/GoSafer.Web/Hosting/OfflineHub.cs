using GoSafer.Hub;
using GoSafer.Hub.Configuration;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace GoSafer.Web.Hosting;

/// <summary>
/// The hub's services without a web server, for the maintenance commands. Opening the index takes
/// its write lock, so a command refuses to run beside a hub that serves the same data path
/// (exit code 2).
/// </summary>
public static class OfflineHub
{
    public const int IndexInUse = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, Func<IServiceProvider, HubOptions, Task<int>> command)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGoSaferHub(builder.Configuration);
        using var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptions<HubOptions>>().Value;
        try
        {
            return await command(host.Services, options);
        }
        catch (LockObtainFailedException)
        {
            await output.WriteLineAsync($"The index at {Path.GetFullPath(options.IndexPath)} is in use: stop the running hub first.");
            return IndexInUse;
        }
    }
}
