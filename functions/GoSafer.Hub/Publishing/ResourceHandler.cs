using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Publishing;

/// <summary><c>GET /api/resources/{id}</c>: a published resource; pending or unknown ones are 404.</summary>
public sealed class ResourceHandler(PublishedResourceRepository resources)
{
    public async Task<IResult> GetAsync(string id, CancellationToken cancellationToken)
    {
        var resource = await resources.GetAsync(id, cancellationToken);
        return resource is null ? Problems.NotFound("published resource with this ID") : TypedResults.Ok(resource);
    }
}
