using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The one owner of a catalog index: the single <see cref="IndexWriter"/> and the
/// <see cref="SearcherManager"/> that readers lease searchers from. Writes become visible to
/// searches after <see cref="Refresh"/> (near-real-time, no commit needed) and durable after
/// <see cref="Commit"/>.
/// </summary>
public sealed class LuceneIndexStore : IDisposable
{
    private readonly Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly CatalogDocumentBuilder _documents;
    private bool _disposed;

    private LuceneIndexStore(Directory directory, HubTaxonomy taxonomy)
    {
        _directory = directory;
        Taxonomy = taxonomy;
        Analyzer = IndexAnalysis.CreateAnalyzer();
        _documents = new CatalogDocumentBuilder(taxonomy);
        var config = new IndexWriterConfig(IndexAnalysis.Version, Analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = CatalogSearcherFactory.Similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new CatalogSearcherFactory());
        foreach (var language in ReadIndexedLanguages())
        {
            _languages.TryAdd(language, 0);
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _languages = new(StringComparer.Ordinal);

    /// <summary>Languages with their own analyzed fields in the index; queries are analysed in each.</summary>
    internal IReadOnlyCollection<string> AnalyzedLanguages => (IReadOnlyCollection<string>)_languages.Keys;

    private List<string> ReadIndexedLanguages()
    {
        using var lease = AcquireSearcher();
        var terms = MultiFields.GetTerms(lease.Searcher.IndexReader, GoSafer.Indexer.Taxonomy.Facets.Language);
        var languages = new List<string>();
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

    public HubTaxonomy Taxonomy { get; }

    internal Analyzer Analyzer { get; }

    /// <summary>Opens (or creates) an index in a folder on disk.</summary>
    public static LuceneIndexStore OpenFolder(string path, HubTaxonomy taxonomy)
    {
        System.IO.Directory.CreateDirectory(path);
        return new LuceneIndexStore(FSDirectory.Open(new DirectoryInfo(path)), taxonomy);
    }

    /// <summary>An index held in memory (tests and benchmarks).</summary>
    public static LuceneIndexStore InMemory(HubTaxonomy taxonomy) => new(new RAMDirectory(), taxonomy);

    /// <summary>Adds or replaces the entry with the same ID.</summary>
    public void Upsert(CatalogEntry entry)
    {
        foreach (var language in entry.Languages.Where(LanguageAnalyzers.Covers))
        {
            _languages.TryAdd(language, 0);
        }

        _writer.UpdateDocument(new Term(IndexFields.Id, entry.Id), _documents.Build(entry));
    }

    public void Delete(string id) => _writer.DeleteDocuments(new Term(IndexFields.Id, id));

    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes every write so far visible to new leases.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Makes every write so far durable (a new segments_N) and visible.</summary>
    public void Commit()
    {
        _writer.Commit();
        Refresh();
    }

    /// <summary>
    /// Merges away deleted documents, so term statistics (and so BM25 scores) equal those of an
    /// index built from scratch with the same documents. Costly: for maintenance, not per write.
    /// </summary>
    public void Compact()
    {
        _writer.ForceMergeDeletes(doWait: true);
        Commit();
    }

    /// <summary>Documents visible to searches now.</summary>
    public int Count
    {
        get
        {
            using var lease = AcquireSearcher();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>All IDs visible to searches now (consistency checks and rebuild comparisons).</summary>
    public IReadOnlySet<string> Ids()
    {
        using var lease = AcquireSearcher();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var reader = lease.Searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                ids.Add(reader.Document(doc).Get(IndexFields.Id));
            }
        }

        return ids;
    }

    public SearcherLease AcquireSearcher()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();
        _writer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }
}
