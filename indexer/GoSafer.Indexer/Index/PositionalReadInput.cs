using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace GoSafer.Indexer.Index;

/// <summary>
/// Reads a file with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>):
/// no shared file position, so any number of query threads read through their clones at once.
/// Lucene.Net's NIOFSDirectory reads through one FileStream per file and takes a lock around each
/// seek-and-read, so every buffer refill of every concurrent query would wait on that one lock.
/// </summary>
internal sealed class PositionalReadInput : BufferedIndexInput
{
    /// <summary>A result record (1–2 KB) is read with one refill; a sort value costs a 4 KB read either way.</summary>
    private const int BufferBytes = 4096;

    private readonly SafeFileHandle _handle;
    private readonly long _length;
    private bool _isClone;

    public PositionalReadInput(string path)
        : base($"{nameof(PositionalReadInput)}(path=\"{path}\")", BufferBytes)
    {
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.RandomAccess);
        _length = RandomAccess.GetLength(_handle);
    }

    public override long Length => _length;

    public override object Clone()
    {
        var clone = (PositionalReadInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    /// <summary>Fills <paramref name="b"/> from the input's current position (the buffer's start, set by the caller).</summary>
    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = Position;
        if (position + length > _length)
        {
            throw new EndOfStreamException($"Read past the end of {this}: {position} + {length} > {_length}.");
        }

        var into = b.AsSpan(offset, length);
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(_handle, into, position);
            if (read == 0)
            {
                throw new EndOfStreamException($"{this} ended at {position}, before {_length}.");
            }

            position += read;
            into = into[read..];
        }
    }

    /// <summary>Nothing to move: every read names its position.</summary>
    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        // Clones share the handle; only the input that opened it closes it.
        if (disposing && !_isClone)
        {
            _handle.Dispose();
        }
    }
}
