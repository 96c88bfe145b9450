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

    public static Analyzer CreateAnalyzer() => Create(writing: false);

    /// <summary>
    /// The writer's analysis: that of <see cref="CreateAnalyzer"/>, except that the body vocabulary
    /// passes each term once and leaves out terms no search reaches (<see cref="NeutralAnalyzer"/>).
    /// That field costs a quarter of the time spent adding a resource; the two cut adding by 4-5 %
    /// (docs/benchmarks.md, sixth round). Queries and snippets read text with <see cref="CreateAnalyzer"/>.
    /// </summary>
    public static Analyzer CreateWritingAnalyzer() => Create(writing: true);

    private static PerFieldAnalyzerWrapper Create(bool writing)
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

        if (writing)
        {
            perField[IndexFields.VocabularyBody] = new NeutralAnalyzer(vocabularyWriter: true);
        }

        return new PerFieldAnalyzerWrapper(new NeutralAnalyzer(), perField);
    }
}
