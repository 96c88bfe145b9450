using System.Globalization;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace GoSafer.Indexer.Index.Chinese;

/// <summary>
/// SmartCn's tokenizer over <see cref="HanSegmenter"/>: the text is read in SmartCn's way (ICU
/// sentences, within blocks that end at a line break) and each sentence segmented into words,
/// with the terms, offsets and type SmartCn's <c>HMMChineseTokenizer</c> gives.
/// </summary>
internal sealed class HanTokenizer : SegmentingTokenizerBase
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly HanSegmenter _segmenter = new();
    private IReadOnlyList<HanWord> _words = [];
    private int _next;
    private int _sentenceOffset;

    public HanTokenizer(TextReader reader)
        : base(reader, ICU4N.Text.BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture))
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        _words = _segmenter.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
        _next = 0;
        _sentenceOffset = m_offset + sentenceStart;
    }

    protected override bool IncrementWord()
    {
        if (_next >= _words.Count)
        {
            return false;
        }

        var word = _words[_next++];
        ClearAttributes();
        _term.CopyBuffer(_segmenter.Text, word.TextStart, word.TextLength);
        _offset.SetOffset(CorrectOffset(_sentenceOffset + word.Start), CorrectOffset(_sentenceOffset + word.End));
        _type.Type = "word";
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _words = [];
        _next = 0;
    }
}
