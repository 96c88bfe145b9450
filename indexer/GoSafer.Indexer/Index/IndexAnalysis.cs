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
