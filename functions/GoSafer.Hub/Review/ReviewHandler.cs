using System.Globalization;
using GoSafer.Hub.Access;
using GoSafer.Hub.Audit;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Http;
using GoSafer.Hub.Publishing;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Review;

/// <summary>
/// The board's review routes: queues, one item, decisions and the roster. Decisions are written
/// with the ETag the item was read with, so two concurrent decisions never both win.
/// </summary>
public sealed class ReviewHandler(
    SubmissionRepository submissions,
    ResourcePublisher publisher,
    AuditLog audit,
    IOptions<ReviewOptions> reviewOptions,
    IOptions<HubOptions> hubOptions,
    TimeProvider time)
{
    private static readonly string[] Statuses =
    [
        SubmissionStatuses.Pending, SubmissionStatuses.ChangesRequested, SubmissionStatuses.Approved,
        SubmissionStatuses.Rejected, SubmissionStatuses.Published, SubmissionStatuses.Withdrawn,
    ];

    public async Task<IResult> QueueAsync(HttpRequest request, string kind, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var status = request.Query["status"].ToString() is { Length: > 0 } s ? s : SubmissionStatuses.Pending;
        if (!Statuses.Contains(status) && status != ReviewQueues.ReviewDue)
        {
            errors.Add("status", $"'{status}' is not a status; valid: {string.Join(", ", Statuses)}, {ReviewQueues.ReviewDue}");
        }

        var page = PositiveInt(request, "page", 1, 10_000, errors);
        var pageSize = PositiveInt(request, "pageSize", 20, 100, errors);
        var sort = request.Query["sort"].ToString() is { Length: > 0 } requested ? requested : QueueSorts.Oldest;
        if (sort is not (QueueSorts.Oldest or QueueSorts.Newest))
        {
            errors.Add("sort", $"'{sort}' is not a queue order; valid: {QueueSorts.Oldest}, {QueueSorts.Newest}");
        }

        if (errors.Any)
        {
            return Problems.Validation(errors);
        }

        var matching = new List<SubmissionRecord>();
        await foreach (var record in submissions.ListAsync(cancellationToken))
        {
            if (record.Kind == kind && (record.Status == status || (status == ReviewQueues.ReviewDue && IsReviewDue(record))))
            {
                matching.Add(record);
            }
        }

        // Oldest first by default: the longest-waiting submission is reviewed first. The ID breaks
        // ties so that pages never overlap or skip, in either order.
        IEnumerable<SubmissionRecord> ordered = sort == QueueSorts.Newest
            ? matching.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal)
            : matching.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id, StringComparer.Ordinal);
        var items = ordered
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new QueueItem(r.Id, r.Kind, r.Status, r.SubmittedAt, r.UpdatedAt, Summary(r), r.Versions.Count, r.Decisions.Count))
            .ToList();
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new QueuePage(matching.Count, page, pageSize, items));
    }

    public async Task<IResult> GetAsync(HttpRequest request, string kind, string id, CancellationToken cancellationToken)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return await submissions.GetAsync(id, cancellationToken) is { Record: var r } && r.Kind == kind
            ? TypedResults.Ok(new ReviewItem(r.Id, r.Kind, r.Status, r.SubmittedAt, r.UpdatedAt, r.Versions, r.Decisions, r.ConflictsDeclaredBy))
            : Problems.NotFound($"{kind} submission with this ID");
    }

    public async Task<IResult> DecideAsync(HttpRequest request, string kind, string id, CancellationToken cancellationToken)
    {
        var reviewer = AccessCheck.User(request);
        var (document, problem) = await JsonBody.ReadAsync(request, hubOptions.Value.Intake.MaxBodyBytes, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        string? decision, reason;
        bool conflict;
        using (document)
        {
            var errors = new FieldErrors();
            if (document!.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return Problems.Validation("$", "the body must be a JSON object");
            }

            var reader = new JsonObjectReader(document.RootElement, "", errors);
            conflict = reader.Flag("conflictOfInterest", required: false) ?? false;
            decision = reader.Text("decision", required: !conflict, 1, 40);
            if (decision is not null && !ReviewDecisions.All.Contains(decision))
            {
                errors.Add("decision", $"'{decision}' is not a decision; valid: {string.Join(", ", ReviewDecisions.All)}");
            }

            reason = reader.Text("reason", required: !conflict, 3, 2000, TextKind.MultiLine);
            reader.RejectUnknownFields();
            if (errors.Any)
            {
                return Problems.Validation(errors);
            }
        }

        if (await submissions.GetAsync(id, cancellationToken) is not { } found || found.Record.Kind != kind)
        {
            return Problems.NotFound($"{kind} submission with this ID");
        }

        var (record, etag) = found;
        if (conflict)
        {
            return await DeclareConflictAsync(record, etag, reviewer, cancellationToken);
        }

        if (Refusal(record, reviewer, IsReviewDue(record)) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var decided = Apply(record, new ReviewDecision(decision!, reason!, reviewer.Name, time.GetUtcNow()));
        try
        {
            await submissions.ReplaceAsync(decided, etag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The item changed while you were deciding (another decision arrived). Reload it and decide again.");
        }

        await audit.AppendAsync(AuditActions.Decision, record.Id, reviewer.Name, $"{decision} → {decided.Status}", cancellationToken);
        if (decided.Status == SubmissionStatuses.Rejected && record.Status == SubmissionStatuses.Published)
        {
            // A re-review that rejects a published resource takes it down.
            await publisher.WithdrawAsync(record.Id, cancellationToken);
            await audit.AppendAsync(AuditActions.Withdrawal, record.Id, reviewer.Name, null, cancellationToken);
            decided = (await submissions.GetAsync(record.Id, cancellationToken))!.Value.Record;
        }

        if (decided.Status == SubmissionStatuses.Approved && kind == SubmissionKinds.Resource)
        {
            await publisher.PublishAsync(record.Id, cancellationToken);
            await audit.AppendAsync(AuditActions.Publication, record.Id, reviewer.Name, null, cancellationToken);
            decided = (await submissions.GetAsync(record.Id, cancellationToken))!.Value.Record;
        }

        return TypedResults.Ok(new { decided.Id, decided.Status, Decisions = decided.Decisions.Count });
    }

    /// <summary>
    /// Erases a nomination's personal data on request (admin): names, e-mails, affiliation,
    /// statement and conflicts are replaced in every version; the decisions and an anonymised
    /// audit entry remain, so the history still shows that a nomination was decided and erased.
    /// </summary>
    public async Task<IResult> EraseNominationAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        var admin = AccessCheck.User(request);
        if (await submissions.GetAsync(id, cancellationToken) is not { } found || found.Record.Kind != SubmissionKinds.Nomination)
        {
            return Problems.NotFound("nomination with this ID");
        }

        var (record, etag) = found;
        var erased = record with
        {
            Versions = record.Versions.Select(v => v with { Nomination = v.Nomination is null ? null : Erase(v.Nomination) }).ToList(),
            Status = record.Status == SubmissionStatuses.Approved ? SubmissionStatuses.Withdrawn : record.Status,
            UpdatedAt = time.GetUtcNow(),
        };
        try
        {
            await submissions.ReplaceAsync(erased, etag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The nomination changed meanwhile. Erase it again.");
        }

        await audit.AppendAsync(AuditActions.Erasure, record.Id, admin.Name, null, cancellationToken);
        return TypedResults.Ok(new { record.Id, erased.Status, Erased = true });
    }

    private static Contracts.NominationSubmission Erase(Contracts.NominationSubmission n) => n with
    {
        Nominee = new Contracts.Nominee(Erased, ErasedEmail, Erased, null),
        Nominator = new Contracts.Nominator(Erased, ErasedEmail, null),
        Statement = Erased,
        ConflictsOfInterest = null,
        Regions = [],
    };

    private const string Erased = "[erased]";
    private const string ErasedEmail = "erased@erased.invalid";

    public async Task<IResult> RosterAsync(CancellationToken cancellationToken)
    {
        var roster = new List<RosterEntry>();
        await foreach (var r in submissions.ListAsync(cancellationToken))
        {
            if (r.Kind == SubmissionKinds.Nomination && r.Status == SubmissionStatuses.Approved && r.Latest.Nomination is { } n)
            {
                roster.Add(new RosterEntry(r.Id, n.Nominee.Name, n.Nominee.Affiliation, n.Nominee.Country, n.Role,
                    n.Expertise, n.Languages, n.Regions, r.UpdatedAt));
            }
        }

        return TypedResults.Ok(roster.OrderBy(e => e.Name, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)).ToList());
    }

    private async Task<IResult> DeclareConflictAsync(SubmissionRecord record, string etag, HubUser reviewer, CancellationToken cancellationToken)
    {
        if (!record.ConflictsDeclaredBy.Contains(reviewer.Name))
        {
            try
            {
                await submissions.ReplaceAsync(record with { ConflictsDeclaredBy = [.. record.ConflictsDeclaredBy, reviewer.Name] }, etag, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                return Problems.Conflict("The item changed meanwhile. Declare the conflict again.");
            }

            await audit.AppendAsync(AuditActions.ConflictDeclared, record.Id, reviewer.Name, null, cancellationToken);
        }

        return TypedResults.Ok(new { record.Id, record.Status, ConflictDeclared = true });
    }

    /// <summary>Why this reviewer may not decide this item now, or null.</summary>
    private static string? Refusal(SubmissionRecord record, HubUser reviewer, bool reviewDue)
    {
        if (record.Status != SubmissionStatuses.Pending && !reviewDue)
        {
            return $"The item is {record.Status}; only pending items and published resources due for re-review can be decided.";
        }

        if (record.ConflictsDeclaredBy.Contains(reviewer.Name))
        {
            return "You declared a conflict of interest on this item, so you cannot decide it.";
        }

        if (record.Latest.Nomination is { } n && new[] { n.Nominee.Name, n.Nominee.Email, n.Nominator.Name, n.Nominator.Email }
                .Any(p => string.Equals(p, reviewer.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return "You are the nominee or the nominator of this nomination, so you cannot decide it.";
        }

        var version = record.Latest.Number;
        return !reviewDue && record.Decisions.Any(d => d.Reviewer == reviewer.Name && d.Version == version)
            ? "You already decided this version."
            : null;
    }

    /// <summary>
    /// A resource follows its first decision. A nomination is rejected or sent back by one
    /// reviewer, and approved once the quorum of distinct reviewers has approved this version.
    /// </summary>
    private SubmissionRecord Apply(SubmissionRecord record, ReviewDecision decision)
    {
        var decisions = (IReadOnlyList<ReviewDecision>)[.. record.Decisions, decision with { Version = record.Latest.Number }];
        var status = decision.Decision switch
        {
            ReviewDecisions.Reject => SubmissionStatuses.Rejected,
            ReviewDecisions.RequestChanges => SubmissionStatuses.ChangesRequested,
            _ when record.Kind == SubmissionKinds.Resource => SubmissionStatuses.Approved,
            _ => decisions.Where(d => d.Version == record.Latest.Number && d.Decision == ReviewDecisions.Approve)
                    .Select(d => d.Reviewer).Distinct().Count() >= reviewOptions.Value.NominationQuorum
                ? SubmissionStatuses.Approved
                : SubmissionStatuses.Pending,
        };
        return record with { Decisions = decisions, Status = status, UpdatedAt = decision.DecidedAt };
    }

    private bool IsReviewDue(SubmissionRecord record) => ReviewQueues.IsDue(record, time.GetUtcNow());

    private static string Summary(SubmissionRecord r) =>
        r.Latest.Resource?.Title ?? (r.Latest.Nomination is { } n ? $"{n.Nominee.Name} ({n.Role})" : r.Id);

    private static int PositiveInt(HttpRequest request, string name, int fallback, int max, FieldErrors errors)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            errors.Add(name, $"must be a whole number from 1 to {max}; got '{text}'");
            return fallback;
        }

        return value;
    }
}
