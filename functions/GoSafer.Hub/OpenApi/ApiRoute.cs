using GoSafer.Hub.Access;

namespace GoSafer.Hub.OpenApi;

/// <summary>One route of the hub's route table: method, pattern (e.g. <c>/api/resources/{id}</c>) and policy.</summary>
public sealed record ApiRoute(string Method, string Pattern, AccessPolicy Policy)
{
    public string Key => $"{Method} {Pattern}";
}
