using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GoSafer.Hub.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public const string AppInsightsSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OtlpSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces and metrics of the hub (<see cref="HubTelemetry.Name"/>), of Polly's
    /// pipelines and of ASP.NET Core requests. Exporters follow the environment: Application
    /// Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (traces, metrics and
    /// logs), OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; with neither the providers
    /// still run, so an in-process exporter (tests) sees everything.
    /// </summary>
    public static IServiceCollection AddGoSaferTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(HubTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, _) =>
                    // Status and resubmission URLs carry the receipt, a bearer secret.
                    activity.SetTag("url.query", null)))
            .WithMetrics(metrics => metrics
                .AddMeter(HubTelemetry.Name, "Polly")
                .AddAspNetCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(configuration[OtlpSetting]))
        {
            otel.UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(configuration[AppInsightsSetting]))
        {
            otel.UseAzureMonitorExporter();
        }

        return services;
    }
}
