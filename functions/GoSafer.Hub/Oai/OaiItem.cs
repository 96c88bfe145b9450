using GoSafer.Hub.Publishing;
using GoSafer.Indexer.Catalog;

namespace GoSafer.Hub.Oai;

/// <summary>A published resource as an OAI-PMH item: its facet view, datestamp and set membership.</summary>
public sealed record OaiItem(PublishedResource Resource, CatalogEntry Entry, DateTimeOffset Datestamp, IReadOnlyList<string> Sets);

/// <summary>One page of a list; <see cref="Matched"/> counts every match when the whole list was walked.</summary>
public sealed record OaiPage(IReadOnlyList<OaiItem> Items, int Matched, bool HasMore);
