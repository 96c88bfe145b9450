using GoSafer.Hub.Publishing;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Oai;

/// <summary>
/// The items of the repository: published resources only, read from the record store (the source
/// of truth, so a datestamp is never older than the index). Lists walk identifiers in ordinal
/// order, which makes "after this identifier" a stable resumption position.
/// </summary>
public sealed class OaiCatalog(PublishedResourceRepository resources, OaiSets sets, IOptions<OaiOptions> options)
{
    public async Task<OaiItem?> GetAsync(string id, CancellationToken cancellationToken) =>
        await resources.GetAsync(id, cancellationToken) is { } resource ? Describe(resource) : null;

    /// <summary>
    /// The next page after <see cref="OaiListQuery.AfterId"/>. With <paramref name="countAll"/> (a
    /// first page) the walk continues to the end to count the complete list; later pages stop as soon
    /// as they know whether anything follows.
    /// </summary>
    public async Task<OaiPage> PageAsync(OaiListQuery query, bool countAll, CancellationToken cancellationToken)
    {
        var pageSize = Math.Max(1, options.Value.PageSize);
        var ids = await IdsAfterAsync(query.AfterId, cancellationToken);
        var items = new List<OaiItem>(Math.Min(pageSize, ids.Count));
        var matched = 0;
        var hasMore = false;
        foreach (var id in ids)
        {
            if (await GetAsync(id, cancellationToken) is not { } item || !Matches(item, query))
            {
                continue;
            }

            matched++;
            if (items.Count < pageSize)
            {
                items.Add(item);
                continue;
            }

            hasMore = true;
            if (!countAll)
            {
                break;
            }
        }

        return new OaiPage(items, matched, hasMore);
    }

    /// <summary>The oldest datestamp in the repository; <paramref name="fallback"/> when it is empty.</summary>
    public async Task<DateTimeOffset> EarliestDatestampAsync(DateTimeOffset fallback, CancellationToken cancellationToken)
    {
        var earliest = fallback;
        await foreach (var resource in resources.ListAsync(cancellationToken))
        {
            var datestamp = OaiDatestamp.Truncate(resource.UpdatedAt);
            earliest = datestamp < earliest ? datestamp : earliest;
        }

        return earliest;
    }

    /// <summary>The content languages of the published resources.</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(CancellationToken cancellationToken)
    {
        var languages = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var resource in resources.ListAsync(cancellationToken))
        {
            languages.UnionWith(resource.Languages);
        }

        return [.. languages];
    }

    private OaiItem Describe(PublishedResource resource)
    {
        var entry = resource.ToCatalogEntry();
        return new OaiItem(resource, entry, OaiDatestamp.Truncate(resource.UpdatedAt), options.Value.Sets ? sets.Of(entry) : []);
    }

    private static bool Matches(OaiItem item, OaiListQuery query) =>
        query.Includes(item.Datestamp) && (query.Set is null || item.Sets.Contains(query.Set, StringComparer.Ordinal));

    private async Task<List<string>> IdsAfterAsync(string? afterId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var id in resources.ListIdsAsync(cancellationToken))
        {
            if (afterId is null || string.CompareOrdinal(id, afterId) > 0)
            {
                ids.Add(id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
