using Lucene.Net.Store;

namespace GoSafer.Indexer.Tests.Index.Codecs;

/// <summary>
/// An in-memory directory whose second-lane files fail after their first kilobytes once
/// <see cref="Armed"/>: a disk that fills up while a merge writes the second lane.
/// </summary>
internal sealed class FailingLaneDirectory : RAMDirectory
{
    public bool Armed { get; set; }

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        var output = base.CreateOutput(name, context);
        return Armed && name.Contains("_lane1.", StringComparison.Ordinal) ? new FailingOutput(output) : output;
    }

    private sealed class FailingOutput(IndexOutput inner) : IndexOutput
    {
        private const long FailAfterBytes = 4096;

        public override void WriteByte(byte b)
        {
            FailPast(1);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            FailPast(length);
            inner.WriteBytes(b, offset, length);
        }

        private void FailPast(int more)
        {
            if (inner.Position + more > FailAfterBytes)
            {
                throw new IOException("No space left on device (test)");
            }
        }

        public override void Flush() => inner.Flush();

        public override long Position => inner.Position;

        [Obsolete("As Lucene's IndexOutput.Seek.")]
        public override void Seek(long pos) => inner.Seek(pos);

        public override long Checksum => inner.Checksum;

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
