using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using GoSafer.Hub.Submissions;

namespace GoSafer.Hub.OpenApi;

/// <summary>
/// JSON Schemas (2020-12, as OpenAPI 3.1 uses) generated from the contract types with the hub's own
/// serializer settings, collected as named components.
/// </summary>
public sealed class ContractSchemas
{
    private static readonly JsonSerializerOptions Options = new(HubJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public SortedDictionary<string, JsonNode> Components { get; } = new(StringComparer.Ordinal);

    /// <summary>A reference to the type's component (lists become arrays of their item's component).</summary>
    public JsonNode Reference(Type type)
    {
        var item = ListItemType(type);
        if (item is not null)
        {
            return new JsonObject { ["type"] = "array", ["items"] = Reference(item) };
        }

        var name = type.Name;
        if (!Components.ContainsKey(name))
        {
            var schema = JsonSchemaExporter.GetJsonSchemaAsNode(Options, type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
            Rebase(schema, $"#/components/schemas/{name}");
            Components[name] = schema;
        }

        return new JsonObject { ["$ref"] = $"#/components/schemas/{name}" };
    }

    private static Type? ListItemType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
        && (d == typeof(IReadOnlyList<>) || d == typeof(List<>) || d == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>The exporter's internal references point into the type's own schema; re-root them at its component.</summary>
    private static void Rebase(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.GetValue<string>() is { } pointer && pointer.StartsWith('#'))
                {
                    obj["$ref"] = root + pointer[1..];
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Rebase(child, root);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Rebase(child, root);
                }

                break;
        }
    }
}
