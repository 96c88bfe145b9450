using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;
using Lock = Lucene.Net.Store.Lock;

namespace GoSafer.Indexer.Index;

/// <summary>
/// An index folder read through memory maps where reads are small and hot (the terms dictionary
/// and postings that every query word reads) and through buffered reads where they are large or
/// rare:
/// <list type="bullet">
/// <item>Merges read every byte of the segments they merge; through a memory map those pages count
/// in the process's resident memory, so merging a 1M-resource index into one segment (2.5 GB) took
/// the process to 3 GB. Merged segments that are already open for search are read through their
/// open readers, as before.</item>
/// <item>Doc values data (<c>.dvd</c>) beyond <see cref="MappedDocValuesLimitBytes"/>, through
/// <see cref="PositionalReadInput"/> so that concurrent queries do not queue on a lock. It is two
/// thirds of the index, nearly all of it the result records of <see cref="HitRecord"/>, and a query
/// reads the records of its page only; but through a memory map each record read faults in the
/// 64 KB around it, and 2,500 queries at a million resources (1.7 GB of doc values) left 1.8 GB of
/// the index resident in the process. Below the limit the map stays: sorting reads a doc value
/// for many hits of a query, and at 100k resources buffered reads made the median query 0.19 ms
/// slower (0.44 → 0.63 ms). The catalog codec writes the result records into a .dvd file of their
/// own (<see cref="Codecs.CatalogCodec"/>), read with positional reads at any size (<see cref="IsResultRecords"/>),
/// so the limit only matters for segments of the stock codec, and the sort and facet values stay
/// mapped at any size.</item>
/// </list>
/// </summary>
internal sealed class IndexFolderDirectory(DirectoryInfo folder) : Directory
{
    /// <summary>512 MB: about 300,000 resources; the hub's catalogs are far below it.</summary>
    public const long MappedDocValuesLimitBytes = 512L * 1024 * 1024;

    private readonly MMapDirectory _mapped = new(folder);
    private readonly NIOFSDirectory _buffered = new(folder, NoLockFactory.GetNoLockFactory());

    public override string[] ListAll() => _mapped.ListAll();

    [Obsolete("As Lucene's Directory.FileExists.")]
    public override bool FileExists(string name) => _mapped.FileExists(name);

    public override void DeleteFile(string name) => _mapped.DeleteFile(name);

    public override long FileLength(string name) => _mapped.FileLength(name);

    public override IndexOutput CreateOutput(string name, IOContext context) => _mapped.CreateOutput(name, context);

    public override void Sync(ICollection<string> names) => _mapped.Sync(names);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (IsMerge(context))
        {
            return _buffered.OpenInput(name, context);
        }

        return IsResultRecords(name) || IsLargeDocValues(name) ? new PositionalReadInput(Path.Combine(folder.FullName, name)) : _mapped.OpenInput(name, context);
    }

    /// <summary>Slicers open compound files (small merged segments): mapped, except for merges.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        IsMerge(context) ? _buffered.CreateSlicer(name, context) : _mapped.CreateSlicer(name, context);

    public override Lock MakeLock(string name) => _mapped.MakeLock(name);

    public override void ClearLock(string name) => _mapped.ClearLock(name);

    public override void SetLockFactory(LockFactory lockFactory) => _mapped.SetLockFactory(lockFactory);

    public override LockFactory LockFactory => _mapped.LockFactory;

    public override string GetLockID() => _mapped.GetLockID();

    public override string ToString() => $"{nameof(IndexFolderDirectory)}({folder.FullName})";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mapped.Dispose();
            _buffered.Dispose();
        }
    }

    private static bool IsMerge(IOContext context) => context.Context == IOContext.UsageContext.MERGE;

    /// <summary>
    /// The catalog codec keeps the result records in a doc values file of their own: a query reads
    /// only its page of them, so they are never mapped, whatever their size. Lucene opens the doc
    /// values of the segments a merge reads with a search context, and through maps a 1M rebuild
    /// with a 128 MB writer buffer touched 1,445 MB of them (docs/benchmarks.md, seventh round).
    /// </summary>
    private static bool IsResultRecords(string name) => Codecs.MergeLanes.IsResultRecordsFile(name);

    // Lucene files are written once and opened for reading only after they are closed, so the
    // length is final. A .dvd inside a compound file stays mapped: compound files are small segments.
    private bool IsLargeDocValues(string name) =>
        name.EndsWith(".dvd", StringComparison.Ordinal) && _mapped.FileLength(name) > MappedDocValuesLimitBytes;
}
