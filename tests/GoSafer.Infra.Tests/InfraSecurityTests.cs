using System.Text.Json.Nodes;
using GoSafer.Infra.Tests.Bicep;

namespace GoSafer.Infra.Tests;

/// <summary>
/// Security properties of what the dev and prod parameter files deploy, read from bicep's
/// deployment snapshots, so that a change to a template or a parameter file that weakens one fails.
/// </summary>
public sealed class InfraSecurityTests(InfraSnapshots snapshots) : IClassFixture<InfraSnapshots>
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";
    private const string Sites = "Microsoft.Web/sites";
    private const string SiteConfig = "Microsoft.Web/sites/config";

    public static TheoryData<string> Environments() => new(["dev", "prod"]);

    private DeploymentSnapshot Of(string environment) => environment == "prod" ? snapshots.Prod : snapshots.Dev;

    [Theory]
    [MemberData(nameof(Environments))]
    public void Storage_account_refuses_shared_keys_public_blobs_and_old_tls(string environment)
    {
        var account = Of(environment).One(StorageAccounts)["properties"]!;

        Assert.False((bool)account["allowSharedKeyAccess"]!);
        Assert.False((bool)account["allowBlobPublicAccess"]!);
        Assert.True((bool)account["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)account["minimumTlsVersion"]);
        Assert.True((bool)account["defaultToOAuthAuthentication"]!);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Hub_containers_and_queues_exist_and_every_container_is_private(string environment)
    {
        var snapshot = Of(environment);
        var containers = snapshot.OfType("Microsoft.Storage/storageAccounts/blobServices/containers");
        var queues = snapshot.OfType("Microsoft.Storage/storageAccounts/queueServices/queues").Select(LastSegment).ToList();

        Assert.All(containers, c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));
        Assert.Equal(
            ["app-package", "gosafer-attachments", "gosafer-audit", "gosafer-index", "gosafer-records"],
            containers.Select(LastSegment).Order(StringComparer.Ordinal));
        Assert.Contains("gosafer-index-requests", queues);
        Assert.Contains("gosafer-index-requests-poison", queues);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Function_app_runs_dotnet_isolated_10_on_flex_consumption_over_https_only(string environment)
    {
        var snapshot = Of(environment);
        var plan = snapshot.One("Microsoft.Web/serverfarms");
        var site = snapshot.One(Sites);
        var config = site["properties"]!;
        var flex = config["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("SystemAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool)config["httpsOnly"]!);
        Assert.Equal("1.2", (string?)config["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["siteConfig"]!["ftpsState"]);
        Assert.Equal("dotnet-isolated", (string?)flex["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)flex["runtime"]!["version"]);
        Assert.Equal("SystemAssignedIdentity", (string?)flex["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.All(snapshot.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies"),
            p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void App_settings_use_identity_connections_and_hold_no_keys(string environment)
    {
        var settings = AppSettings(Of(environment));

        Assert.Equal(Of(environment).One(StorageAccounts)["name"]!.ToString(), (string?)settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("AzureBlob", (string?)settings["GoSafer__Storage__Provider"]);
        Assert.Equal("Authorization=AAD", (string?)settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"), "a connection string for host storage");
        Assert.False(settings.ContainsKey("GoSafer__Storage__ConnectionString"), "a connection string for hub storage");
        // Flex Consumption takes the runtime from functionAppConfig and rejects these settings.
        Assert.False(settings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"));
        Assert.False(settings.ContainsKey("FUNCTIONS_EXTENSION_VERSION"));
        Assert.All(settings, s => Assert.DoesNotContain("AccountKey=", s.Value?.ToString() ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(settings, s => Assert.DoesNotContain("listKeys", s.Value?.ToString() ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Board_key_hashes_are_key_vault_references_never_values()
    {
        var settings = AppSettings(snapshots.Dev);
        var vault = (string)snapshots.Dev.One("Microsoft.KeyVault/vaults")["name"]!;

        Assert.Equal("dev-reviewer", (string?)settings["GoSafer__Auth__Keys__0__Name"]);
        Assert.Equal("reviewer", (string?)settings["GoSafer__Auth__Keys__0__Role"]);
        Assert.Equal($"@Microsoft.KeyVault(VaultName={vault};SecretName=board-key-dev-reviewer)", (string?)settings["GoSafer__Auth__Keys__0__Sha256"]);
        Assert.Equal("admin", (string?)settings["GoSafer__Auth__Keys__1__Role"]);
        Assert.StartsWith("@Microsoft.KeyVault(", (string?)settings["GoSafer__Auth__Keys__1__Sha256"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Key_vault_uses_rbac_and_soft_delete_with_purge_protection_in_prod(string environment)
    {
        var vault = Of(environment).One("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool)vault["enableRbacAuthorization"]!);
        Assert.True((bool)vault["enableSoftDelete"]!);
        Assert.Null(vault["accessPolicies"]);
        if (environment == "prod")
        {
            Assert.True((bool)vault["enablePurgeProtection"]!);
            Assert.Equal(90, (int)vault["softDeleteRetentionInDays"]!);
        }
        else
        {
            // A disposable dev vault must stay purgeable (purge protection is irreversible).
            Assert.Null(vault["enablePurgeProtection"]);
        }
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Function_identity_holds_exactly_the_data_roles_it_needs(string environment)
    {
        var snapshot = Of(environment);
        var appRoles = snapshot.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => ((string)r["properties"]!["principalId"]!).Contains("Microsoft.Web/sites/", StringComparison.Ordinal))
            .Select(r => (Role: LastSegment((string)r["properties"]!["roleDefinitionId"]!), Scope: ScopeType((string)r["id"]!)))
            .Order()
            .ToList();

        Assert.Equal(
            [
                ("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components"), // Monitoring Metrics Publisher
                ("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults"), // Key Vault Secrets User
                ("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts"), // Storage Queue Data Contributor
                ("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts"), // Storage Blob Data Owner
            ],
            appRoles);
        Assert.All(snapshot.OfType("Microsoft.Authorization/roleAssignments"),
            r => Assert.Equal("ServicePrincipal", (string?)r["properties"]!["principalType"]));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Telemetry_is_workspace_based_and_accepts_only_entra_authenticated_senders(string environment)
    {
        var snapshot = Of(environment);
        var component = snapshot.One("Microsoft.Insights/components")["properties"]!;
        var workspace = snapshot.One("Microsoft.OperationalInsights/workspaces");

        Assert.True((bool)component["DisableLocalAuth"]!);
        Assert.Equal((string?)workspace["id"], (string?)component["WorkspaceResourceId"]);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Outputs_name_the_endpoints_and_carry_no_secret(string environment)
    {
        var outputs = Of(environment).Outputs;

        Assert.Contains("functionAppUrl", outputs.Select(o => o.Key));
        Assert.Contains("staticSiteUrl", outputs.Select(o => o.Key));
        Assert.Contains("storageBlobEndpoint", outputs.Select(o => o.Key));
        Assert.All(outputs, o => Assert.DoesNotContain("ConnectionString", o.Value?.ToJsonString() ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(outputs, o => Assert.DoesNotContain("InstrumentationKey", o.Value?.ToJsonString() ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(outputs, o => Assert.DoesNotContain("listKeys", o.Value?.ToJsonString() ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void App_service_principal_header_is_trusted_only_behind_app_service_authentication()
    {
        Assert.Equal("false", (string?)AppSettings(snapshots.Prod)["GoSafer__Auth__TrustAppServicePrincipal"]);
        Assert.Null(snapshots.Prod.Named(SiteConfig, "authsettingsV2"));

        var withEntra = snapshots.ProdWithEntra;
        var auth = withEntra.Named(SiteConfig, "authsettingsV2")?["properties"];
        Assert.NotNull(auth);
        Assert.Equal("true", (string?)AppSettings(withEntra)["GoSafer__Auth__TrustAppServicePrincipal"]);
        Assert.True((bool)auth["platform"]!["enabled"]!);
        Assert.Equal(InfraSnapshots.EntraClientId, (string?)auth["identityProviders"]!["azureActiveDirectory"]!["registration"]!["clientId"]);
        // Public routes must stay reachable; the hub's own access policies guard the board routes.
        Assert.Equal("AllowAnonymous", (string?)auth["globalValidation"]!["unauthenticatedClientAction"]);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Front_end_is_served_by_static_web_apps_with_the_function_app_as_api_backend(string environment)
    {
        var snapshot = Of(environment);
        var site = snapshot.One("Microsoft.Web/staticSites");
        var backend = snapshot.One("Microsoft.Web/staticSites/linkedBackends");

        Assert.Equal("Standard", (string?)site["sku"]!["name"]);
        Assert.Equal((string?)snapshot.One(Sites)["id"], (string?)backend["properties"]!["backendResourceId"]);
    }

    private static JsonObject AppSettings(DeploymentSnapshot snapshot) =>
        (snapshot.Named(SiteConfig, "appsettings") ?? throw new InvalidOperationException("no appsettings resource"))["properties"]!.AsObject();

    private static string LastSegment(JsonNode resource) => LastSegment((string)resource["name"]!);

    private static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The resource type a role assignment is scoped to, from its ID (…/providers/NS/type/name/providers/Microsoft.Authorization/…).</summary>
    private static string ScopeType(string id)
    {
        var scope = id[..id.IndexOf("/providers/Microsoft.Authorization/", StringComparison.Ordinal)];
        var parts = scope[(scope.LastIndexOf("/providers/", StringComparison.Ordinal) + "/providers/".Length)..].Split('/');
        return $"{parts[0]}/{parts[1]}";
    }
}
