using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace GoSafer.Indexer.Index;

/// <summary>Every searcher scores with BM25, the same similarity the writer encodes norms for.</summary>
internal sealed class CatalogSearcherFactory : SearcherFactory
{
    public static Similarity Similarity { get; } = new BM25Similarity();

    public override IndexSearcher NewSearcher(IndexReader reader) => new CatalogIndexSearcher(reader);
}
