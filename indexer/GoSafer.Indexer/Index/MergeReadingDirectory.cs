using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;
using Lock = Lucene.Net.Store.Lock;

namespace GoSafer.Indexer.Index;

/// <summary>
/// An index folder read through memory maps for searching and through plain buffered reads for
/// merging. A merge reads every byte of the segments it merges; through a memory map those pages
/// count in the process's resident memory, so merging a 1M-resource index into one segment
/// (2.5 GB) took the process to 3 GB. Merged segments that are already open for search are read
/// through their open (mapped) readers, as before.
/// </summary>
internal sealed class MergeReadingDirectory(DirectoryInfo folder) : Directory
{
    private readonly MMapDirectory _mapped = new(folder);
    private readonly NIOFSDirectory _buffered = new(folder, NoLockFactory.GetNoLockFactory());

    public override string[] ListAll() => _mapped.ListAll();

    [Obsolete("As Lucene's Directory.FileExists.")]
    public override bool FileExists(string name) => _mapped.FileExists(name);

    public override void DeleteFile(string name) => _mapped.DeleteFile(name);

    public override long FileLength(string name) => _mapped.FileLength(name);

    public override IndexOutput CreateOutput(string name, IOContext context) => _mapped.CreateOutput(name, context);

    public override void Sync(ICollection<string> names) => _mapped.Sync(names);

    public override IndexInput OpenInput(string name, IOContext context) =>
        IsMerge(context) ? _buffered.OpenInput(name, context) : _mapped.OpenInput(name, context);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        IsMerge(context) ? _buffered.CreateSlicer(name, context) : _mapped.CreateSlicer(name, context);

    public override Lock MakeLock(string name) => _mapped.MakeLock(name);

    public override void ClearLock(string name) => _mapped.ClearLock(name);

    public override void SetLockFactory(LockFactory lockFactory) => _mapped.SetLockFactory(lockFactory);

    public override LockFactory LockFactory => _mapped.LockFactory;

    public override string GetLockID() => _mapped.GetLockID();

    public override string ToString() => $"{nameof(MergeReadingDirectory)}({folder.FullName})";

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mapped.Dispose();
            _buffered.Dispose();
        }
    }

    private static bool IsMerge(IOContext context) => context.Context == IOContext.UsageContext.MERGE;
}
