using GoSafer.Functions.Http;
using GoSafer.Hub.Exports;
using GoSafer.Hub.Exports.Datasets;
using GoSafer.Hub.Health;
using GoSafer.Hub.Intake;
using GoSafer.Hub.Oai;
using GoSafer.Hub.OpenApi;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Search;
using GoSafer.Hub.Stats;
using GoSafer.Hub.Tagging;
using GoSafer.Hub.TaxonomyApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GoSafer.Functions;

/// <summary>
/// The public routes as HTTP-triggered functions. Each adapter only passes the request to the
/// Hub handler that the local host maps to the same route (see GoSafer.Hub.Http.HubRoutes).
/// </summary>
public sealed class PublicApiFunctions(
    HealthHandler health,
    TaxonomyHandler taxonomy,
    IntakeHandler intake,
    SubmissionStatusHandler status,
    ResourceHandler resources,
    SearchHandler search,
    TagHandler tag,
    OaiHandler oai,
    EvidenceExportHandler evidence,
    DatasetHandler datasets,
    GapStatsHandler gaps,
    OpenApiHandler openApi)
{
    [Function("Health")]
    public async Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new HubActionResult(await health.GetAsync(request.HttpContext.RequestAborted));

    [Function("Taxonomy")]
    public IActionResult Taxonomy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "taxonomy")] HttpRequest request) =>
        new HubActionResult(taxonomy.Get(request));

    [Function("SubmitResource")]
    public async Task<IActionResult> SubmitResource(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "resources")] HttpRequest request) =>
        new HubActionResult(await intake.SubmitResourceAsync(request, request.HttpContext.RequestAborted));

    [Function("SubmitNomination")]
    public async Task<IActionResult> SubmitNomination(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "nominations")] HttpRequest request) =>
        new HubActionResult(await intake.SubmitNominationAsync(request, request.HttpContext.RequestAborted));

    [Function("SubmissionStatus")]
    public async Task<IActionResult> SubmissionStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest request, string id) =>
        new HubActionResult(await status.GetAsync(request, id, request.HttpContext.RequestAborted));

    [Function("Resubmit")]
    public async Task<IActionResult> Resubmit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions/{id}/versions")] HttpRequest request, string id) =>
        new HubActionResult(await intake.ResubmitAsync(request, id, request.HttpContext.RequestAborted));

    [Function("GetResource")]
    public async Task<IActionResult> GetResource(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "resources/{id}")] HttpRequest request, string id) =>
        new HubActionResult(await resources.GetAsync(id, request.HttpContext.RequestAborted));

    [Function("Search")]
    public IActionResult Search(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "search")] HttpRequest request) =>
        new HubActionResult(search.Search(request));

    [Function("Tag")]
    public async Task<IActionResult> Tag(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "tag")] HttpRequest request) =>
        new HubActionResult(await tag.TagAsync(request, request.HttpContext.RequestAborted));

    [Function("Suggest")]
    public IActionResult Suggest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "suggest")] HttpRequest request) =>
        new HubActionResult(search.Suggest(request));

    [Function("Oai")]
    public async Task<IActionResult> Oai(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "oai")] HttpRequest request) =>
        new HubActionResult(await oai.HandleAsync(request, request.HttpContext.RequestAborted));

    [Function("OaiLrmiSchema")]
    public static IActionResult OaiLrmiSchema(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "oai/lrmi.xsd")] HttpRequest request) =>
        new HubActionResult(OaiHandler.LrmiSchema());
    [Function("Evidence")]
    public async Task<IActionResult> Evidence(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "evidence")] HttpRequest request) =>
        new HubActionResult(await evidence.ExportAsync(request, request.HttpContext.RequestAborted));

    [Function("EvidenceContext")]
    public IActionResult EvidenceContext(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "evidence/context.jsonld")] HttpRequest request) =>
        new HubActionResult(evidence.Context(request));

    [Function("EvidenceDatasets")]
    public async Task<IActionResult> EvidenceDatasets(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "evidence/datasets")] HttpRequest request) =>
        new HubActionResult(await datasets.ListAsync(request.HttpContext.RequestAborted));

    [Function("EvidenceDataset")]
    public async Task<IActionResult> EvidenceDataset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "evidence/datasets/{date}")] HttpRequest request, string date) =>
        new HubActionResult(await datasets.GetAsync(date, request.HttpContext.RequestAborted));

    [Function("StatsGaps")]
    public IActionResult StatsGaps(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "stats/gaps")] HttpRequest request) =>
        new HubActionResult(gaps.Get(request));

    [Function("OpenApi")]
    public IActionResult OpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new HubActionResult(openApi.Get());
}
