namespace GoSafer.Hub.Access;

/// <summary><c>GoSafer:Auth</c>: local API keys, and whether to trust App Service authentication headers.</summary>
public sealed class AuthOptions
{
    public List<ApiKeyEntry> Keys { get; set; } = [];

    /// <summary>
    /// Trust <c>X-MS-CLIENT-PRINCIPAL</c> (set by App Service authentication with Entra ID). Only
    /// behind App Service, which strips the header from client requests; anywhere else a client
    /// could forge it, so it is ignored unless this is true.
    /// </summary>
    public bool TrustAppServicePrincipal { get; set; }
}

/// <summary>One key: <c>Sha256</c> is the hex SHA-256 of the key, so configuration never holds the key itself.</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string Sha256 { get; set; } = "";
}
