namespace GoSafer.Hub.OpenApi;

/// <summary>What the route table cannot say about an operation: its words, parameters and payloads.</summary>
public sealed record OperationDoc(
    string Summary,
    string Description,
    string Tag,
    IReadOnlyList<ParameterDoc> Query,
    IReadOnlyList<ContentDoc> Ok,
    Type? Body = null,
    int OkStatus = 200,
    bool HasInput = true);

/// <summary>A query parameter; <see cref="Values"/> lists the allowed values when the set is closed.</summary>
public sealed record ParameterDoc(string Name, string Description, string Type = "string", IReadOnlyList<string>? Values = null, bool Repeats = false);

/// <summary>One media type of a response, with the contract type its schema is generated from (null: free form).</summary>
public sealed record ContentDoc(string MediaType, Type? Schema);
