using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Access;

/// <summary>Applies a route's policy: 401 without a valid sign-in, 403 with one that lacks the role.</summary>
public sealed class AccessCheck(HubAuthenticator authenticator)
{
    public const string UserItem = "GoSafer.User";

    /// <summary>Null when the request may proceed (the user, if any, is then in <c>HttpContext.Items</c>).</summary>
    public IResult? Deny(HttpRequest request, AccessPolicy policy)
    {
        if (policy == AccessPolicy.Public)
        {
            return null;
        }

        var user = authenticator.Authenticate(request);
        if (user is null)
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "ApiKey";
            return Problems.Status(StatusCodes.Status401Unauthorized, "Sign in required.", "Send Authorization: ApiKey <key> (or sign in through the hub's identity provider).");
        }

        if (!HubRoles.Satisfies(user.Role, policy))
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not allowed.", $"This needs the {policy.ToString().ToLowerInvariant()} role.");
        }

        request.HttpContext.Items[UserItem] = user;
        return null;
    }

    public static HubUser User(HttpRequest request) =>
        request.HttpContext.Items[UserItem] as HubUser ?? throw new InvalidOperationException("No access check ran for this request.");
}
