namespace GoSafer.Indexer.Search.Snippets;

/// <summary>A hit's snippet: plain text and the [start, length] ranges of the matched words in it.</summary>
internal readonly record struct HitSnippet(string Text, IReadOnlyList<int[]> Highlights);
