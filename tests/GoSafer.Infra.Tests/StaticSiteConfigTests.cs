using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GoSafer.Testing;

namespace GoSafer.Infra.Tests;

/// <summary>
/// The Static Web App serves the same pages as the local host, so it must send the same security
/// headers: infra/static/staticwebapp.config.json against web/GoSafer.Web/Hosting/SecurityHeaders.cs.
/// </summary>
public sealed partial class StaticSiteConfigTests
{
    private static readonly JsonObject Headers =
        JsonNode.Parse(File.ReadAllText(Path.Combine(InfraFiles.Root, "static", "staticwebapp.config.json")))!["globalHeaders"]!.AsObject();

    [Fact]
    public void Static_site_sends_the_local_hosts_content_security_policy()
    {
        var source = File.ReadAllText(RepositoryPaths.Combine("web", "GoSafer.Web", "Hosting", "SecurityHeaders.cs"));
        var declaration = CspDeclaration().Match(source);
        Assert.True(declaration.Success, "ContentSecurityPolicy constant not found in SecurityHeaders.cs");
        var localPolicy = string.Concat(StringLiteral().Matches(declaration.Groups["value"].Value).Select(m => m.Groups[1].Value));

        Assert.Equal(localPolicy, (string?)Headers["Content-Security-Policy"]);
        Assert.DoesNotContain("unsafe-inline", localPolicy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("X-Frame-Options", "DENY")]
    [InlineData("Referrer-Policy", "no-referrer")]
    [InlineData("Cross-Origin-Opener-Policy", "same-origin")]
    public void Static_site_sends_the_local_hosts_security_headers(string header, string value)
    {
        var source = File.ReadAllText(RepositoryPaths.Combine("web", "GoSafer.Web", "Hosting", "SecurityHeaders.cs"));

        Assert.Contains($"\"{value}\"", source, StringComparison.Ordinal);
        Assert.Equal(value, (string?)Headers[header]);
    }

    [GeneratedRegex(@"ContentSecurityPolicy\s*=(?<value>(?:\s*""[^""]*""\s*\+?)+);", RegexOptions.CultureInvariant)]
    private static partial Regex CspDeclaration();

    [GeneratedRegex(@"""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();
}
