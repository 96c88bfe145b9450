namespace GoSafer.Hub.Access;

/// <summary>
/// Who may call a route. Every route declares one; submitters hold no role: their receipt is
/// checked by the status handler itself, on a public route.
/// </summary>
public enum AccessPolicy
{
    Public,
    Reviewer,
    Admin,
}

public static class HubRoles
{
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static bool Satisfies(string? role, AccessPolicy policy) => policy switch
    {
        AccessPolicy.Public => true,
        AccessPolicy.Reviewer => role is Reviewer or Admin,
        AccessPolicy.Admin => role is Admin,
        _ => false,
    };
}

/// <summary>A signed-in board member.</summary>
public sealed record HubUser(string Name, string Role);

/// <summary>Endpoint metadata naming a route's policy (endpoint metadata must be a reference type).</summary>
public sealed record AccessPolicyMetadata(AccessPolicy Policy);
