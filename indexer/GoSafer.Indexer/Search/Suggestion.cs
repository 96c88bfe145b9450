namespace GoSafer.Indexer.Search;

/// <summary>
/// An autocomplete entry: a resource title (<see cref="Id"/> set) or a taxonomy concept
/// (<see cref="Facet"/> and <see cref="Value"/> set, so a client can apply it as a filter).
/// </summary>
public sealed record Suggestion(string Text, string Kind, string? Id = null, string? Facet = null, string? Value = null);
