namespace GoSafer.Hub.Oai;

/// <summary>The <c>GoSafer:Oai</c> configuration section: how the OAI-PMH endpoint names itself and pages lists.</summary>
public sealed class OaiOptions
{
    public const string Section = "GoSafer:Oai";

    public string RepositoryName { get; set; } = "GO-SAFER resource hub";

    /// <summary>
    /// The <c>repositoryIdentifier</c> of the oai-identifier scheme, so a domain name the operator
    /// controls; item identifiers are <c>oai:{RepositoryIdentifier}:{resource id}</c>.
    /// </summary>
    public string RepositoryIdentifier { get; set; } = "gosafer.example.org";

    public string AdminEmail { get; set; } = "oai-admin@example.org";

    /// <summary>Headers or records per ListIdentifiers / ListRecords response; the rest follows by resumption token.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// Sets per facet value. Off, the repository declares no set hierarchy and answers
    /// <c>ListSets</c> and any <c>set</c> argument with <c>noSetHierarchy</c>.
    /// </summary>
    public bool Sets { get; set; } = true;
}
