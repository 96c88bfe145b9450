using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace GoSafer.Indexer.Index;

/// <summary>
/// A pinned commit of the index: its files cannot be deleted by later commits or merges until
/// this is disposed, so they can be copied elsewhere while the writer goes on. Lucene files are
/// written once and never changed; <see cref="SegmentsFileName"/> names the commit point.
/// </summary>
public sealed class IndexCommitSnapshot : IDisposable
{
    private readonly IndexCommit _commit;
    private readonly Directory _directory;
    private readonly Action _release;
    private int _released;

    internal IndexCommitSnapshot(IndexCommit commit, Directory directory, Action release)
    {
        _commit = commit;
        _directory = directory;
        _release = release;
    }

    public long Generation => _commit.Generation;

    public string SegmentsFileName => _commit.SegmentsFileName;

    public IReadOnlyCollection<string> FileNames => [.. _commit.FileNames];

    public long Length(string fileName) => _directory.FileLength(fileName);

    public byte[] ReadAllBytes(string fileName)
    {
        using var input = _directory.OpenInput(fileName, IOContext.READ_ONCE);
        var bytes = new byte[input.Length];
        input.ReadBytes(bytes, 0, bytes.Length);
        return bytes;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _release();
        }
    }
}
