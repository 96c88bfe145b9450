using System.Text.Json;

namespace GoSafer.Hub.Validation;

/// <summary>
/// The honeypot field: the forms hide a <c>website</c> input that people never see and bots fill
/// in. It is part of both submission contracts so that forms may always send it.
/// </summary>
public static class Honeypot
{
    public const string Field = "website";

    public static void Read(JsonObjectReader reader) => reader.Text(Field, required: false, 0, 2000);

    /// <summary>True when the hidden field holds anything: the request is answered but not stored.</summary>
    public static bool IsTripped(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
        && body.TryGetProperty(Field, out var value)
        && value.ValueKind != JsonValueKind.Null
        && !(value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()));
}
