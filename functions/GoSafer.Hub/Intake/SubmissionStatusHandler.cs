using GoSafer.Hub.Http;
using GoSafer.Hub.Submissions;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Intake;

/// <summary>
/// <c>GET /api/submissions/{id}?receipt=…</c>. An unknown ID, a missing receipt and a wrong receipt
/// all get the same 404, so the endpoint reveals nothing about which submissions exist.
/// </summary>
public sealed class SubmissionStatusHandler(SubmissionRepository submissions)
{
    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        var found = await submissions.GetAsync(id, cancellationToken);
        if (found is not { Record: var record } || !Receipts.Matches(request.Query["receipt"], record.ReceiptHash))
        {
            return Problems.NotFound("submission with this ID and receipt");
        }

        return TypedResults.Ok(new SubmissionStatusView(
            record.Id,
            record.Kind,
            record.Status,
            record.SubmittedAt,
            record.UpdatedAt,
            record.Latest.Resource?.Title,
            record.Versions.Count,
            record.Decisions.Select(d => new FeedbackView(d.Decision, d.Reason, d.DecidedAt)).ToList()));
    }
}
