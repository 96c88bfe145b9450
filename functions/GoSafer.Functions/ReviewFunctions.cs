using GoSafer.Functions.Http;
using GoSafer.Hub.Access;
using GoSafer.Hub.Audit;
using GoSafer.Hub.Review;
using GoSafer.Hub.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace GoSafer.Functions;

/// <summary>
/// The board's routes as HTTP-triggered functions, with the same access policies as the local
/// host (GoSafer.Hub.Http.HubRoutes): the access check runs before the handler.
/// </summary>
public sealed class ReviewFunctions(AccessCheck access, ReviewHandler review, AuditHandler audit, SignedInHandler signedIn)
{
    private async Task<IActionResult> Guarded(HttpRequest request, AccessPolicy policy, Func<Task<IResult>> handler) =>
        new HubActionResult(access.Deny(request, policy) ?? await handler());

    [Function("ReviewResourceQueue")]
    public Task<IActionResult> ResourceQueue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/resources")] HttpRequest request) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.QueueAsync(request, SubmissionKinds.Resource, request.HttpContext.RequestAborted));

    [Function("ReviewNominationQueue")]
    public Task<IActionResult> NominationQueue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/nominations")] HttpRequest request) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.QueueAsync(request, SubmissionKinds.Nomination, request.HttpContext.RequestAborted));

    [Function("ReviewResource")]
    public Task<IActionResult> Resource(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/resources/{id}")] HttpRequest request, string id) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.GetAsync(request, SubmissionKinds.Resource, id, request.HttpContext.RequestAborted));

    [Function("ReviewNomination")]
    public Task<IActionResult> Nomination(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/nominations/{id}")] HttpRequest request, string id) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.GetAsync(request, SubmissionKinds.Nomination, id, request.HttpContext.RequestAborted));

    [Function("DecideResource")]
    public Task<IActionResult> DecideResource(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/resources/{id}/decisions")] HttpRequest request, string id) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.DecideAsync(request, SubmissionKinds.Resource, id, request.HttpContext.RequestAborted));

    [Function("DecideNomination")]
    public Task<IActionResult> DecideNomination(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/nominations/{id}/decisions")] HttpRequest request, string id) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.DecideAsync(request, SubmissionKinds.Nomination, id, request.HttpContext.RequestAborted));

    [Function("EraseNomination")]
    public Task<IActionResult> EraseNomination(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review/nominations/{id}/erasure")] HttpRequest request, string id) =>
        Guarded(request, AccessPolicy.Admin, () => review.EraseNominationAsync(request, id, request.HttpContext.RequestAborted));

    [Function("Roster")]
    public Task<IActionResult> Roster(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/roster")] HttpRequest request) =>
        Guarded(request, AccessPolicy.Reviewer, () => review.RosterAsync(request.HttpContext.RequestAborted));

    [Function("Audit")]
    public Task<IActionResult> Audit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/audit")] HttpRequest request) =>
        Guarded(request, AccessPolicy.Admin, () => audit.ListAsync(request, request.HttpContext.RequestAborted));

    [Function("AuditVerify")]
    public Task<IActionResult> AuditVerify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/audit/verify")] HttpRequest request) =>
        Guarded(request, AccessPolicy.Admin, () => audit.VerifyAsync(request.HttpContext.RequestAborted));

    [Function("SignedInMember")]
    public Task<IActionResult> SignedIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review/me")] HttpRequest request) =>
        Guarded(request, AccessPolicy.Reviewer, () => Task.FromResult(signedIn.Get(request)));
}
