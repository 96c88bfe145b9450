namespace GoSafer.Indexer.Index.Chinese;

/// <summary>A word of a sentence: its text in <see cref="HanSegmenter.Text"/> and its character offsets in the sentence.</summary>
internal readonly record struct HanWord(int TextStart, int TextLength, int Start, int End);
