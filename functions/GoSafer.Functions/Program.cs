using GoSafer.Hub;
using GoSafer.Hub.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddGoSaferHub(builder.Configuration);
builder.Services.AddGoSaferTelemetry(builder.Configuration, "gosafer-functions");
await builder.Build().RunAsync();
