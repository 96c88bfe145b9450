namespace GoSafer.Indexer.Search.Snippets;

/// <summary>Where a query term occurs in a text: UTF-16 offsets [Start, End) and the term's id in its <see cref="FieldTerms"/>.</summary>
internal readonly record struct TermMatch(int Start, int End, int Term);
