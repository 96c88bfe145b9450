using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Generates the workload from (seed, i): the words of a query come from one language with the
/// corpus's own Zipf frequencies, so some queries match a large share of the catalog and others a
/// handful of resources; filters are taxonomy values, a language filter usually the query's own.
/// Warm-up queries come from another stream, so the measured ones are not cached by the warm-up.
/// </summary>
internal sealed class QueryGenerator(CorpusGenerator corpus, HubTaxonomy taxonomy, ulong seed)
{
    private static readonly double[] TermCountWeights = [0.45, 0.35, 0.20];
    private static readonly double[] FilterCountWeights = [0.35, 0.35, 0.20, 0.10];

    public BenchmarkQuery Measured(int index) => Generate(new Rng(seed, Rng.StreamOf("query"), (ulong)index));

    public BenchmarkQuery WarmUp(int index) => Generate(new Rng(seed, Rng.StreamOf("warm-up"), (ulong)index));

    private BenchmarkQuery Generate(Rng rng)
    {
        var language = rng.Pick(Languages.All);
        var count = rng.Weighted(TermCountWeights) + 1;
        var terms = new List<string>(count);
        while (terms.Count < count)
        {
            var word = corpus.Word(rng, language);
            if (!terms.Contains(word))
            {
                terms.Add(word);
            }
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in rng.Sample(Facets.All, rng.Weighted(FilterCountWeights)))
        {
            filters[facet] = facet == Facets.Language && rng.Chance(0.7)
                ? [language]
                : rng.Sample(Values(facet), rng.Chance(0.8) ? 1 : 2);
        }

        return new BenchmarkQuery(string.Join(' ', terms), terms, filters);
    }

    private List<string> Values(string facet) => facet == Facets.Language ? [.. Languages.All] : [.. taxonomy.Ids(facet)];
}
