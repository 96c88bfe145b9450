using GoSafer.Hub;
using GoSafer.Hub.Http;
using GoSafer.Hub.Telemetry;

namespace GoSafer.Web.Hosting;

/// <summary>Builds the local host; tests build the same application on a loopback port.</summary>
public static class WebHub
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddGoSaferHub(builder.Configuration);
        builder.Services.AddGoSaferTelemetry(builder.Configuration, "gosafer-web");
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGoSaferApi();
        return app;
    }
}
