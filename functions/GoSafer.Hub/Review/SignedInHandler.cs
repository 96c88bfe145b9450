using GoSafer.Hub.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Review;

/// <summary>
/// Who the caller is, for the board's screens: a client holding only a key cannot tell its name
/// or role otherwise. It carries the nomination quorum too, so the screens can show progress
/// towards it without a configuration route of their own.
/// </summary>
public sealed record SignedInMember(string Name, string Role, int NominationQuorum);

/// <summary><c>GET /api/review/me</c>: the signed-in board member (reviewer or admin).</summary>
public sealed class SignedInHandler(IOptions<ReviewOptions> reviewOptions)
{
    public IResult Get(HttpRequest request)
    {
        var user = AccessCheck.User(request);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SignedInMember(user.Name, user.Role, reviewOptions.Value.NominationQuorum));
    }
}
