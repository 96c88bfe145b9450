namespace GoSafer.Benchmarks.Corpus;

/// <summary>One search of the workload: 1–3 words of one language and 0–3 facet filters (values ORed within a facet, facets ANDed).</summary>
internal sealed record BenchmarkQuery(string Text, IReadOnlyList<string> Terms, IReadOnlyDictionary<string, IReadOnlyList<string>> Filters);
