using System.Globalization;
using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Audit;

/// <summary><c>GET /api/review/audit</c> (paged by sequence) and <c>GET /api/review/audit/verify</c>; admins only.</summary>
public sealed class AuditHandler(AuditLog log)
{
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var afterText = request.Query["after"].ToString();
        var after = 0L;
        if (afterText.Length > 0 && (!long.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return Problems.Validation("after", $"must be an entry sequence number; got '{afterText}'");
        }

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await log.ListAsync(after, 100, cancellationToken));
    }

    public async Task<IResult> VerifyAsync(CancellationToken cancellationToken) =>
        TypedResults.Ok(await log.VerifyAsync(cancellationToken));
}
