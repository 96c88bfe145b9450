using GoSafer.Indexer.Catalog;

namespace GoSafer.Indexer.Tests;

/// <summary>A plain English resource for index tests; each test sets what it is about with <c>with</c>.</summary>
internal static class SampleEntry
{
    public static CatalogEntry Create(string id) => new()
    {
        Id = id,
        Title = $"Resource {id}",
        Description = "Prevention education material for schools and families.",
        Url = $"https://example.org/{id}",
        Organization = "Sample: Org",
        Languages = ["en"],
        PublishedAt = DateTimeOffset.UnixEpoch,
    };
}
