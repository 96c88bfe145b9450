using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;
using Xunit.Abstractions;

namespace GoSafer.Indexer.Tests.Relevance;

/// <summary>
/// BM25 relevance regression on Cranfield 1400 through the real engine (the catalog schema, the
/// query builder and the English analysis), against SQLite FTS5's bm25 baseline on the same
/// collection (MAP 0.301, binary nDCG@10 0.379; see docs/benchmarks.md).
/// </summary>
public sealed class CranfieldRelevanceTests(ITestOutputHelper output)
{
    private const int Depth = 1000;

    [Fact]
    public void Cranfield_MAP_and_nDCG_at_10_reach_the_SQLite_FTS5_baseline()
    {
        var collection = CranfieldCollection.Load();
        using var index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
        foreach (var (id, title, authors, text) in collection.Documents)
        {
            index.Upsert(new CatalogEntry
            {
                Id = id,
                Title = title,
                Description = text,
                Organization = authors,
                Url = $"https://example.org/cranfield/{id}",
                Languages = ["en"],
                PublishedAt = DateTimeOffset.UnixEpoch,
            });
        }

        index.Commit();
        var searcher = new CatalogSearcher(index);
        var averagePrecisions = new List<double>();
        var ndcgs = new List<double>();
        foreach (var (number, text) in collection.Queries)
        {
            if (!collection.Relevant.TryGetValue(number, out var relevant))
            {
                continue;
            }

            var ranking = Rank(searcher, text);
            averagePrecisions.Add(AveragePrecision(ranking, relevant));
            ndcgs.Add(NdcgAt10(ranking, relevant));
        }

        var map = averagePrecisions.Average();
        var ndcg = ndcgs.Average();
        output.WriteLine($"Cranfield: {averagePrecisions.Count} judged queries, MAP {map:F4}, binary nDCG@10 {ndcg:F4}");
        Assert.True(map >= 0.30, $"MAP {map:F4} is below 0.30");
        Assert.True(ndcg >= 0.38, $"nDCG@10 {ndcg:F4} is below 0.38");
    }

    private static List<string> Rank(CatalogSearcher searcher, string text) => [.. searcher.RankIds(text, Depth)];

    private static double AveragePrecision(List<string> ranking, HashSet<string> relevant)
    {
        var hits = 0;
        var sum = 0.0;
        for (var i = 0; i < ranking.Count; i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                hits++;
                sum += (double)hits / (i + 1);
            }
        }

        return sum / relevant.Count;
    }

    private static double NdcgAt10(List<string> ranking, HashSet<string> relevant)
    {
        var dcg = ranking.Take(10).Select((id, i) => relevant.Contains(id) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(10, relevant.Count)).Sum(i => 1 / Math.Log2(i + 2));
        return dcg / ideal;
    }
}
