using System.Runtime.CompilerServices;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Indexer.Catalog;

namespace GoSafer.Hub.Publishing;

/// <summary>Published resources in the record store: the catalog's source of truth.</summary>
public sealed class PublishedResourceRepository(IRecordStore store)
{
    public async Task<PublishedResource?> GetAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsPublicId(id))
        {
            return null;
        }

        var stored = await store.GetAsync(RecordKeys.PublishedResource(id), cancellationToken);
        return stored is null ? null : HubJson.Deserialize<PublishedResource>(stored.Content);
    }

    public Task PutAsync(PublishedResource resource, CancellationToken cancellationToken) =>
        store.PutAsync(RecordKeys.PublishedResource(resource.Id), HubJson.Serialize(resource), WriteCondition.None, cancellationToken);

    /// <summary>Removes the resource and its attachment text; true when the resource was there.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var removed = await store.DeleteAsync(RecordKeys.PublishedResource(id), cancellationToken: cancellationToken);
        await store.DeleteAsync(RecordKeys.PublishedText(id), cancellationToken: cancellationToken);
        return removed;
    }

    public Task PutAttachmentTextAsync(string id, byte[] utf8Text, CancellationToken cancellationToken) =>
        store.PutAsync(RecordKeys.PublishedText(id), utf8Text, WriteCondition.None, cancellationToken);

    /// <summary>What the index holds for a resource: its catalog entry with any attachment text.</summary>
    public async Task<CatalogEntry> ToCatalogEntryAsync(PublishedResource resource, CancellationToken cancellationToken)
    {
        if (resource.Attachment is null)
        {
            return resource.ToCatalogEntry();
        }

        var text = await store.GetAsync(RecordKeys.PublishedText(resource.Id), cancellationToken);
        return resource.ToCatalogEntry(text is null ? null : System.Text.Encoding.UTF8.GetString(text.Content));
    }

    public async IAsyncEnumerable<string> ListIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var key in store.ListKeysAsync(RecordKeys.Published, cancellationToken))
        {
            yield return RecordKeys.IdOf(key);
        }
    }

    public async IAsyncEnumerable<PublishedResource> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in ListIdsAsync(cancellationToken))
        {
            var resource = await GetAsync(id, cancellationToken);
            if (resource is not null)
            {
                yield return resource;
            }
        }
    }

    /// <summary>Public IDs: lower-case letters, digits, '-' and '_' (submission IDs and demo IDs).</summary>
    public static bool IsPublicId(string id) =>
        id.Length is > 0 and <= 60 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')
        && char.IsAsciiLetterOrDigit(id[0]);
}
