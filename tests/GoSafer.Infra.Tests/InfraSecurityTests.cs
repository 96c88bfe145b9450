using System.Text.Json.Nodes;
using GoSafer.Infra.Tests.Bicep;

namespace GoSafer.Infra.Tests;

/// <summary>
/// Security properties of what the dev and prod parameter files deploy, read from bicep's
/// deployment snapshots, so that a change to a template or a parameter file that weakens one fails.
/// </summary>
[Collection(InfraSnapshots.Collection)]
public sealed class InfraSecurityTests(InfraSnapshots snapshots)
{
    private const string StorageAccounts = "Microsoft.Storage/storageAccounts";
    private const string Sites = "Microsoft.Web/sites";
    private const string SiteConfig = "Microsoft.Web/sites/config";
    private const string RoleAssignments = "Microsoft.Authorization/roleAssignments";

    public static TheoryData<string> Environments() => new(["dev", "prod"]);

    public static TheoryData<string, string> EnvironmentsAndApps() => new()
    {
        { "dev", "api" },
        { "dev", "indexer" },
        { "prod", "api" },
        { "prod", "indexer" },
    };

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
            ["app-package-api", "app-package-indexer", "gosafer-attachments", "gosafer-audit", "gosafer-index", "gosafer-records"],
            containers.Select(LastSegment).Order(StringComparer.Ordinal));
        Assert.Equal(["gosafer-index-requests", "gosafer-index-requests-poison"], queues.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnvironmentsAndApps))]
    public void Function_apps_run_dotnet_isolated_10_on_flex_consumption_over_https_only(string environment, string app)
    {
        var snapshot = Of(environment);
        var site = Site(snapshot, app);
        var config = site["properties"]!;
        var plan = snapshot.OfType("Microsoft.Web/serverfarms").Single(p => (string?)p["id"] == (string?)config["serverFarmId"]);
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
        var publishing = snapshot.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies")
            .Where(p => ((string)p["name"]!).StartsWith((string)site["name"]! + "/", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, publishing.Count);
        Assert.All(publishing, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void One_index_writer_serves_no_http_and_the_scaled_out_api_only_replicates(string environment)
    {
        var snapshot = Of(environment);
        var indexer = Site(snapshot, "indexer")["properties"]!;
        var api = Site(snapshot, "api")["properties"]!;
        var indexerSettings = AppSettings(snapshot, "indexer");
        var apiSettings = AppSettings(snapshot, "api");

        Assert.Equal(1, (int)indexer["functionAppConfig"]!["scaleAndConcurrency"]!["maximumInstanceCount"]!);
        Assert.Equal("Deny", (string?)indexer["siteConfig"]!["ipSecurityRestrictionsDefaultAction"]);
        Assert.Equal("Writer", (string?)indexerSettings["GoSafer__Indexing__Role"]);
        Assert.Equal("true", (string?)indexerSettings["GoSafer__Indexing__Snapshots__Publish"]);
        Assert.False(indexerSettings.ContainsKey("AzureWebJobs.IndexRequest.Disabled"));

        Assert.True((int)api["functionAppConfig"]!["scaleAndConcurrency"]!["maximumInstanceCount"]! > 1);
        Assert.Equal("Replica", (string?)apiSettings["GoSafer__Indexing__Role"]);
        Assert.Equal("true", (string?)apiSettings["AzureWebJobs.IndexRequest.Disabled"]);
        Assert.Equal("true", (string?)apiSettings["AzureWebJobs.NightlyMaintenance.Disabled"]);

        Assert.Equal((string?)apiSettings["GoSafer__Indexing__QueueName"], (string?)indexerSettings["GoSafer__Indexing__QueueName"]);
        Assert.Equal((string?)apiSettings["GoSafer__Storage__SnapshotsContainer"], (string?)indexerSettings["GoSafer__Storage__SnapshotsContainer"]);
    }

    [Theory]
    [MemberData(nameof(EnvironmentsAndApps))]
    public void App_settings_use_identity_connections_and_hold_no_keys(string environment, string app)
    {
        var settings = AppSettings(Of(environment), app);

        Assert.Equal((string?)Of(environment).One(StorageAccounts)["name"], (string?)settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("AzureBlob", (string?)settings["GoSafer__Storage__Provider"]);
        Assert.Equal("AzureQueue", (string?)settings["GoSafer__Indexing__Queue"]);
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
        var settings = AppSettings(snapshots.Dev, "api");
        var vault = (string)snapshots.Dev.One("Microsoft.KeyVault/vaults")["name"]!;

        Assert.Equal("dev-reviewer", (string?)settings["GoSafer__Auth__Keys__0__Name"]);
        Assert.Equal("reviewer", (string?)settings["GoSafer__Auth__Keys__0__Role"]);
        Assert.Equal($"@Microsoft.KeyVault(VaultName={vault};SecretName=board-key-dev-reviewer)", (string?)settings["GoSafer__Auth__Keys__0__Sha256"]);
        Assert.Equal("admin", (string?)settings["GoSafer__Auth__Keys__1__Role"]);
        Assert.StartsWith("@Microsoft.KeyVault(", (string?)settings["GoSafer__Auth__Keys__1__Sha256"], StringComparison.Ordinal);
        Assert.DoesNotContain(AppSettings(snapshots.Dev, "indexer"), s => s.Key.StartsWith("GoSafer__Auth__Keys", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Key_vault_uses_rbac_audits_to_log_analytics_and_is_purge_protected_in_prod(string environment)
    {
        var snapshot = Of(environment);
        var vaultResource = snapshot.One("Microsoft.KeyVault/vaults");
        var vault = vaultResource["properties"]!;
        var audit = snapshot.OfType("Microsoft.Insights/diagnosticSettings")
            .Single(d => ((string)d["id"]!).StartsWith((string)vaultResource["id"]! + "/providers/", StringComparison.Ordinal))["properties"]!;

        Assert.Equal((string?)snapshot.One("Microsoft.OperationalInsights/workspaces")["id"], (string?)audit["workspaceId"]);
        Assert.Contains(audit["logs"]!.AsArray(), l => (string?)l!["categoryGroup"] == "audit" && (bool)l["enabled"]!);
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
    [MemberData(nameof(EnvironmentsAndApps))]
    public void Each_function_identity_holds_exactly_the_data_roles_it_needs(string environment, string app)
    {
        var snapshot = Of(environment);
        var siteId = (string)Site(snapshot, app)["id"]!;
        var roles = snapshot.OfType(RoleAssignments)
            .Where(r => ((string)r["properties"]!["principalId"]!).Contains($"'{siteId}'", StringComparison.Ordinal))
            .Select(r => (Role: LastSegment((string)r["properties"]!["roleDefinitionId"]!), Scope: ScopeType((string)r["id"]!)))
            .Order()
            .ToList();

        List<(string, string)> expected =
        [
            ("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components"), // Monitoring Metrics Publisher
            ("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts"), // Storage Queue Data Contributor
            ("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts"), // Storage Blob Data Owner
        ];
        if (app == "api")
        {
            expected.Add(("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")); // Key Vault Secrets User
        }

        Assert.Equal(expected.Order(), roles);
        Assert.All(snapshot.OfType(RoleAssignments), r => Assert.Equal("ServicePrincipal", (string?)r["properties"]!["principalType"]));
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
        Assert.Equal("false", (string?)AppSettings(snapshots.Prod, "api")["GoSafer__Auth__TrustAppServicePrincipal"]);
        Assert.DoesNotContain(snapshots.Prod.OfType(SiteConfig), c => ((string)c["name"]!).EndsWith("/authsettingsV2", StringComparison.Ordinal));

        var withEntra = snapshots.ProdWithEntra;
        var auth = Assert.Single(withEntra.OfType(SiteConfig), c => ((string)c["name"]!).EndsWith("/authsettingsV2", StringComparison.Ordinal));
        Assert.StartsWith((string)Site(withEntra, "api")["name"]! + "/", (string)auth["name"]!, StringComparison.Ordinal);
        Assert.Equal("true", (string?)AppSettings(withEntra, "api")["GoSafer__Auth__TrustAppServicePrincipal"]);
        Assert.Equal("false", (string?)AppSettings(withEntra, "indexer")["GoSafer__Auth__TrustAppServicePrincipal"]);
        var settings = auth["properties"]!;
        Assert.True((bool)settings["platform"]!["enabled"]!);
        Assert.Equal(InfraSnapshots.EntraClientId, (string?)settings["identityProviders"]!["azureActiveDirectory"]!["registration"]!["clientId"]);
        // Public routes must stay reachable; the hub's own access policies guard the board routes.
        Assert.Equal("AllowAnonymous", (string?)settings["globalValidation"]!["unauthenticatedClientAction"]);
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Front_end_is_served_by_static_web_apps_with_the_api_app_as_backend(string environment)
    {
        var snapshot = Of(environment);
        var site = snapshot.One("Microsoft.Web/staticSites");
        var backend = snapshot.One("Microsoft.Web/staticSites/linkedBackends");

        Assert.Equal("Standard", (string?)site["sku"]!["name"]);
        Assert.Equal((string?)Site(snapshot, "api")["id"], (string?)backend["properties"]!["backendResourceId"]);
    }

    private static JsonNode Site(DeploymentSnapshot snapshot, string app) =>
        snapshot.OfType(Sites).Single(s => (string?)s["tags"]!["gosafer-role"] == app);

    private static JsonObject AppSettings(DeploymentSnapshot snapshot, string app)
    {
        var name = (string)Site(snapshot, app)["name"]! + "/appsettings";
        return snapshot.OfType(SiteConfig).Single(c => (string?)c["name"] == name)["properties"]!.AsObject();
    }

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
