using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// Lucene 4.6's index format, except that postings and doc values are each written as two
/// independent sets of files (<see cref="MergeLanes"/>), so that a merge rewrites both at once on
/// two threads instead of one field after another; that merge took about 6 s of a 37 s rebuild of
/// 100k resources (docs/benchmarks.md, seventh round). Segments written by the stock codec stay readable, and are
/// rewritten in this format when they are merged.
/// </summary>
/// <remarks>
/// The name is written into every segment this codec writes; a process reads such a segment only
/// after <see cref="CatalogCodecRegistration"/> has told Lucene the name.
/// </remarks>
[CodecName(FormatName)]
internal sealed class CatalogCodec() : FilterCodec(new Lucene46Codec())
{
    public const string FormatName = "GoSafer46";

    private readonly LanePostingsFormat _postings = new();
    private readonly LaneDocValuesFormat _docValues = new();

    public override PostingsFormat PostingsFormat => _postings;

    public override DocValuesFormat DocValuesFormat => _docValues;
}
