using System.Text.Json;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Submissions;

namespace GoSafer.Hub.Indexing.Queue;

/// <summary>
/// The body of one index-request queue message: <c>{"v":1,"resourceId":"res_…"}</c>. It carries
/// the resource ID only, never the record: the handler re-reads the stored record, so a message
/// holds no personal data and a stale or repeated message cannot put stale content in the index.
/// </summary>
public sealed record IndexRequestMessage(int V, string ResourceId)
{
    public const int CurrentVersion = 1;

    public static string Serialize(IndexRequest request) =>
        JsonSerializer.Serialize(new IndexRequestMessage(CurrentVersion, request.ResourceId), HubJson.Options);

    /// <summary>The request, or null for a body that is not a version-1 message with a public resource ID.</summary>
    public static IndexRequest? TryParse(string body)
    {
        try
        {
            var message = JsonSerializer.Deserialize<IndexRequestMessage>(body, HubJson.Options);
            return message is { V: CurrentVersion, ResourceId: { } id } && PublishedResourceRepository.IsPublicId(id)
                ? new IndexRequest(id)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
