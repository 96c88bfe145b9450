using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Access;

/// <summary>
/// Finds the board member behind a request: <c>Authorization: ApiKey &lt;key&gt;</c> checked
/// against the configured hashes in constant time, or, when trusted, the App Service principal
/// header with its roles. Both hosts call this, so both enforce the same policies.
/// </summary>
public sealed class HubAuthenticator(IOptions<AuthOptions> options)
{
    private const string ApiKeyScheme = "ApiKey ";
    private const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    public HubUser? Authenticate(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(ApiKeyScheme, StringComparison.OrdinalIgnoreCase))
        {
            return FromApiKey(authorization[ApiKeyScheme.Length..].Trim());
        }

        return options.Value.TrustAppServicePrincipal && request.Headers.TryGetValue(PrincipalHeader, out var principal)
            ? FromAppServicePrincipal(principal.ToString())
            : null;
    }

    private HubUser? FromApiKey(string key)
    {
        if (key.Length is 0 or > 512)
        {
            return null;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        HubUser? match = null;

        // Every configured key is compared, so timing does not depend on which one matched.
        foreach (var entry in options.Value.Keys)
        {
            if (TryHex(entry.Sha256, out var expected) && CryptographicOperations.FixedTimeEquals(given, expected)
                && HubRoles.Satisfies(entry.Role, AccessPolicy.Reviewer))
            {
                match = new HubUser(entry.Name, entry.Role);
            }
        }

        return match;
    }

    /// <summary>The App Service principal: base64 JSON with <c>claims[{typ, val}]</c>; roles in claims of type "roles".</summary>
    private static HubUser? FromAppServicePrincipal(string encoded)
    {
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(encoded));
            var claims = json.RootElement.GetProperty("claims").EnumerateArray()
                .Select(c => (Type: c.GetProperty("typ").GetString() ?? "", Value: c.GetProperty("val").GetString() ?? ""))
                .ToList();
            var name = claims.FirstOrDefault(c => c.Type is "name" or "preferred_username" or
                "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name").Value;
            var roles = claims.Where(c => c.Type is "roles" or "http://schemas.microsoft.com/ws/2008/06/identity/claims/role")
                .Select(c => c.Value).ToList();
            var role = roles.Contains(HubRoles.Admin) ? HubRoles.Admin : roles.Contains(HubRoles.Reviewer) ? HubRoles.Reviewer : null;
            return role is null || string.IsNullOrEmpty(name) ? null : new HubUser(name, role);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static bool TryHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex);
            return bytes.Length == 32;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
