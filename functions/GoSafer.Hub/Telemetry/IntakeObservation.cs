using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Telemetry;

/// <summary>
/// The span and the count of one intake request. Its tags are the kind, the outcome (derived from
/// the answer's status) and how the Idempotency-Key was used; never anything the submitter wrote.
/// </summary>
public sealed class IntakeObservation : IDisposable
{
    private readonly Activity? _activity;
    private readonly string _kind;
    private string? _outcome;

    public IntakeObservation(string kind)
    {
        _kind = kind;
        _activity = HubTelemetry.Source.StartActivity($"intake {kind}");
        _activity?.SetTag(HubTelemetry.Tags.Kind, kind);
    }

    /// <summary>none, first, repeat, replayed or mismatch.</summary>
    public string Idempotency { get; set; } = "none";

    /// <summary>An outcome the status cannot tell (a honeypot answer looks accepted).</summary>
    public void SetOutcome(string outcome) => _outcome = outcome;

    public IResult Finish(IResult result)
    {
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var outcome = _outcome ?? status switch
        {
            StatusCodes.Status202Accepted => Idempotency == "replayed" ? "replayed" : "accepted",
            StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType => "invalid",
            StatusCodes.Status404NotFound => "not-found",
            StatusCodes.Status409Conflict => "conflict",
            StatusCodes.Status422UnprocessableEntity => "key-reused",
            StatusCodes.Status429TooManyRequests => "rate-limited",
            StatusCodes.Status503ServiceUnavailable => "unavailable",
            _ => "other",
        };
        _activity?.SetTag(HubTelemetry.Tags.Outcome, outcome);
        _activity?.SetTag(HubTelemetry.Tags.Idempotency, Idempotency);
        _activity?.SetTag("http.response.status_code", status);
        HubTelemetry.Submissions.Add(
            1,
            new KeyValuePair<string, object?>(HubTelemetry.Tags.Kind, _kind),
            new KeyValuePair<string, object?>(HubTelemetry.Tags.Outcome, outcome));
        return result;
    }

    public void Dispose() => _activity?.Dispose();
}
