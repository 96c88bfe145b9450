using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace GoSafer.Indexer.Index;

/// <summary>
/// What searching needs from an index: leased searchers, the analysis the index was built with
/// and the languages it holds analysed fields for. Implemented by the writable
/// <see cref="LuceneIndexStore"/> and by the read-only <see cref="SnapshotReplica"/>.
/// </summary>
public abstract class SearchableIndex
{
    public abstract HubTaxonomy Taxonomy { get; }

    internal abstract Analyzer Analyzer { get; }

    /// <summary>Languages with their own analysed fields; queries are analysed in each.</summary>
    internal abstract IReadOnlyCollection<string> AnalyzedLanguages { get; }

    public abstract SearcherLease AcquireSearcher();

    /// <summary>Documents visible to searches now.</summary>
    public int Count
    {
        get
        {
            using var lease = AcquireSearcher();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>The analysed languages recorded in an index, read from its language facet terms.</summary>
    internal static List<string> ReadAnalyzedLanguages(IndexReader reader)
    {
        var languages = new List<string>();
        var terms = MultiFields.GetTerms(reader, Facets.Language);
        if (terms is null)
        {
            return languages;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var language = termsEnum.Term.Utf8ToString();
            if (LanguageAnalyzers.Covers(language))
            {
                languages.Add(language);
            }
        }

        return languages;
    }
}
