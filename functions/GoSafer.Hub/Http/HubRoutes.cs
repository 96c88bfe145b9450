using GoSafer.Hub.Access;
using GoSafer.Hub.Audit;
using GoSafer.Hub.Exports;
using GoSafer.Hub.Exports.Datasets;
using GoSafer.Hub.Health;
using GoSafer.Hub.Intake;
using GoSafer.Hub.Oai;
using GoSafer.Hub.OpenApi;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Review;
using GoSafer.Hub.Search;
using GoSafer.Hub.Stats;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.Tagging;
using GoSafer.Hub.TaxonomyApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GoSafer.Hub.Http;

/// <summary>
/// The HTTP API as minimal-API mappings for the local host. Every route states its
/// <see cref="AccessPolicy"/>; the Functions host maps the same handlers with the same policies.
/// </summary>
public static class HubRoutes
{
    public static IEndpointRouteBuilder MapGoSaferApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/health", (HealthHandler h, CancellationToken ct) => h.GetAsync(ct)).Allow(AccessPolicy.Public);
        api.MapGet("/taxonomy", (HttpRequest r, TaxonomyHandler h) => h.Get(r)).Allow(AccessPolicy.Public);
        api.MapPost("/resources", (HttpRequest r, IntakeHandler h, CancellationToken ct) => h.SubmitResourceAsync(r, ct)).Allow(AccessPolicy.Public);
        api.MapPost("/nominations", (HttpRequest r, IntakeHandler h, CancellationToken ct) => h.SubmitNominationAsync(r, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/submissions/{id}", (HttpRequest r, string id, SubmissionStatusHandler h, CancellationToken ct) => h.GetAsync(r, id, ct)).Allow(AccessPolicy.Public);
        api.MapPost("/submissions/{id}/versions", (HttpRequest r, string id, IntakeHandler h, CancellationToken ct) => h.ResubmitAsync(r, id, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/resources/{id}", (string id, ResourceHandler h, CancellationToken ct) => h.GetAsync(id, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/search", (HttpRequest r, SearchHandler h) => h.Search(r)).Allow(AccessPolicy.Public);
        api.MapGet("/suggest", (HttpRequest r, SearchHandler h) => h.Suggest(r)).Allow(AccessPolicy.Public);
        api.MapPost("/tag", (HttpRequest r, TagHandler h, CancellationToken ct) => h.TagAsync(r, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/oai", (HttpRequest r, OaiHandler h, CancellationToken ct) => h.HandleAsync(r, ct)).Allow(AccessPolicy.Public);
        api.MapPost("/oai", (HttpRequest r, OaiHandler h, CancellationToken ct) => h.HandleAsync(r, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/oai/lrmi.xsd", OaiHandler.LrmiSchema).Allow(AccessPolicy.Public);

        foreach (var (segment, kind) in new[] { ("resources", SubmissionKinds.Resource), ("nominations", SubmissionKinds.Nomination) })
        {
            api.MapGet($"/review/{segment}", (HttpRequest r, ReviewHandler h, CancellationToken ct) => h.QueueAsync(r, kind, ct)).Allow(AccessPolicy.Reviewer);
            api.MapGet($"/review/{segment}/{{id}}", (HttpRequest r, string id, ReviewHandler h, CancellationToken ct) => h.GetAsync(r, kind, id, ct)).Allow(AccessPolicy.Reviewer);
            api.MapPost($"/review/{segment}/{{id}}/decisions", (HttpRequest r, string id, ReviewHandler h, CancellationToken ct) => h.DecideAsync(r, kind, id, ct)).Allow(AccessPolicy.Reviewer);
        }

        api.MapPost("/review/nominations/{id}/erasure", (HttpRequest r, string id, ReviewHandler h, CancellationToken ct) => h.EraseNominationAsync(r, id, ct)).Allow(AccessPolicy.Admin);
        api.MapGet("/review/roster", (ReviewHandler h, CancellationToken ct) => h.RosterAsync(ct)).Allow(AccessPolicy.Reviewer);
        api.MapGet("/review/audit", (HttpRequest r, AuditHandler h, CancellationToken ct) => h.ListAsync(r, ct)).Allow(AccessPolicy.Admin);
        api.MapGet("/review/audit/verify", (AuditHandler h, CancellationToken ct) => h.VerifyAsync(ct)).Allow(AccessPolicy.Admin);
        api.MapGet("/review/me", (HttpRequest r, SignedInHandler h) => h.Get(r)).Allow(AccessPolicy.Reviewer);
        api.MapGet("/evidence", (HttpRequest r, EvidenceExportHandler h, CancellationToken ct) => h.ExportAsync(r, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/evidence/context.jsonld", (HttpRequest r, EvidenceExportHandler h) => h.Context(r)).Allow(AccessPolicy.Public);
        api.MapGet("/evidence/datasets", (DatasetHandler h, CancellationToken ct) => h.ListAsync(ct)).Allow(AccessPolicy.Public);
        api.MapGet("/evidence/datasets/{date}", (string date, DatasetHandler h, CancellationToken ct) => h.GetAsync(date, ct)).Allow(AccessPolicy.Public);
        api.MapGet("/stats/gaps", (HttpRequest r, GapStatsHandler h) => h.Get(r)).Allow(AccessPolicy.Public);
        api.MapGet("/openapi.json", (OpenApiHandler h) => h.Get()).Allow(AccessPolicy.Public);
        return app;
    }

    /// <summary>States who may call the route and enforces it before the handler runs.</summary>
    private static RouteHandlerBuilder Allow(this RouteHandlerBuilder route, AccessPolicy policy) => route
        .WithMetadata(new AccessPolicyMetadata(policy))
        .AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<AccessCheck>().Deny(context.HttpContext.Request, policy)
            ?? await next(context));
}
