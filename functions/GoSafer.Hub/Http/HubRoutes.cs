using GoSafer.Hub.Health;
using GoSafer.Hub.Intake;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Search;
using GoSafer.Hub.Tagging;
using GoSafer.Hub.TaxonomyApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GoSafer.Hub.Http;

/// <summary>
/// The HTTP API as minimal-API mappings for the local host. The Functions host maps the same
/// handlers with [Function] adapters; the route templates here are the single list of routes.
/// </summary>
public static class HubRoutes
{
    public static IEndpointRouteBuilder MapGoSaferApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", (HealthHandler h, CancellationToken ct) => h.GetAsync(ct));
        api.MapGet("/taxonomy", (HttpRequest r, TaxonomyHandler h) => h.Get(r));
        api.MapPost("/resources", (HttpRequest r, IntakeHandler h, CancellationToken ct) => h.SubmitResourceAsync(r, ct));
        api.MapPost("/nominations", (HttpRequest r, IntakeHandler h, CancellationToken ct) => h.SubmitNominationAsync(r, ct));
        api.MapGet("/submissions/{id}", (HttpRequest r, string id, SubmissionStatusHandler h, CancellationToken ct) => h.GetAsync(r, id, ct));
        api.MapGet("/resources/{id}", (string id, ResourceHandler h, CancellationToken ct) => h.GetAsync(id, ct));
        api.MapGet("/search", (HttpRequest r, SearchHandler h) => h.Search(r));
        api.MapGet("/suggest", (HttpRequest r, SearchHandler h) => h.Suggest(r));
        api.MapPost("/tag", (HttpRequest r, TagHandler h, CancellationToken ct) => h.TagAsync(r, ct));
        return app;
    }
}
