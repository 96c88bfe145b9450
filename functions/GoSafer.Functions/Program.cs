using GoSafer.Functions;
using GoSafer.Hub;
using GoSafer.Hub.Indexing;
using GoSafer.Hub.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Here the queue trigger drains the Storage Queue; an in-host worker would compete with it.
builder.Configuration.AddInMemoryCollection([new($"{IndexingOptions.Section}:QueueWorker", "false")]);
builder.Services.AddGoSaferHub(builder.Configuration);
builder.Services.AddOptions<IndexingOptions>()
    .Validate(o => o.QueueName == IndexingFunctions.QueueName,
        $"GoSafer:Indexing:QueueName must be {IndexingFunctions.QueueName}: the queue trigger listens there")
    .ValidateOnStart();
builder.Services.AddGoSaferTelemetry(builder.Configuration, "gosafer-functions");
await builder.Build().RunAsync();
