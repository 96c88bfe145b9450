using System.Text.RegularExpressions;
using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Intake;

/// <summary>
/// The <c>Idempotency-Key</c> request header: 16 to 128 characters of letters, digits and
/// <c>- _ . :</c> (a UUID fits). The lower bound is a security bound, not a formality: the key
/// is the only secret that unlocks a stored answer, whose receipt is a bearer credential.
/// </summary>
public sealed partial record IdempotencyKey(string Value)
{
    public const string Header = "Idempotency-Key";
    public const int MinLength = 16;
    public const int MaxLength = 128;

    /// <summary>No header: (null, null). A valid one: (key, null). Otherwise a 400 naming the header.</summary>
    public static (IdempotencyKey? Key, IResult? Problem) From(HttpRequest request)
    {
        var values = request.Headers[Header];
        if (values.Count == 0)
        {
            return (null, null);
        }

        if (values.Count > 1)
        {
            return (null, Problems.Validation(Header, "send the header once"));
        }

        var value = values[0] ?? "";
        return Shape().IsMatch(value)
            ? (new IdempotencyKey(value), null)
            : (null, Problems.Validation(
                Header,
                $"must be {MinLength} to {MaxLength} characters of letters, digits, '-', '_', '.' or ':' (a random UUID is a good key); got {value.Length} characters"));
    }

    [GeneratedRegex("^[A-Za-z0-9_.:-]{16,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
