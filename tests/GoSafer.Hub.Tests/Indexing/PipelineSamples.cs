using GoSafer.Hub.Contracts;
using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Taxonomy;
using Microsoft.Extensions.Logging;

namespace GoSafer.Hub.Tests.Indexing;

/// <summary>Small published resources for the pipeline tests (queue, consistency check, snapshot schedule).</summary>
internal static class PipelineSamples
{
    public static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();

    public static string Id(int n) => $"p{n:D3}";

    public static PublishedResource Resource(int n, string title = "Online safety lesson") => PublishedResource.From(
        Id(n),
        new ResourceSubmission
        {
            Title = $"{title} {n}",
            Description = $"Pipeline sample {n}: pupils learn to recognise grooming and where to get help.",
            Url = $"https://example.org/pipeline/{n}",
            Organization = "Sample: Pipeline Org",
            Languages = ["en"],
            AgeMin = 8 + n % 5,
            AgeMax = 14,
            Harms = [n % 2 == 0 ? "ocsea/grooming" : "cyberbullying"],
            Audiences = ["educators"],
            ResourceType = "lesson-plan",
            Evidence = new EvidenceInfo { Level = "evidence-informed" },
            Contact = new ContactDetails("Never Indexed", "never@example.org"),
        },
        DateTimeOffset.UnixEpoch.AddDays(n),
        DateTimeOffset.UnixEpoch.AddDays(n + 1),
        inferred: null);

    public static async Task StoreAsync(PublishedResourceRepository resources, int from, int count)
    {
        for (var n = from; n < from + count; n++)
        {
            await resources.PutAsync(Resource(n), default);
        }
    }
}

/// <summary>A logger that keeps every entry, to check alerts (event, level, structured values) and that no personal data is logged.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public sealed record Entry(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values);

    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? pairs.ToDictionary(p => p.Key, p => p.Value)
            : new Dictionary<string, object?>();
        lock (_entries)
        {
            _entries.Add(new Entry(logLevel, eventId, formatter(state, exception), values));
        }
    }
}
