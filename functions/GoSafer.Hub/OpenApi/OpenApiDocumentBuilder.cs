using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GoSafer.Hub.Access;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document from the route table (paths, methods, path parameters, access
/// policies and the responses they imply) and <see cref="ApiOperations"/> (words, query parameters,
/// payload types, whose schemas are generated from the contract types).
/// </summary>
public sealed partial class OpenApiDocumentBuilder(ApiOperations operations)
{
    private const string ProblemMedia = "application/problem+json";

    public JsonObject Build(IReadOnlyList<ApiRoute> routes, string version)
    {
        var schemas = new ContractSchemas();
        var paths = new JsonObject();
        foreach (var path in routes.GroupBy(r => PathParameter().Replace(r.Pattern, "{$1}")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var route in path.OrderBy(r => r.Method, StringComparer.Ordinal))
            {
                item[route.Method.ToLowerInvariant()] = Operation(route, path.Key, schemas);
            }

            paths[path.Key] = item;
        }

        schemas.Reference(typeof(HttpValidationProblemDetails));
        var components = new JsonObject
        {
            ["schemas"] = new JsonObject(schemas.Components.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))),
            ["securitySchemes"] = new JsonObject
            {
                ["apiKey"] = new JsonObject
                {
                    ["type"] = "apiKey",
                    ["in"] = "header",
                    ["name"] = "Authorization",
                    ["description"] = "A board member's key: `Authorization: ApiKey <key>` (configuration holds only its SHA-256).",
                },
                ["appServicePrincipal"] = new JsonObject
                {
                    ["type"] = "apiKey",
                    ["in"] = "header",
                    ["name"] = "X-MS-CLIENT-PRINCIPAL",
                    ["description"] = "In Azure, App Service authentication (Entra ID) supplies the board member's role.",
                },
            },
        };

        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "GO-SAFER hub API",
                ["version"] = version,
                ["description"] = "Contribute, search and review prevention-education resources against online child sexual exploitation and abuse, "
                    + "and pull their evidence metadata. Errors are RFC 9457 problem details naming every invalid field. "
                    + "Personal data (contacts, nominees) never appears in public responses.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "This hub" }),
            ["tags"] = new JsonArray(new[] { ("Catalog", "Search and read the published catalog."), ("Contribute", "Submit resources and nominations without an account."), ("Review", "The governance board's work (reviewer or admin)."), ("Research", "Bulk evidence metadata, dataset snapshots and gap statistics.") }
                .Select(t => (JsonNode)new JsonObject { ["name"] = t.Item1, ["description"] = t.Item2 }).ToArray()),
            ["paths"] = paths,
            ["components"] = components,
        };
    }

    private JsonObject Operation(ApiRoute route, string path, ContractSchemas schemas)
    {
        var doc = operations.All.GetValueOrDefault(route.Key);
        var pathParameters = PathParameter().Matches(path).Select(m => m.Groups[1].Value).ToList();
        var parameters = new JsonArray();
        foreach (var name in pathParameters)
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } });
        }

        foreach (var p in doc?.Query ?? [])
        {
            parameters.Add(QueryParameter(p));
        }

        var operation = new JsonObject
        {
            ["operationId"] = OperationId(route.Method, path),
            ["summary"] = doc?.Summary ?? $"{route.Method} {path}",
            ["description"] = doc?.Description ?? "Described by the route table only.",
            ["tags"] = new JsonArray((JsonNode)(doc?.Tag ?? TagOf(route))),
            ["x-access-policy"] = route.Policy.ToString().ToLowerInvariant(),
            ["security"] = route.Policy == AccessPolicy.Public
                ? new JsonArray()
                : new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["appServicePrincipal"] = new JsonArray() }),
        };
        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (doc?.Body is { } body)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schemas.Reference(body) } },
            };
        }

        var responses = new JsonObject();
        var ok = new JsonObject();
        foreach (var content in doc?.Ok ?? [new ContentDoc("application/json", null)])
        {
            ok[content.MediaType] = new JsonObject { ["schema"] = content.Schema is null ? new JsonObject() : schemas.Reference(content.Schema) };
        }

        responses[(doc?.OkStatus ?? 200).ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject { ["description"] = "Success.", ["content"] = ok };
        if (doc?.HasInput != false || route.Method == "POST")
        {
            responses["400"] = Problem("Invalid input: every invalid field is named in `errors`; nothing was stored.", schemas);
        }

        if (route.Policy != AccessPolicy.Public)
        {
            responses["401"] = Problem("No valid credentials.", schemas);
            responses["403"] = Problem("The caller's role may not use this route.", schemas);
        }

        if (pathParameters.Count > 0)
        {
            responses["404"] = Problem("Nothing with this ID (or not public).", schemas);
        }

        if (route.Method == "POST")
        {
            responses["413"] = Problem("The body is too large; nothing was stored.", schemas);
            responses["415"] = Problem("The body must be JSON; nothing was stored.", schemas);
        }

        responses["503"] = Problem("Storage is unavailable; retry later.", schemas);
        operation["responses"] = responses;
        return operation;
    }

    private static JsonObject QueryParameter(ParameterDoc p)
    {
        var value = new JsonObject { ["type"] = p.Type };
        if (p.Values is { } values)
        {
            value["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray());
        }

        var parameter = new JsonObject { ["name"] = p.Name, ["in"] = "query", ["required"] = false, ["description"] = p.Description };
        if (p.Repeats)
        {
            parameter["schema"] = new JsonObject { ["type"] = "array", ["items"] = value };
            parameter["style"] = "form";
            parameter["explode"] = true;
        }
        else
        {
            parameter["schema"] = value;
        }

        return parameter;
    }

    private static JsonObject Problem(string description, ContractSchemas schemas) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [ProblemMedia] = new JsonObject { ["schema"] = schemas.Reference(typeof(HttpValidationProblemDetails)) } },
    };

    private static string TagOf(ApiRoute route) => route.Policy == AccessPolicy.Public ? "Catalog" : "Review";

    /// <summary>"GET /api/evidence/datasets/{date}" → "getEvidenceDatasetsByDate".</summary>
    private static string OperationId(string method, string path)
    {
        var words = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .SelectMany(segment => segment.StartsWith('{')
                ? ["by", segment.Trim('{', '}')]
                : segment.Split('.', '-'))
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        return method.ToLowerInvariant() + string.Concat(words);
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)(?::[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex PathParameter();
}
