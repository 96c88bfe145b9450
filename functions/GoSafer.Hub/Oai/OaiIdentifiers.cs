using GoSafer.Hub.Publishing;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Oai;

/// <summary>Item identifiers in the oai-identifier scheme: <c>oai:{repositoryIdentifier}:{resource id}</c>.</summary>
public sealed class OaiIdentifiers(IOptions<OaiOptions> options)
{
    private string Prefix => $"oai:{options.Value.RepositoryIdentifier}:";

    public string Of(string resourceId) => Prefix + resourceId;

    /// <summary>The resource ID an identifier names, or null when it is not one of this repository's.</summary>
    public string? ResourceId(string identifier) =>
        identifier.StartsWith(Prefix, StringComparison.Ordinal) && identifier[Prefix.Length..] is var id
        && PublishedResourceRepository.IsPublicId(id) ? id : null;

    public string Sample => Of("res_0123456789abcdef");
}
