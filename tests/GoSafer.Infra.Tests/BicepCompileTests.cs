using System.Text.Json.Nodes;
using GoSafer.Infra.Tests.Bicep;
using GoSafer.Testing;

namespace GoSafer.Infra.Tests;

/// <summary>
/// Every Bicep file compiles with the bicep CLI and infra/bicepconfig.json's linter rules, with no
/// error and no warning (type validation against the resource providers' schemas included).
/// </summary>
public sealed class BicepCompileTests(InfraBuild build) : IClassFixture<InfraBuild>
{
    [Theory]
    [MemberData(nameof(InfraFiles.Templates), MemberType = typeof(InfraFiles))]
    public void Template_compiles_without_errors_or_linter_warnings(string file)
    {
        Assert.Empty(InfraBuild.DiagnosticsOf(build.Templates, file));
        Assert.True(File.Exists(Path.Combine(build.TemplatesOutput, Path.ChangeExtension(file, ".json"))), $"no ARM template for {file}: {build.Templates.Describe()}");
    }

    [Theory]
    [MemberData(nameof(InfraFiles.ParameterFiles), MemberType = typeof(InfraFiles))]
    public void Parameter_file_builds_against_its_template_without_warnings(string file)
    {
        Assert.Empty(InfraBuild.DiagnosticsOf(build.ParameterFiles, file));
        Assert.True(File.Exists(Path.Combine(build.ParameterFilesOutput, Path.ChangeExtension(file, ".json"))), $"no parameters JSON for {file}: {build.ParameterFiles.Describe()}");
    }

    [Fact]
    public void Bicep_reports_nothing_for_the_whole_infra_folder()
    {
        Assert.True(build.Templates.IsClean, build.Templates.Describe());
        Assert.True(build.ParameterFiles.IsClean, build.ParameterFiles.Describe());
    }

    [Theory]
    [MemberData(nameof(InfraFiles.Templates), MemberType = typeof(InfraFiles))]
    public void Every_parameter_and_output_is_described(string file)
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(build.TemplatesOutput, Path.ChangeExtension(file, ".json"))))!;
        var declared = new[] { "parameters", "outputs" }
            .SelectMany(section => template[section]?.AsObject() ?? [])
            .ToList();

        Assert.All(declared, d => Assert.False(
            string.IsNullOrWhiteSpace((string?)d.Value?["metadata"]?["description"]),
            $"{file}: '{d.Key}' has no @description"));
    }

    [Fact]
    public async Task A_linter_warning_fails_the_check()
    {
        // The checks above must be able to fail: with infra/bicepconfig.json an unused parameter
        // and an unknown resource property are findings.
        using var folder = new TempFolder("gosafer-bicep-lint");
        File.Copy(Path.Combine(InfraFiles.Root, "bicepconfig.json"), Path.Combine(folder.Path, "bicepconfig.json"));
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "flawed.bicep"), """
            param notUsed string
            resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
              name: 'kv-flawed'
              location: resourceGroup().location
              properties: {
                tenantId: tenant().tenantId
                sku: { family: 'A', name: 'standard' }
                enableRbacAuthorisation: true
              }
            }
            """);

        var run = await BicepCli.RunAsync(folder.Path, null, "build", "flawed.bicep", "--stdout");

        Assert.False(run.IsClean);
        Assert.Contains(run.Diagnostics, d => d.Contains("no-unused-params", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.Contains("enableRbacAuthorisation", StringComparison.Ordinal));
    }
}
