using System.Text;
using System.Text.Json;
using GoSafer.Hub.Audit;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Http;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.Telemetry;
using GoSafer.Hub.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Intake;

/// <summary>
/// <c>POST /api/resources</c> and <c>POST /api/nominations</c>: validate everything, store the
/// submission durably as pending, answer 202 with a receipt. A refused request stores nothing.
/// With an <c>Idempotency-Key</c>, a retry gets the first answer (same ID, same receipt) and
/// stores nothing more. When storage cannot be reached the answer is 503 with Retry-After:
/// nothing answered 202 is ever lost, and nothing answered 503 was half-stored in a way a retry
/// with the same key would duplicate.
/// </summary>
public sealed class IntakeHandler(
    ResourceSubmissionParser resourceParser,
    NominationSubmissionParser nominationParser,
    SubmissionRepository submissions,
    IRecordStore store,
    AuditLog audit,
    DuplicateGuard duplicates,
    IdempotencyLedger idempotency,
    IntakeRateLimiter rateLimiter,
    IOptions<HubOptions> options,
    TimeProvider time,
    ILogger<IntakeHandler> logger)
{
    /// <summary>JSON, or multipart/form-data with a <c>resource</c> JSON part and an optional <c>attachment</c>.</summary>
    public Task<IResult> SubmitResourceAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ObserveAsync(SubmissionKinds.Resource, request, async (key, observation) =>
        {
            var maxJson = options.Value.Intake.MaxBodyBytes;
            var (document, attachment, problem) = MultipartSubmission.IsMultipart(request)
                ? await MultipartSubmission.ReadAsync(request, maxJson, cancellationToken)
                : await ReadJsonAsync(request, maxJson, cancellationToken);
            return problem ?? await SubmitAsync(document!, attachment, key, observation, SubmissionKinds.Resource, body =>
            {
                var parsed = resourceParser.Parse(body);
                return (parsed.Errors, parsed.Value is null ? null : new SubmissionVersion(1, time.GetUtcNow(), parsed.Value, null, attachment?.Info));
            }, cancellationToken);
        });

    public Task<IResult> SubmitNominationAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ObserveAsync(SubmissionKinds.Nomination, request, async (key, observation) =>
        {
            var (document, _, problem) = await ReadJsonAsync(request, options.Value.Intake.MaxBodyBytes, cancellationToken);
            return problem ?? await SubmitAsync(document!, null, key, observation, SubmissionKinds.Nomination, body =>
            {
                var parsed = nominationParser.Parse(body);
                return (parsed.Errors, parsed.Value is null ? null : new SubmissionVersion(1, time.GetUtcNow(), null, parsed.Value));
            }, cancellationToken);
        });

    /// <summary>
    /// <c>POST /api/submissions/{id}/versions?receipt=…</c>: after a change request, the submitter
    /// sends a new version of the same contract; it re-enters the queue and keeps the history.
    /// </summary>
    public Task<IResult> ResubmitAsync(HttpRequest request, string id, CancellationToken cancellationToken) =>
        ObserveAsync("version", request, (key, observation) => ResubmitCoreAsync(request, id, key, observation, cancellationToken));

    /// <summary>
    /// What every intake route does around its work: the rate limit, the key's shape, the span and
    /// count, and the one place where unreachable storage becomes 503 with Retry-After.
    /// </summary>
    private async Task<IResult> ObserveAsync(string kind, HttpRequest request, Func<IdempotencyKey?, IntakeObservation, Task<IResult>> work)
    {
        using var observation = new IntakeObservation(kind);
        if (rateLimiter.RetryAfterSeconds(request) is { } wait)
        {
            return observation.Finish(Problems.TooManyRequests(wait));
        }

        var (key, keyProblem) = IdempotencyKey.From(request);
        if (keyProblem is not null)
        {
            return observation.Finish(keyProblem);
        }

        try
        {
            return observation.Finish(await work(key, observation));
        }
        catch (Exception e) when (e is StorageUnavailableException or ConcurrencyConflictException)
        {
            // A conflict reaching here is a storm of concurrent writers on one record: as transient as an outage.
            logger.LogWarning("Could not store a {Kind} submission: {Reason}", kind, e.GetType().Name);
            var retryAfter = (e as StorageUnavailableException)?.RetryAfter?.TotalSeconds ?? options.Value.Intake.UnavailableRetryAfterSeconds;
            return observation.Finish(Problems.Unavailable(Math.Max(1, (int)Math.Ceiling(retryAfter))));
        }
    }

    private async Task<IResult> ResubmitCoreAsync(
        HttpRequest request, string id, IdempotencyKey? key, IntakeObservation observation, CancellationToken cancellationToken)
    {
        if (await submissions.GetAsync(id, cancellationToken) is not { } found
            || !Receipts.Matches(request.Query["receipt"], found.Record.ReceiptHash))
        {
            return Problems.NotFound("submission with this ID and receipt");
        }

        var (record, etag) = found;
        // Without a key the state decides at once; with one, a repeat of an accepted version must be recognised first.
        if (key is null && record.Status != SubmissionStatuses.ChangesRequested)
        {
            return NotAwaitingChanges(record);
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
        string body;
        using (document)
        {
            body = document!.RootElement.GetRawText();
            FieldErrors errors;
            if (isResource)
            {
                var parsed = resourceParser.Parse(document.RootElement);
                (errors, version) = (parsed.Errors, parsed.Value is null ? null : new SubmissionVersion(number, time.GetUtcNow(), parsed.Value, null, attachment?.Info));
            }
            else
            {
                var parsed = nominationParser.Parse(document.RootElement);
                (errors, version) = (parsed.Errors, parsed.Value is null ? null : new SubmissionVersion(number, time.GetUtcNow(), null, parsed.Value));
            }

            if (errors.Any || version is null)
            {
                return Problems.Validation(errors);
            }
        }

        var scope = $"versions:{record.Id}";
        var fingerprint = IdempotencyLedger.Fingerprint(scope, body, attachment?.Info.Sha256);
        var answer = new VersionAccepted(record.Id, SubmissionStatuses.Pending, number);
        IdempotencyClaim<VersionAccepted>? claim = null;
        if (key is not null)
        {
            claim = await idempotency.ClaimAsync(key, scope, fingerprint, answer, cancellationToken);
            if (Settled(claim, observation) is { } settled)
            {
                return settled;
            }

            if (Landed(record, claim.Answer.Version, version))
            {
                await idempotency.CompleteAsync(key, scope, claim, fingerprint, cancellationToken);
                return VersionAnswer(claim.Answer);
            }

            if (record.Status != SubmissionStatuses.ChangesRequested || claim.Answer.Version != number)
            {
                await idempotency.ReleaseAsync(claim, cancellationToken);
                return NotAwaitingChanges(record);
            }
        }

        if (version.Resource is { } resource && await duplicates.ClaimAsync(resource, record.Id, cancellationToken) is { } duplicateStatus)
        {
            await ReleaseAsync(claim, cancellationToken);
            return Problems.Conflict($"A resource with this URL and title has already been submitted and is {duplicateStatus}. Nothing was stored.");
        }

        try
        {
            if (attachment is not null)
            {
                await StoreAttachmentAsync(record.Id, number, attachment, cancellationToken);
            }

            await submissions.ReplaceAsync(
                record with { Versions = [.. record.Versions, version], Status = SubmissionStatuses.Pending, UpdatedAt = time.GetUtcNow() },
                etag,
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // A concurrent repeat of the same key may have stored this very version.
            if (key is null || await submissions.GetAsync(record.Id, cancellationToken) is not { } now || !Landed(now.Record, number, version))
            {
                return Problems.Conflict("The submission changed meanwhile. Check its status and send the new version again.");
            }

            await idempotency.CompleteAsync(key, scope, claim!, fingerprint, cancellationToken);
            return VersionAnswer(answer);
        }

        if (claim is not null)
        {
            await idempotency.CompleteAsync(key!, scope, claim, fingerprint, cancellationToken);
        }

        await TryAuditAsync(AuditActions.Resubmission, record.Id, "submitter", $"version {number}", cancellationToken);
        return VersionAnswer(answer);
    }

    private static IResult NotAwaitingChanges(SubmissionRecord record) =>
        Problems.Conflict($"The submission is {record.Status}; a new version is only accepted after the board requests changes.");

    private static Microsoft.AspNetCore.Http.HttpResults.Accepted<VersionAccepted> VersionAnswer(VersionAccepted answer) =>
        TypedResults.Accepted($"/api/submissions/{answer.Id}", answer);

    /// <summary>True when the record already holds <paramref name="version"/> as its version <paramref name="number"/>.</summary>
    private static bool Landed(SubmissionRecord record, int number, SubmissionVersion version) =>
        record.Versions.Count >= number
        && HubJson.Serialize(record.Versions[number - 1] with { SubmittedAt = default }).AsSpan()
            .SequenceEqual(HubJson.Serialize(version with { Number = number, SubmittedAt = default }));

    private static async Task<(JsonDocument?, ReceivedAttachment?, IResult?)> ReadJsonAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, maxBytes, cancellationToken);
        return (document, null, problem);
    }

    private async Task<IResult> SubmitAsync(
        JsonDocument document,
        ReceivedAttachment? attachment,
        IdempotencyKey? key,
        IntakeObservation observation,
        string kind,
        Func<JsonElement, (FieldErrors Errors, SubmissionVersion? Version)> parse,
        CancellationToken cancellationToken)
    {
        SubmissionVersion? version;
        bool honeypot;
        string body;
        using (document)
        {
            FieldErrors errors;
            (errors, version) = parse(document.RootElement);
            if (errors.Any || version is null)
            {
                return Problems.Validation(errors);
            }

            honeypot = Honeypot.IsTripped(document.RootElement);
            body = document.RootElement.GetRawText();
        }

        var answer = Answer(Receipts.NewId(kind), Receipts.NewReceipt());
        if (honeypot)
        {
            // Bots get the answer a person would, so they learn nothing; nothing is stored.
            logger.LogInformation("Honeypot tripped by a {Kind} submission; not stored", kind);
            observation.SetOutcome("ignored");
            return Accepted(answer);
        }

        var scope = kind == SubmissionKinds.Resource ? "resources" : "nominations";
        var fingerprint = IdempotencyLedger.Fingerprint(scope, body, attachment?.Info.Sha256);
        IdempotencyClaim<SubmissionAccepted>? claim = null;
        if (key is not null)
        {
            claim = await idempotency.ClaimAsync(key, scope, fingerprint, answer, cancellationToken);
            if (Settled(claim, observation) is { } settled)
            {
                return settled;
            }

            answer = claim.Answer;
        }

        if (version.Resource is { } resource && await duplicates.ClaimAsync(resource, answer.Id, cancellationToken) is { } duplicateStatus)
        {
            await ReleaseAsync(claim, cancellationToken);
            return Problems.Conflict(
                $"This resource (same URL and title) has already been submitted and is {duplicateStatus}. Nothing was stored; follow the first submission with its receipt.");
        }

        var now = time.GetUtcNow();
        var record = new SubmissionRecord
        {
            Id = answer.Id,
            Kind = kind,
            Status = SubmissionStatuses.Pending,
            ReceiptHash = Receipts.Hash(answer.Receipt),
            SubmittedAt = now,
            UpdatedAt = now,
            Versions = [version],
        };

        // The attachment goes first: a record that names it always finds it.
        if (attachment is not null)
        {
            await StoreAttachmentAsync(record.Id, 1, attachment, cancellationToken);
        }

        var created = await CreateOnceAsync(record, cancellationToken);
        if (claim is not null)
        {
            await idempotency.CompleteAsync(key!, scope, claim, fingerprint, cancellationToken);
        }

        if (created)
        {
            await TryAuditAsync(AuditActions.Intake, record.Id, "public", kind, cancellationToken);
            // Only the kind and the ID are logged: the record holds personal data.
            logger.LogInformation("Accepted {Kind} submission {Id}", kind, record.Id);
        }

        return Accepted(answer);
    }

    /// <summary>
    /// Stores a new submission. False when an earlier attempt with the same answer had stored it
    /// (a retry after a lost response, or a concurrent repeat of the same key); the receipt hash
    /// proves it is that attempt's record and not another submission's.
    /// </summary>
    private async Task<bool> CreateOnceAsync(SubmissionRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await submissions.CreateAsync(record, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            if (await submissions.GetAsync(record.Id, cancellationToken) is { Record.ReceiptHash: var hash } && hash == record.ReceiptHash)
            {
                return false;
            }

            throw;
        }
    }

    /// <summary>The answer to a repeated or misused key, or null when the request must be carried out.</summary>
    private static IResult? Settled<T>(IdempotencyClaim<T> claim, IntakeObservation observation)
    {
        observation.Idempotency = claim.Outcome switch
        {
            IdempotencyOutcome.First => "first",
            IdempotencyOutcome.Mismatch => "mismatch",
            _ => claim.Completed ? "replayed" : "repeat",
        };
        return claim.Outcome switch
        {
            IdempotencyOutcome.Mismatch => Problems.IdempotencyKeyReused(),
            IdempotencyOutcome.Repeat when claim.Completed => claim.Answer switch
            {
                SubmissionAccepted accepted => Accepted(accepted),
                VersionAccepted version => VersionAnswer(version),
                _ => throw new InvalidOperationException($"no answer shape for {typeof(T).Name}"),
            },
            _ => null,
        };
    }

    private Task ReleaseAsync<T>(IdempotencyClaim<T>? claim, CancellationToken cancellationToken) =>
        claim is null ? Task.CompletedTask : idempotency.ReleaseAsync(claim, cancellationToken);

    private async Task StoreAttachmentAsync(string id, int version, ReceivedAttachment attachment, CancellationToken cancellationToken)
    {
        await store.PutAsync(RecordKeys.AttachmentFile(id, version), attachment.Bytes, WriteCondition.None, cancellationToken);
        await store.PutAsync(RecordKeys.AttachmentText(id, version), Encoding.UTF8.GetBytes(attachment.Text), WriteCondition.None, cancellationToken);
    }

    /// <summary>The submission is safe by now; an audit failure must not turn its 202 into an error.</summary>
    private async Task TryAuditAsync(string action, string id, string actor, string detail, CancellationToken cancellationToken)
    {
        try
        {
            await audit.AppendAsync(action, id, actor, detail, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            logger.LogWarning("Audit entry {Action} for {Id} could not be written", action, id);
        }
    }

    private static SubmissionAccepted Answer(string id, string receipt) =>
        new(id, SubmissionStatuses.Pending, receipt, $"/api/submissions/{id}?receipt={receipt}");

    private static Microsoft.AspNetCore.Http.HttpResults.Accepted<SubmissionAccepted> Accepted(SubmissionAccepted answer) =>
        TypedResults.Accepted($"/api/submissions/{answer.Id}", answer);
}
