using GoSafer.Hub.Audit;
using GoSafer.Hub.Contracts;
using GoSafer.Hub.Exports;
using GoSafer.Hub.Exports.Datasets;
using GoSafer.Hub.Health;
using GoSafer.Hub.Intake;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Review;
using GoSafer.Hub.Search;
using GoSafer.Hub.Stats;
using GoSafer.Hub.Tagging;
using GoSafer.Hub.TaxonomyApi;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.OpenApi;

/// <summary>
/// The words and payload types of each operation, keyed by "METHOD pattern" of the route table. A
/// route missing here is still described (from the table alone); the OpenAPI tests list such routes.
/// </summary>
public sealed class ApiOperations(HubTaxonomy taxonomy)
{
    private const string Json = "application/json";

    public IReadOnlyDictionary<string, OperationDoc> All => _all ??= Build();

    private IReadOnlyDictionary<string, OperationDoc>? _all;

    /// <summary>The facet filters shared by search, exports and statistics; closed sets come from the taxonomy.</summary>
    public IReadOnlyList<ParameterDoc> FacetFilters() =>
    [
        Facet(Facets.Age, "Age band (derived from the resource's ages by overlap)."),
        Facet(Facets.Harm, "Harm type; a parent matches its children."),
        new(Facets.Language, "ISO 639-1 language code; repeat or comma-separate to OR values.", Repeats: true),
        Facet(Facets.Audience, "Audience."),
        Facet(Facets.Type, "Resource type."),
        Facet(Facets.Evidence, "Hub evidence level."),
    ];

    private ParameterDoc Facet(string facet, string text) =>
        new(facet, text + " Repeat or comma-separate to OR values; facets AND.", Values: taxonomy.Ids(facet), Repeats: true);

    private Dictionary<string, OperationDoc> Build()
    {
        var ui = new ParameterDoc("ui", "UI language of labels (ar, zh, en, fr, ru, es; English otherwise).");
        var receipt = new ParameterDoc("receipt", "The receipt returned when the submission was accepted.");
        var queue = new ParameterDoc[] { new("status", "Queue to list (e.g. pending)."), new("sort", "By submission date; oldest (the default) or newest first.", Values: [Review.QueueSorts.Oldest, Review.QueueSorts.Newest]), new("page", "1-based page.", "integer"), new("pageSize", "Items per page.", "integer") };
        return new Dictionary<string, OperationDoc>(StringComparer.Ordinal)
        {
            ["GET /api/health"] = new("Liveness, storage and index status", "503 when storage is unreachable.", "Catalog", [], [new(Json, typeof(HealthView))], HasInput: false),
            ["GET /api/taxonomy"] = new("The taxonomy with labels", "Age bands, harms, audiences, resource types, evidence levels and languages.", "Catalog", [ui], [new(Json, typeof(TaxonomyView))]),
            ["POST /api/resources"] = new("Submit a resource", "JSON, or multipart/form-data with a `resource` JSON part and one `attachment`. Every invalid field is named in the problem details; nothing is stored then.", "Contribute", [], [new(Json, typeof(SubmissionAccepted))], typeof(ResourceSubmission), 202),
            ["POST /api/nominations"] = new("Nominate an expert", "Personal data of nominee and nominator is never public.", "Contribute", [], [new(Json, typeof(SubmissionAccepted))], typeof(NominationSubmission), 202),
            ["GET /api/submissions/{id}"] = new("Status of one submission", "Needs the receipt; a wrong receipt answers like an unknown ID.", "Contribute", [receipt], [new(Json, typeof(SubmissionStatusView))]),
            ["POST /api/submissions/{id}/versions"] = new("Send a new version", "After the board requested changes.", "Contribute", [receipt], [new(Json, typeof(SubmissionAccepted))], typeof(ResourceSubmission), 202),
            ["GET /api/resources/{id}"] = new("A published resource", "Declared and inferred tags; 404 for pending or unknown IDs.", "Catalog", [], [new(Json, typeof(PublishedResource))]),
            ["GET /api/search"] = new("Search the published catalog", "Free text and facet filters with disjunctive facet counts.", "Catalog",
                [new("q", "Free text; empty browses everything."), .. FacetFilters(), new("sort", "Sort order.", Values: ["relevance", "newest", "evidence"]), new("page", "1-based page.", "integer"), new("pageSize", "Results per page (at most 100).", "integer"), ui],
                [new(Json, typeof(SearchResponse))]),
            ["GET /api/suggest"] = new("Autocomplete", "Taxonomy concepts (as filters) and titles.", "Catalog", [new("q", "The typed prefix."), ui], [new(Json, typeof(SuggestResponse))]),
            ["POST /api/tag"] = new("Preview the indexer's tags", "For `{title, description}`: language, harms, ages, audiences, resource type.", "Catalog", [], [new(Json, typeof(InferredTags))], typeof(TagPreviewRequest)),
            ["GET /api/review/resources"] = new("Resource review queue", "Oldest first unless sort=newest.", "Review", queue, [new(Json, typeof(QueuePage))]),
            ["GET /api/review/nominations"] = new("Nomination review queue", "Oldest first unless sort=newest.", "Review", queue, [new(Json, typeof(QueuePage))]),
            ["GET /api/review/resources/{id}"] = new("One resource under review", "With its versions, decisions and conflict declarations.", "Review", [], [new(Json, typeof(ReviewItem))]),
            ["GET /api/review/nominations/{id}"] = new("One nomination under review", "With its versions, decisions and conflict declarations.", "Review", [], [new(Json, typeof(ReviewItem))]),
            ["POST /api/review/resources/{id}/decisions"] = new("Decide on a resource", "approve, reject or request-changes, with a reason.", "Review", [], [new(Json, null)], typeof(DecisionRequest)),
            ["POST /api/review/nominations/{id}/decisions"] = new("Decide on a nomination", "approve, reject or request-changes, with a reason.", "Review", [], [new(Json, null)], typeof(DecisionRequest)),
            ["POST /api/review/nominations/{id}/erasure"] = new("Erase a nomination's personal data", "Admin only.", "Review", [], [new(Json, null)]),
            ["GET /api/review/roster"] = new("Approved experts", "Never public.", "Review", [], [new(Json, typeof(IReadOnlyList<RosterEntry>))], HasInput: false),
            ["GET /api/review/audit"] = new("The hash-chained audit log", "Admin only.", "Review", [new("after", "Return entries after this sequence number.", "integer")], [new(Json, typeof(IReadOnlyList<AuditEntry>))]),
            ["GET /api/review/audit/verify"] = new("Verify the audit chain", "Admin only.", "Review", [], [new(Json, typeof(AuditVerification))], HasInput: false),
            ["GET /api/evidence"] = new("Bulk evidence metadata",
                "Published resources only, never personal data, in ID order. `format=json` is paged by the opaque `cursor`; `ndjson`, `csv` (RFC 4180, formula cells neutralised) and `jsonld` (schema.org LearningResource) stream the whole slice.",
                "Research",
                [.. FacetFilters(), new("format", "Output format.", Values: ["json", "ndjson", "csv", "jsonld"]), new("cursor", "Opaque cursor from the previous JSON page's `next`."), new("limit", "Records per JSON page (1 to 1000).", "integer")],
                [new(Json, typeof(EvidencePage)), new("application/x-ndjson", null), new("text/csv", null), new("application/ld+json", null)]),
            ["GET /api/evidence/context.jsonld"] = new("The JSON-LD context of the evidence export", "Served locally so exports expand offline.", "Research", [], [new("application/ld+json", null)], HasInput: false),
            ["GET /api/evidence/datasets"] = new("Dated dataset snapshots", "Newest first; the first call of a UTC day makes that day's snapshot.", "Research", [], [new(Json, typeof(DatasetList))], HasInput: false),
            ["GET /api/evidence/datasets/{date}"] = new("One dataset snapshot", "The NDJSON dump; `Repr-Digest` and `ETag` carry its SHA-256.", "Research", [], [new("application/x-ndjson", null)]),
            ["GET /api/stats/gaps"] = new("Evidence-gap statistics", "Published resources by harm × age band × language and by evidence level, optionally within a facet slice.", "Research",
                [.. FacetFilters(), new("format", "Output format.", Values: ["json", "csv"]), new("table", "CSV table.", Values: ["gaps", "harm-age", "evidence"])],
                [new(Json, typeof(GapStats)), new("text/csv", null)]),
            ["GET /api/oai"] = new("OAI-PMH 2.0", "The six verbs with oai_dc and an LRMI-derived format; sets per facet value; resumption tokens.", "Research",
                [new("verb", "OAI-PMH verb.", Values: ["Identify", "ListMetadataFormats", "ListSets", "ListIdentifiers", "ListRecords", "GetRecord"]), new("metadataPrefix", "Metadata format."), new("identifier", "Item identifier."), new("set", "Set spec, e.g. harm:ocsea:grooming."), new("from", "Lower datestamp bound (UTC)."), new("until", "Upper datestamp bound (UTC)."), new("resumptionToken", "Token from the previous incomplete list.")],
                [new("text/xml", null)]),
            ["POST /api/oai"] = new("OAI-PMH 2.0 (form-encoded request)", "The same protocol with the arguments in an application/x-www-form-urlencoded body.", "Research", [], [new("text/xml", null)]),
            ["GET /api/openapi.json"] = new("This API description", "OpenAPI 3.1, generated from the route table and the contract types.", "Catalog", [], [new(Json, null)], HasInput: false),
        };
    }
}

/// <summary>The body of <c>POST /api/tag</c>.</summary>
public sealed record TagPreviewRequest(string Title, string Description);

/// <summary>The body of a review decision.</summary>
public sealed record DecisionRequest(string? Decision, string? Reason, bool? ConflictOfInterest);
