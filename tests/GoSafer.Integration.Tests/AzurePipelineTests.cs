using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Hub.Indexing;
using GoSafer.Testing;

namespace GoSafer.Integration.Tests;

/// <summary>A local host configured by extra command-line settings.</summary>
public sealed class ConfiguredHubHost(IEnumerable<string> settings) : HubHost
{
    protected override IEnumerable<string> ExtraArgs => [.. base.ExtraArgs, .. settings];
}

/// <summary>
/// The Azure topology on loopback: Azurite, a writer host (drains the Storage Queue, publishes
/// snapshots) and a replica host (serves pulled snapshots, sends its index requests to the queue).
/// </summary>
public sealed class AzurePipelineHosts : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];

    public AzuriteFixture Azurite { get; } = new();

    public HubHost Writer { get; private set; } = null!;

    public HubHost Replica { get; private set; } = null!;

    private IEnumerable<string> Shared() =>
    [
        "--GoSafer:Storage:Provider=AzureBlob",
        $"--GoSafer:Storage:ConnectionString={Azurite.ConnectionString}",
        $"--GoSafer:Storage:Container=records-{_suffix}",
        $"--GoSafer:Storage:AttachmentsContainer=attachments-{_suffix}",
        $"--GoSafer:Storage:AuditContainer=audit-{_suffix}",
        $"--GoSafer:Storage:SnapshotsContainer=index-{_suffix}",
        "--GoSafer:Resilience:Blob:BaseDelayMs=20",
        "--GoSafer:Resilience:Queue:BaseDelayMs=20",
        "--GoSafer:Indexing:Queue=AzureQueue",
        $"--GoSafer:Indexing:QueueName=index-{_suffix}",
        "--GoSafer:Indexing:PollInterval=00:00:00.050",
        "--GoSafer:Indexing:Snapshots:PublishInterval=00:00:00.200",
        "--GoSafer:Indexing:Snapshots:PullInterval=00:00:00.200",
    ];

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        Writer = new ConfiguredHubHost([.. Shared(), "--GoSafer:Indexing:Role=Writer", "--GoSafer:Indexing:Snapshots:Publish=true"]);
        await Writer.InitializeAsync();
        Replica = new ConfiguredHubHost([.. Shared(), "--GoSafer:Indexing:Role=Replica"]);
        await Replica.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Replica.DisposeAsync();
        await Writer.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}

public sealed class AzurePipelineTests(AzurePipelineHosts hosts) : IClassFixture<AzurePipelineHosts>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static async Task<JsonObject> WaitForAsync(HubHost host, string url, Func<JsonObject, bool> until)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            var body = await host.GetJsonAsync(url);
            if (until(body))
            {
                return body;
            }

            await Task.Delay(50, patience.Token);
        }
    }

    [Fact]
    public async Task A_resource_approved_on_a_replica_goes_through_the_queue_and_the_writer_and_comes_back_in_a_snapshot()
    {
        var marker = "pipelinemarker" + Guid.NewGuid().ToString("N")[..6];
        var body = Samples.Resource();
        body["title"] = $"Through the pipeline {marker}";
        using var submitted = await hosts.Replica.Client.PostAsJsonAsync("/api/resources", body);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        using var decided = await hosts.Replica.Client.SendAsync(HubHost.As("rita", HttpMethod.Post, $"/api/review/resources/{id}/decisions",
            new StringContent("{\"decision\":\"approve\",\"reason\":\"Sound and evidence-informed.\"}", Encoding.UTF8, "application/json")));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var onWriter = await WaitForAsync(hosts.Writer, $"/api/search?q={marker}", b => b["total"]!.GetValue<int>() == 1);
        var onReplica = await WaitForAsync(hosts.Replica, $"/api/search?q={marker}", b => b["total"]!.GetValue<int>() == 1);
        Assert.Equal(id, onWriter["results"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(onWriter["results"]!.ToJsonString(), onReplica["results"]!.ToJsonString());
    }

    [Fact]
    public async Task Health_reports_the_queue_and_the_snapshot_generation_on_writer_and_replica()
    {
        var writer = await WaitForAsync(hosts.Writer, "/api/health", b => b["index"]!["snapshotGeneration"] is not null);
        Assert.Equal("ok", writer["status"]!.GetValue<string>());
        Assert.Equal(IndexQueueKinds.AzureQueue, writer["queue"]!["kind"]!.GetValue<string>());
        Assert.Equal("ok", writer["queue"]!["status"]!.GetValue<string>());
        Assert.NotNull(writer["queue"]!["depth"]);
        Assert.Equal(IndexRoles.Writer, writer["index"]!["role"]!.GetValue<string>());

        var generation = writer["index"]!["snapshotGeneration"]!.GetValue<long>();
        var replica = await WaitForAsync(hosts.Replica, "/api/health",
            b => b["index"]!["snapshotGeneration"]?.GetValue<long>() >= generation);
        Assert.Equal(IndexRoles.Replica, replica["index"]!["role"]!.GetValue<string>());
        Assert.Equal("ok", replica["index"]!["status"]!.GetValue<string>());
        Assert.Equal("ok", replica["storage"]!["status"]!.GetValue<string>());

        // A replica serves pulled snapshots only: it never opened an index writer of its own.
        Assert.False(Directory.Exists(Path.Combine(hosts.Replica.DataPath, "index")));
        Assert.True(Directory.Exists(Path.Combine(hosts.Replica.DataPath, "replica")));
    }
}
