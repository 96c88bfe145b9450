using GoSafer.Hub.Validation;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Http;

/// <summary>RFC 9457 problem details for every refusal; each says that nothing was stored.</summary>
public static class Problems
{
    public static IResult Validation(FieldErrors errors) => TypedResults.ValidationProblem(
        errors.ToDictionary(),
        title: "The request has invalid fields.",
        detail: $"{errors.ToDictionary().Count} field(s) are invalid; see errors. Nothing was stored.",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1");

    public static IResult Validation(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return Validation(errors);
    }

    public static IResult TooLarge(int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request body is too large.",
        detail: $"The body may be at most {maxBytes} bytes. Nothing was stored.",
        extensions: new Dictionary<string, object?> { ["maxBytes"] = maxBytes });

    public static IResult UnsupportedMediaType(string? contentType) => TypedResults.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The body must be JSON.",
        detail: $"Send Content-Type: application/json (got '{contentType ?? "none"}'). Nothing was stored.");

    public static IResult TooManyRequests(int retryAfterSeconds) => new RetryAfterResult(
        TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many submissions.",
            detail: $"This address has sent too many submissions. Nothing was stored; try again in {retryAfterSeconds} s."),
        retryAfterSeconds);

    public static IResult Status(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static IResult Conflict(string detail) => Status(StatusCodes.Status409Conflict, "Conflict.", detail);

    public static IResult NotFound(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        detail: $"There is no {what} here.");

    public static IResult Unavailable(int retryAfterSeconds) => new RetryAfterResult(
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage is unavailable.",
            // Not "nothing was stored": a write can land while its answer is lost. The key makes the retry safe.
            detail: "The hub could not reach its storage. Send the same request again after Retry-After, with the same Idempotency-Key: it will be stored once."),
        retryAfterSeconds);

    public static IResult IdempotencyKeyReused() => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "The Idempotency-Key was used for a different request.",
        detail: "A key names one request: its retries must send the same body. Nothing was stored; send a new request with a new key.",
        extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["Idempotency-Key"] = ["was used for a different request"] } });

    /// <summary>Adds a Retry-After header to a problem response.</summary>
    private sealed class RetryAfterResult(IResult inner, int seconds) : IResult, IStatusCodeHttpResult
    {
        public int? StatusCode => (inner as IStatusCodeHttpResult)?.StatusCode;

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
