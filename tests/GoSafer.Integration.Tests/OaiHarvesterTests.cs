using System.Diagnostics;
using GoSafer.Hub.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GoSafer.Integration.Tests;

/// <summary>
/// A real harvester against the live host: Debian's libhttp-oai-perl (<c>oai_pmh</c>), which
/// tests/run.sh installs when missing. It follows resumption tokens itself and parses every
/// response with libxml2.
/// </summary>
[Collection(OaiHostCollection.Name)]
public sealed class OaiHarvesterTests(OaiHost host, ITestOutputHelper output)
{
    private const string Harvester = "/usr/bin/oai_pmh";

    /// <summary>
    /// Runs the harvester and returns the identifiers of the records it printed: it writes a
    /// header block ("identifier: …", "datestamp: …", "setSpec: …") and the metadata per record,
    /// each record ended by a form feed.
    /// </summary>
    private async Task<List<(string Identifier, string Block)>> HarvestAsync(params string[] arguments)
    {
        Assert.True(File.Exists(Harvester), $"{Harvester} is missing: install libhttp-oai-perl (tests/run.sh does)");
        var start = new ProcessStartInfo(Harvester)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PERL_UNICODE"] = "SAO" },
        };
        foreach (var argument in arguments.Append(host.BaseUrl))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await process.WaitForExitAsync(guard.Token);
        }

        var (text, errors) = (await stdout, await stderr);
        output.WriteLine($"oai_pmh {string.Join(' ', arguments)}: exit {process.ExitCode}, {text.Length} chars{(errors.Length > 0 ? ", stderr: " + errors : "")}");
        Assert.True(process.ExitCode == 0, $"oai_pmh exited with {process.ExitCode}: {errors}");
        return text.Split('\f', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => (block.Split('\n')[0], block))
            .Select(r => (r.Item1.StartsWith("identifier: ", StringComparison.Ordinal) ? r.Item1["identifier: ".Length..] : r.Item1, r.block))
            .ToList();
    }

    private async Task<List<string>> PublishedIdentifiersAsync() =>
        await host.Services.GetRequiredService<PublishedResourceRepository>().ListIdsAsync(default)
            .Select(OaiHost.IdentifierOf).OrderBy(i => i, StringComparer.Ordinal).ToListAsync();

    [Theory]
    [InlineData("oai_dc", "<oai_dc:dc")]
    [InlineData("lrmi", "<lrmi:learningResource")]
    public async Task The_oai_pmh_harvester_collects_every_published_resource_once(string prefix, string metadataRoot)
    {
        var records = await HarvestAsync("-X", "ListRecords", "--metadataPrefix", prefix);

        Assert.Equal(await PublishedIdentifiersAsync(), records.Select(r => r.Identifier).Order(StringComparer.Ordinal));
        Assert.All(records, r => Assert.Contains(metadataRoot, r.Block, StringComparison.Ordinal));
        Assert.All(records, r => Assert.Matches(@"\ndatestamp: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n", r.Block));
    }

    [Fact]
    public async Task The_oai_pmh_harvester_harvests_a_set_and_a_date_range()
    {
        var everything = await PublishedIdentifiersAsync();
        var grooming = await HarvestAsync("-X", "ListIdentifiers", "--metadataPrefix", "oai_dc", "--set", "harm:ocsea:grooming");
        var recent = await HarvestAsync("-X", "ListIdentifiers", "--metadataPrefix", "oai_dc", "--from", "2025-01-01");

        Assert.NotEmpty(grooming);
        Assert.True(grooming.Count < everything.Count);
        Assert.All(grooming, r => Assert.Contains("\nsetSpec: harm:ocsea:grooming", r.Block, StringComparison.Ordinal));
        Assert.NotEmpty(recent);
        Assert.True(recent.Count < everything.Count);
        Assert.All(recent, r => Assert.True(string.CompareOrdinal(r.Block.Split('\n')[1], "datestamp: 2025-01-01") >= 0, r.Block.Split('\n')[1]));
    }
}
