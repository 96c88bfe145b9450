namespace GoSafer.Hub.Oai;

/// <summary>
/// A request whose verb and arguments are well formed for that verb. <see cref="Arguments"/> are
/// echoed in the response's <c>request</c> element as received; <see cref="List"/> is the harvest a
/// ListIdentifiers/ListRecords request asks for (decoded from its token when it resumes one).
/// </summary>
public sealed record OaiRequest(
    string Verb,
    IReadOnlyList<KeyValuePair<string, string>> Arguments,
    string? Identifier,
    string? MetadataPrefix,
    OaiListQuery? List,
    bool Resumes);
