namespace GoSafer.Hub.Exports;

/// <summary>
/// The JSON-LD context of the evidence export (schema.org / LRMI terms plus the hub's own evidence
/// terms under <c>urn:gosafer:vocab:</c>), served by the hub itself so documents expand offline.
/// </summary>
public static class JsonLdContext
{
    public const string Path = "/api/evidence/context.jsonld";

    private const string ResourceName = "GoSafer.Hub.evidence-context.jsonld";

    public static byte[] Document { get; } = Load();

    /// <summary>Concept IRIs are stable across deployments, unlike the hub's host name.</summary>
    public static string ConceptIri(string facet, string id) => $"urn:gosafer:taxonomy:{facet}:{id}";

    private static byte[] Load()
    {
        using var stream = typeof(JsonLdContext).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
