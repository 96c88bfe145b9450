using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The analysis shared by indexing and querying: per-language fields (<c>title.fr</c>,
/// <c>body.fr</c>) use their language's analyzer, facet fields <see cref="FacetValuesAnalyzer"/>, every
/// other field the neutral one. Both sides
/// must use the same wrapper, or a French query would not stem like French text.
/// </summary>
internal static class IndexAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// The writer's analysis: <paramref name="reading"/> (an analyzer of <see cref="CreateAnalyzer"/>, whose
    /// language analyzers it shares), except that the body vocabulary passes each term once and leaves
    /// out terms no search reaches (<see cref="NeutralAnalyzer"/>). That field costs a quarter of the
    /// time spent adding a resource; the two cut adding by 4-5 % (docs/benchmarks.md, sixth round).
    /// Queries and snippets read text with <paramref name="reading"/> itself.
    /// </summary>
    public static Analyzer CreateWritingAnalyzer(Analyzer reading) =>
        new PerFieldAnalyzerWrapper(reading, new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexFields.VocabularyBody] = new NeutralAnalyzer(vocabularyWriter: true),
        });

    public static Analyzer CreateAnalyzer()
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var language in LanguageAnalyzers.Languages)
        {
            var analyzer = LanguageAnalyzers.Create(language);
            perField[IndexFields.TitleIn(language)] = analyzer;
            perField[IndexFields.BodyIn(language)] = analyzer;
        }

        var facetValues = new FacetValuesAnalyzer();
        foreach (var facet in Facets.All)
        {
            perField[facet] = facetValues;
        }

        return new PerFieldAnalyzerWrapper(new NeutralAnalyzer(), perField);
    }
}
