using System.Text;
using System.Text.Json;
using GoSafer.Hub.Audit;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Http;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Intake;

/// <summary>
/// <c>POST /api/resources</c> and <c>POST /api/nominations</c>: validate everything, store the
/// submission durably as pending, answer 202 with a receipt. A refused request stores nothing.
/// </summary>
public sealed class IntakeHandler(
    ResourceSubmissionParser resourceParser,
    NominationSubmissionParser nominationParser,
    SubmissionRepository submissions,
    IRecordStore store,
    AuditLog audit,
    DuplicateGuard duplicates,
    IntakeRateLimiter rateLimiter,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<IntakeHandler> logger)
{
    /// <summary>JSON, or multipart/form-data with a <c>resource</c> JSON part and an optional <c>attachment</c>.</summary>
    public async Task<IResult> SubmitResourceAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (rateLimiter.RetryAfterSeconds(request) is { } wait)
        {
            return Problems.TooManyRequests(wait);
        }

        var maxJson = options.Value.Intake.MaxBodyBytes;
        var (document, attachment, problem) = MultipartSubmission.IsMultipart(request)
            ? await MultipartSubmission.ReadAsync(request, maxJson, cancellationToken)
            : await ReadJsonAsync(request, maxJson, cancellationToken);
        return problem ?? await SubmitAsync(document!, attachment, SubmissionKinds.Resource, body =>
        {
            var parsed = resourceParser.Parse(body);
            return (parsed.Errors, parsed.Value is null ? null : new SubmissionVersion(1, time.GetUtcNow(), parsed.Value, null, attachment?.Info));
        }, cancellationToken);
    }

    public async Task<IResult> SubmitNominationAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (rateLimiter.RetryAfterSeconds(request) is { } wait)
        {
            return Problems.TooManyRequests(wait);
        }

        var (document, _, problem) = await ReadJsonAsync(request, options.Value.Intake.MaxBodyBytes, cancellationToken);
        return problem ?? await SubmitAsync(document!, null, SubmissionKinds.Nomination, body =>
        {
            var parsed = nominationParser.Parse(body);
            return (parsed.Errors, parsed.Value is null ? null : new SubmissionVersion(1, time.GetUtcNow(), null, parsed.Value));
        }, cancellationToken);
    }

    /// <summary>
    /// <c>POST /api/submissions/{id}/versions?receipt=…</c>: after a change request, the submitter
    /// sends a new version of the same contract; it re-enters the queue and keeps the history.
    /// </summary>
    public async Task<IResult> ResubmitAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (rateLimiter.RetryAfterSeconds(request) is { } wait)
        {
            return Problems.TooManyRequests(wait);
        }

        if (await submissions.GetAsync(id, cancellationToken) is not { } found
            || !Receipts.Matches(request.Query["receipt"], found.Record.ReceiptHash))
        {
            return Problems.NotFound("submission with this ID and receipt");
        }

        var (record, etag) = found;
        if (record.Status != SubmissionStatuses.ChangesRequested)
        {
            return Problems.Conflict($"The submission is {record.Status}; a new version is only accepted after the board requests changes.");
        }

        var maxJson = options.Value.Intake.MaxBodyBytes;
        var isResource = record.Kind == SubmissionKinds.Resource;
        var (document, attachment, problem) = isResource && MultipartSubmission.IsMultipart(request)
            ? await MultipartSubmission.ReadAsync(request, maxJson, cancellationToken)
            : await ReadJsonAsync(request, maxJson, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var number = record.Versions.Count + 1;
        SubmissionVersion? version;
        using (document)
        {
            if (isResource)
            {
                var parsed = resourceParser.Parse(document!.RootElement);
                version = parsed.Value is null ? null : new SubmissionVersion(number, time.GetUtcNow(), parsed.Value, null, attachment?.Info);
                if (!parsed.IsValid)
                {
                    return Problems.Validation(parsed.Errors);
                }
            }
            else
            {
                var parsed = nominationParser.Parse(document!.RootElement);
                version = parsed.Value is null ? null : new SubmissionVersion(number, time.GetUtcNow(), null, parsed.Value);
                if (!parsed.IsValid)
                {
                    return Problems.Validation(parsed.Errors);
                }
            }
        }

        if (version!.Resource is { } resource && await duplicates.ClaimAsync(resource, record.Id, cancellationToken) is { } duplicateStatus)
        {
            return Problems.Conflict($"A resource with this URL and title has already been submitted and is {duplicateStatus}. Nothing was stored.");
        }

        try
        {
            if (attachment is not null)
            {
                await store.PutAsync(RecordKeys.AttachmentFile(record.Id, number), attachment.Bytes, WriteCondition.None, cancellationToken);
                await store.PutAsync(RecordKeys.AttachmentText(record.Id, number), Encoding.UTF8.GetBytes(attachment.Text), WriteCondition.None, cancellationToken);
            }

            var now = time.GetUtcNow();
            await submissions.ReplaceAsync(
                record with { Versions = [.. record.Versions, version], Status = SubmissionStatuses.Pending, UpdatedAt = now },
                etag,
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The submission changed meanwhile. Check its status and send the new version again.");
        }
        catch (StorageUnavailableException)
        {
            return Problems.Unavailable(retryAfterSeconds: 5);
        }

        await audit.AppendAsync(AuditActions.Resubmission, record.Id, "submitter", $"version {number}", cancellationToken);
        return TypedResults.Accepted($"/api/submissions/{record.Id}", new { record.Id, Status = SubmissionStatuses.Pending, Version = number });
    }

    private static async Task<(JsonDocument?, ReceivedAttachment?, IResult?)> ReadJsonAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, maxBytes, cancellationToken);
        return (document, null, problem);
    }

    private async Task<IResult> SubmitAsync(
        JsonDocument document,
        ReceivedAttachment? attachment,
        string kind,
        Func<JsonElement, (FieldErrors Errors, SubmissionVersion? Version)> parse,
        CancellationToken cancellationToken)
    {
        SubmissionVersion? version;
        bool honeypot;
        using (document)
        {
            FieldErrors errors;
            (errors, version) = parse(document.RootElement);
            if (errors.Any || version is null)
            {
                return Problems.Validation(errors);
            }

            honeypot = Honeypot.IsTripped(document.RootElement);
        }

        var receipt = Receipts.NewReceipt();
        var id = Receipts.NewId(kind);
        if (honeypot)
        {
            // Bots get the answer a person would, so they learn nothing; nothing is stored.
            logger.LogInformation("Honeypot tripped by a {Kind} submission; not stored", kind);
            return Accepted(id, receipt);
        }

        if (version.Resource is { } resource && await duplicates.ClaimAsync(resource, id, cancellationToken) is { } duplicateStatus)
        {
            return Problems.Conflict(
                $"This resource (same URL and title) has already been submitted and is {duplicateStatus}. Nothing was stored; follow the first submission with its receipt.");
        }

        var now = time.GetUtcNow();
        var record = new SubmissionRecord
        {
            Id = id,
            Kind = kind,
            Status = SubmissionStatuses.Pending,
            ReceiptHash = Receipts.Hash(receipt),
            SubmittedAt = now,
            UpdatedAt = now,
            Versions = [version],
        };

        try
        {
            // The attachment goes first: a record that names it always finds it.
            if (attachment is not null)
            {
                await store.PutAsync(RecordKeys.AttachmentFile(record.Id, 1), attachment.Bytes, WriteCondition.None, cancellationToken);
                await store.PutAsync(RecordKeys.AttachmentText(record.Id, 1), Encoding.UTF8.GetBytes(attachment.Text), WriteCondition.None, cancellationToken);
            }

            await submissions.CreateAsync(record, cancellationToken);
        }
        catch (Exception e) when (e is StorageUnavailableException or ConcurrencyConflictException)
        {
            logger.LogWarning("Could not store a {Kind} submission: {Reason}", kind, e.GetType().Name);
            return Problems.Unavailable(retryAfterSeconds: 5);
        }

        // The submission is safe; an audit failure must not turn its 202 into an error.
        try
        {
            await audit.AppendAsync(AuditActions.Intake, record.Id, "public", kind, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            logger.LogWarning("Audit entry for intake of {Id} could not be written", record.Id);
        }

        // Only the kind and the ID are logged: the record holds personal data.
        logger.LogInformation("Accepted {Kind} submission {Id}", kind, record.Id);
        return Accepted(record.Id, receipt);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Accepted<SubmissionAccepted> Accepted(string id, string receipt) => TypedResults.Accepted(
        $"/api/submissions/{id}",
        new SubmissionAccepted(id, SubmissionStatuses.Pending, receipt, $"/api/submissions/{id}?receipt={receipt}"));
}
