using System.Text;

namespace GoSafer.Indexer.Search;

public enum PartOccur
{
    /// <summary>A plain word: required in short queries, optional in long ones.</summary>
    Default,
    Required,
    Excluded,
}

/// <summary>One word or quoted phrase of a user query, with its +/- prefix.</summary>
public sealed record QueryPart(string Text, bool IsPhrase, PartOccur Occur);

/// <summary>
/// The query syntax users type: words, "quoted phrases", +required and -excluded words or
/// phrases. Anything else is just text; parsing never fails.
/// </summary>
public static class UserQuery
{
    public static IReadOnlyList<QueryPart> Parse(string? text)
    {
        var parts = new List<QueryPart>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return parts;
        }

        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var occur = PartOccur.Default;
            if (text[i] is '+' or '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                occur = text[i] == '+' ? PartOccur.Required : PartOccur.Excluded;
                i++;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                AddPart(parts, text[(i + 1)..end], isPhrase: true, occur);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            AddPart(parts, text[start..i], isPhrase: false, occur);
        }

        return parts;
    }

    /// <summary>The query written back (used for "did you mean").</summary>
    public static string Format(IEnumerable<QueryPart> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(part.Occur switch { PartOccur.Required => "+", PartOccur.Excluded => "-", _ => "" });
            text.Append(part.IsPhrase ? $"\"{part.Text}\"" : part.Text);
        }

        return text.ToString();
    }

    private static void AddPart(List<QueryPart> parts, string raw, bool isPhrase, PartOccur occur)
    {
        // Punctuation around words ("grooming," or "(video)") is not part of the word.
        var trimmed = raw.Trim().Trim('(', ')', ',', ';', '.', '!', '?', '¿', '¡', '«', '»', '“', '”', '\'', ':', '،', '؛', '。', '，');
        if (trimmed.Length > 0)
        {
            parts.Add(new QueryPart(trimmed, isPhrase || trimmed.Any(char.IsWhiteSpace), occur));
        }
    }
}
