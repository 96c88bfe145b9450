using System.Text.Json.Nodes;

namespace GoSafer.Infra.Tests.Bicep;

/// <summary>
/// What `bicep snapshot` predicts a deployment of a parameter file creates: every resource with
/// its parameters, variables and conditions evaluated (values known only after deployment stay
/// ARM expressions), and the outputs.
/// </summary>
public sealed class DeploymentSnapshot(JsonNode root)
{
    public IReadOnlyList<JsonNode> Resources { get; } = root["predictedResources"]!.AsArray().Select(r => r!).ToList();

    public JsonObject Outputs { get; } = root["outputs"]!.AsObject();

    public IReadOnlyList<JsonNode> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase)).ToList();

    public JsonNode One(string type) => Assert.Single(OfType(type));
}
