using System.Text.Json;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Tagging;
using GoSafer.Hub.Validation;
using GoSafer.Indexer.Tagging;

namespace GoSafer.Hub.Seed;

/// <summary>
/// The demo corpus shipped with the hub (Seed/demo-resources.json): sample resources in the public
/// submission contract plus <c>id</c> and <c>publishedAt</c>. Each sample goes through the same
/// validation as a real submission, so the demo can never drift from the contract.
/// </summary>
public sealed class DemoCorpus(ResourceSubmissionParser parser, ResourceTagger tagger)
{
    private const string ResourceName = "GoSafer.Hub.demo-resources.json";

    public IReadOnlyList<PublishedResource> Load()
    {
        using var stream = typeof(DemoCorpus).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        var resources = new List<PublishedResource>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var publishedAt = item.GetProperty("publishedAt").GetDateTimeOffset();
            var submission = parser.Parse(WithoutSeedFields(item));
            if (!submission.IsValid)
            {
                var errors = string.Join("; ", submission.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"));
                throw new InvalidOperationException($"Demo resource {id} breaks the contract: {errors}");
            }

            var value = submission.Value!;
            var inferred = InferredTags.From(tagger.Tag(value.Title, value.Description));
            resources.Add(PublishedResource.From(id, value, publishedAt.AddDays(-3), publishedAt, inferred, sample: true));
        }

        return resources;
    }

    private static JsonElement WithoutSeedFields(JsonElement item)
    {
        var copy = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name is not ("id" or "publishedAt"))
            {
                copy[property.Name] = property.Value;
            }
        }

        return JsonSerializer.SerializeToElement(copy);
    }
}
