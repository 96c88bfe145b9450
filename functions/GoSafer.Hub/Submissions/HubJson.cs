using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoSafer.Hub.Submissions;

/// <summary>The one JSON shape of the hub: camelCase, nulls omitted, used for storage and HTTP alike.</summary>
public static class HubJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(byte[] utf8) =>
        JsonSerializer.Deserialize<T>(utf8, Options) ?? throw new JsonException($"empty {typeof(T).Name} record");
}
