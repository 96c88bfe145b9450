using System.Text.Json;

namespace GoSafer.Indexer.Tests.Tagging;

/// <summary>The hand-written tagging test set (tests/data/tagging/tagging-set.v1.json).</summary>
public sealed record TaggingSet(string Version, IReadOnlyList<TaggingCase> Cases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<TaggingSet> Loaded = new(() =>
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "data", "tagging", "tagging-set.v1.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<TaggingSet>(stream, Json)
            ?? throw new InvalidDataException(path + " is empty");
    });

    public static TaggingSet Load() => Loaded.Value;

    /// <summary>The folder holding GoSafer.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoSafer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GoSafer.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record TaggingCase(string Id, string Language, string Title, string Description, ExpectedTags Expected, string? Note = null);

public sealed record ExpectedTags(
    IReadOnlyList<string> Harms,
    ExpectedAges? Ages,
    IReadOnlyList<string> Audiences,
    string? ResourceType);

public sealed record ExpectedAges(int Min, int Max);
