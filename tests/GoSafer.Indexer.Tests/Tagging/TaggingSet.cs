using GoSafer.Testing;
using System.Text.Json;

namespace GoSafer.Indexer.Tests.Tagging;

/// <summary>The hand-written tagging test set (tests/data/tagging/tagging-set.v1.json).</summary>
public sealed record TaggingSet(string Version, IReadOnlyList<TaggingCase> Cases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<TaggingSet> Loaded = new(() =>
    {
        var path = RepositoryPaths.Combine("tests", "data", "tagging", "tagging-set.v1.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<TaggingSet>(stream, Json)
            ?? throw new InvalidDataException(path + " is empty");
    });

    public static TaggingSet Load() => Loaded.Value;

}

public sealed record TaggingCase(string Id, string Language, string Title, string Description, ExpectedTags Expected, string? Note = null);

public sealed record ExpectedTags(
    IReadOnlyList<string> Harms,
    ExpectedAges? Ages,
    IReadOnlyList<string> Audiences,
    string? ResourceType);

public sealed record ExpectedAges(int Min, int Max);
