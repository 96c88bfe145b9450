using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index.Codecs;
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
public sealed class LuceneIndexStore : SearchableIndex, IDisposable
{
    /// <summary>
    /// The shape of the documents, written into each commit. An index of another layout cannot be
    /// searched by this version and is rebuilt from the stored records (see <see cref="LayoutIsCurrent"/>).
    /// 2: result fields as one binary doc value instead of stored fields.
    /// 3: a digest of the searched-only text beside them (<see cref="SearchedTextDigest"/>).
    /// </summary>
    internal const string Layout = "3";

    private const string LayoutKey = "gosafer.layout";

    private readonly Directory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly CatalogDocumentBuilder _documents;
    private readonly Analyzer _writingAnalyzer;
    // Read by every query without a lock; replaced (in ordinal order) under _languageLock when a
    // language is first noted, before any document of that language is added.
    private volatile string[] _languages = [];
    private readonly System.Threading.Lock _languageLock = new();
    private readonly SnapshotDeletionPolicy _snapshots;
    private bool _disposed;
    private volatile bool _layoutIsCurrent;

    private LuceneIndexStore(Directory directory, HubTaxonomy taxonomy)
    {
        _directory = directory;
        Taxonomy = taxonomy;
        Analyzer = IndexAnalysis.CreateAnalyzer();
        _writingAnalyzer = IndexAnalysis.CreateWritingAnalyzer(Analyzer);
        _documents = new CatalogDocumentBuilder(taxonomy);
        // The RAM buffer only fills during a rebuild (live writes are flushed by each refresh). Against
        // Lucene's 16 MB, a large buffer flushes a 100k rebuild as a few segments instead of a
        // dozen, so far less is merged twice, and at 1M the build's peak working set fell from 1,396
        // to 782 MB (docs/benchmarks.md, fifth round, at 256 MB). 128 MB rather than 256: whatever is
        // in the buffers when adding ends is flushed by the final commit, one buffer after another
        // on one thread, while flushes during adding run beside the other threads' adding; with half
        // the buffer, a 100k rebuild's final commit and merge took 5.3-5.7 s instead of 8.1-8.5 s
        // (seventh round). A 100k rebuild still flushes fewer segments than the ten at which the merge
        // policy starts merging while adding. Flushed segments are plain files, not compound files:
        // the compound file copies every flushed byte once more, the final commit's included. Lucene
        // opens the doc values of the segments a merge reads with a search context, so that was only
        // safe once the result records were read positionally whatever the context (IndexFolderDirectory):
        // through memory maps a 1M rebuild's peak rose from 918 to 1,576 MB (sixth round). Small merged
        // segments are still compound (the merge policy's ratio), so a live index that flushes a tiny
        // segment on each refresh holds a few hundred files at most before merges fold them.
        var config = new IndexWriterConfig(IndexAnalysis.Version, _writingAnalyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            IndexDeletionPolicy = _snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy()),
            Similarity = CatalogSearcherFactory.Similarity,
            RAMBufferSizeMB = 128,
            Codec = new CatalogCodec(),
            UseCompoundFile = false,
        };
        _writer = new IndexWriter(directory, config);

        // A snapshot needs a commit to pin; a new index gets an empty first one.
        if (!DirectoryReader.IndexExists(directory))
        {
            StampLayout();
            _writer.Commit();
        }
        else if (_writer.CommitData.TryGetValue(LayoutKey, out var layout) && layout == Layout)
        {
            _layoutIsCurrent = true;
        }

        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new CatalogSearcherFactory());
        using var lease = AcquireSearcher();
        foreach (var language in ReadAnalyzedLanguages(lease.Searcher.IndexReader))
        {
            NoteLanguage(language);
        }
    }

    public override HubTaxonomy Taxonomy { get; }

    internal override Analyzer Analyzer { get; }

    internal override IReadOnlyCollection<string> AnalyzedLanguages => _languages;

    /// <summary>Opens (or creates) an index in a folder on disk.</summary>
    public static LuceneIndexStore OpenFolder(string path, HubTaxonomy taxonomy)
    {
        System.IO.Directory.CreateDirectory(path);
        return new LuceneIndexStore(new IndexFolderDirectory(new DirectoryInfo(path)), taxonomy);
    }

    /// <summary>An index held in memory (tests and benchmarks).</summary>
    public static LuceneIndexStore InMemory(HubTaxonomy taxonomy) => new(new RAMDirectory(), taxonomy);

    /// <summary>Adds or replaces the entry with the same ID.</summary>
    public void Upsert(CatalogEntry entry)
    {
        NoteLanguages(entry);
        _writer.UpdateDocument(new Term(IndexFields.Id, entry.Id), _documents.Build(entry));
    }

    /// <summary>
    /// Adds an entry whose ID the index does not hold (a rebuild after <see cref="DeleteAll"/>), without
    /// the delete-by-ID an <see cref="Upsert"/> carries. Those deletes are applied to every earlier
    /// segment before a merge, which opens each segment for searching (through memory maps) and then
    /// merges through those readers: merging a 1M-resource rebuild took the process to 2.8 GB.
    /// </summary>
    public void Add(CatalogEntry entry)
    {
        NoteLanguages(entry);
        _writer.AddDocument(_documents.Build(entry));
    }

    /// <summary>Queries are analysed in every language an entry brought an analysed field for.</summary>
    private void NoteLanguages(CatalogEntry entry)
    {
        foreach (var language in entry.Languages.Where(LanguageAnalyzers.Covers))
        {
            NoteLanguage(language);
        }
    }

    private void NoteLanguage(string language)
    {
        if (Array.IndexOf(_languages, language) >= 0)
        {
            return;
        }

        lock (_languageLock)
        {
            if (Array.IndexOf(_languages, language) < 0)
            {
                _languages = [.. _languages.Append(language).Order(StringComparer.Ordinal)];
            }
        }
    }

    public void Delete(string id) => _writer.DeleteDocuments(new Term(IndexFields.Id, id));

    /// <summary>Removes every document; the index then has the current layout whatever it had.</summary>
    public void DeleteAll()
    {
        _writer.DeleteAll();
        StampLayout();
    }

    /// <summary>
    /// False when the index was built by a version that shaped documents differently: its results
    /// cannot be read until it is rebuilt (<see cref="DeleteAll"/> and every entry again).
    /// </summary>
    public bool LayoutIsCurrent => _layoutIsCurrent;

    /// <summary>Makes every write so far visible to new leases.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Makes every write so far durable (a new segments_N) and visible.</summary>
    public void Commit()
    {
        _writer.Commit();
        Refresh();
    }

    /// <summary>
    /// Merges the index into one segment and commits. Deleted documents go, so term statistics
    /// (and so BM25 scores) equal those of an index built from scratch with the same documents;
    /// and a query looks each word up in each field once instead of once per segment, which was
    /// half the time of a short query on a six-segment index (docs/benchmarks.md). Costly (the
    /// whole index is rewritten): after a rebuild and nightly, not per write.
    /// </summary>
    public void Compact()
    {
        _writer.ForceMerge(1);
        Commit();
    }

    /// <summary>Segments visible to searches now: one after <see cref="Compact"/>, more as writes come.</summary>
    public int SegmentCount
    {
        get
        {
            using var lease = AcquireSearcher();
            return lease.Searcher.IndexReader.Leaves.Count;
        }
    }

    /// <summary>True when the visible index is one segment without deleted documents, as <see cref="Compact"/> leaves it.</summary>
    public bool IsCompact
    {
        get
        {
            using var lease = AcquireSearcher();
            var reader = lease.Searcher.IndexReader;
            return reader.Leaves.Count <= 1 && !reader.HasDeletions;
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

    public override SearcherLease AcquireSearcher()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SearcherLease(_searchers);
    }

    /// <summary>
    /// Pins the last commit so its files survive later commits and merges until the snapshot is
    /// disposed: the files can be copied while the writer goes on.
    /// </summary>
    public IndexCommitSnapshot TakeSnapshot()
    {
        var commit = _snapshots.Snapshot();
        return new IndexCommitSnapshot(commit, _directory, () => _snapshots.Release(commit));
    }

    // Commit data is carried into every later commit, so the stamp is set once, when no document
    // of an older layout is left.
    private void StampLayout()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = Layout });
        _layoutIsCurrent = true;
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
        _writingAnalyzer.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }
}
