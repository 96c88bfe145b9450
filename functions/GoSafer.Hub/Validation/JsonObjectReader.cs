using System.Text;
using System.Text.Json;

namespace GoSafer.Hub.Validation;

/// <summary>
/// Reads the fields of one JSON object, recording every problem in <see cref="FieldErrors"/> under
/// the field's path instead of stopping at the first, so a client learns all of them at once.
/// Strings are trimmed and NFC-normalised; JSON null counts as absent.
/// </summary>
public sealed class JsonObjectReader
{
    private readonly JsonElement _object;
    private readonly string _prefix;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string prefix, FieldErrors errors)
    {
        _object = element;
        _prefix = prefix;
        Errors = errors;
    }

    public FieldErrors Errors { get; }

    public string PathOf(string name) => _prefix.Length == 0 ? name : $"{_prefix}.{name}";

    public string? Text(string name, bool required, int minLength, int maxLength, TextKind kind = TextKind.SingleLine)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Errors.Add(PathOf(name), $"must be a string, not {Describe(value)}");
            return null;
        }

        return CheckText(PathOf(name), value.GetString()!, required, minLength, maxLength, kind);
    }

    public int? WholeNumber(string name, bool required, int min, int max)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Errors.Add(PathOf(name), $"must be a whole number from {min} to {max}, not {Describe(value)}");
            return null;
        }

        if (number < min || number > max)
        {
            Errors.Add(PathOf(name), $"must be from {min} to {max}; got {number}");
            return null;
        }

        return number;
    }

    public bool? Flag(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Errors.Add(PathOf(name), $"must be true or false, not {Describe(value)}");
            return null;
        }

        return value.GetBoolean();
    }

    /// <summary>
    /// A list of strings; <paramref name="normalize"/> turns an item into its canonical form or
    /// returns an error message for it. Duplicates (after normalisation) are dropped.
    /// </summary>
    public IReadOnlyList<string> Strings(
        string name, bool required, int maxItems, int maxLength,
        Func<string, (string? Value, string? Error)>? normalize = null)
    {
        if (!TryGet(name, required, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(PathOf(name), $"must be a list of strings, not {Describe(value)}");
            return [];
        }

        var count = value.GetArrayLength();
        if (required && count == 0)
        {
            Errors.Add(PathOf(name), "must list at least one value");
            return [];
        }

        if (count > maxItems)
        {
            Errors.Add(PathOf(name), $"must list at most {maxItems} values; got {count}");
            return [];
        }

        var items = new List<string>(count);
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{PathOf(name)}[{index++}]";
            if (item.ValueKind != JsonValueKind.String)
            {
                Errors.Add(path, $"must be a string, not {Describe(item)}");
                continue;
            }

            var text = CheckText(path, item.GetString()!, required: true, 1, maxLength, TextKind.SingleLine);
            if (text is null)
            {
                continue;
            }

            var (normalized, error) = normalize?.Invoke(text) ?? (text, null);
            if (error is not null)
            {
                Errors.Add(path, error);
            }
            else if (normalized is not null && !items.Contains(normalized, StringComparer.Ordinal))
            {
                items.Add(normalized);
            }
        }

        return items;
    }

    public JsonObjectReader? Child(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Errors.Add(PathOf(name), $"must be an object, not {Describe(value)}");
            return null;
        }

        return new JsonObjectReader(value, PathOf(name), Errors);
    }

    public IReadOnlyList<JsonObjectReader> Children(string name, int maxItems)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Errors.Add(PathOf(name), $"must be a list of objects, not {Describe(value)}");
            return [];
        }

        if (value.GetArrayLength() > maxItems)
        {
            Errors.Add(PathOf(name), $"must list at most {maxItems} entries; got {value.GetArrayLength()}");
            return [];
        }

        var readers = new List<JsonObjectReader>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var path = $"{PathOf(name)}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Errors.Add(path, $"must be an object, not {Describe(item)}");
                continue;
            }

            readers.Add(new JsonObjectReader(item, path, Errors));
        }

        return readers;
    }

    /// <summary>Reports every property this reader was not asked for (typos such as "harm" for "harms").</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in _object.EnumerateObject())
        {
            if (!_known.Contains(property.Name))
            {
                Errors.Add(PathOf(property.Name), "is not a field of this contract");
            }
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _known.Add(name);
        if (_object.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Errors.Add(PathOf(name), "is required");
        }

        return false;
    }

    private string? CheckText(string path, string raw, bool required, int minLength, int maxLength, TextKind kind)
    {
        if (!raw.IsNormalized(NormalizationForm.FormC))
        {
            // Invalid UTF-16 (lone surrogates) cannot be normalised; that is reported below.
            try
            {
                raw = raw.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                Errors.Add(path, "contains invalid Unicode");
                return null;
            }
        }

        var text = raw.Trim();
        foreach (var c in text)
        {
            if (char.IsControl(c) && !(kind == TextKind.MultiLine && c is '\n' or '\r' or '\t'))
            {
                Errors.Add(path, $"contains the control character U+{(int)c:X4}");
                return null;
            }

            if (char.IsSurrogate(c) && !HasValidSurrogates(text))
            {
                Errors.Add(path, "contains invalid Unicode");
                return null;
            }
        }

        if (text.Length == 0)
        {
            if (required)
            {
                Errors.Add(path, "must not be empty");
            }

            return null;
        }

        if (text.Length < minLength)
        {
            Errors.Add(path, $"must be at least {minLength} characters; got {text.Length}");
            return null;
        }

        if (text.Length > maxLength)
        {
            Errors.Add(path, $"must be at most {maxLength} characters; got {text.Length}");
            return null;
        }

        return text;
    }

    private static bool HasValidSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
