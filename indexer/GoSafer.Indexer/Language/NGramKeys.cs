namespace GoSafer.Indexer.Language;

/// <summary>
/// The features the model counts, as 64-bit keys: character n-grams (see <see cref="NGramReader"/>; orders
/// 1–3, UTF-16 units packed 16 bits apiece, so below 2⁴⁸) and letter scripts ("order 0", see
/// <see cref="WritingScripts"/>; 2⁴⁸ + script number). Converts keys to and from their spelling in the
/// model file: a gram as its characters with the word boundary written "_" (never a letter, so never part
/// of a gram, and the file has no significant blanks), a script as its four-letter ISO 15924 code.
/// </summary>
internal static class NGramKeys
{
    public const int ScriptOrder = 0;

    private const ulong ScriptBase = 1UL << 48;
    private const char FileBoundary = '_';

    /// <summary>The script key of a letter; 0 (no key) when its script is not one of the model's.</summary>
    public static ulong Script(char letter)
    {
        var script = WritingScripts.Of(letter);
        return script == 0 ? 0 : ScriptBase + (ulong)script;
    }

    public static int Order(ulong key) => key >= ScriptBase ? ScriptOrder : key > 0xFFFF_FFFF ? 3 : key > 0xFFFF ? 2 : 1;

    public static string Spell(ulong key)
    {
        var order = Order(key);
        if (order == ScriptOrder)
        {
            return WritingScripts.Codes[(int)(key - ScriptBase) - 1];
        }

        Span<char> chars = stackalloc char[order];
        for (var i = order - 1; i >= 0; i--, key >>= 16)
        {
            var c = (char)(key & 0xFFFF);
            chars[i] = c == NGramReader.Boundary ? FileBoundary : c;
        }

        return new string(chars);
    }

    /// <summary>The key of a spelling; null when it is neither a gram of 1–3 characters nor a script code.</summary>
    public static ulong? Parse(string spelling)
    {
        var script = Array.IndexOf(WritingScripts.Codes, spelling);
        if (script >= 0)
        {
            return ScriptBase + (ulong)(script + 1);
        }

        if (spelling.Length is 0 or > NGramReader.MaxOrder)
        {
            return null;
        }

        ulong key = 0;
        foreach (var c in spelling)
        {
            if (c == NGramReader.Boundary || c == '\0')
            {
                return null;
            }

            key = (key << 16) | (c == FileBoundary ? NGramReader.Boundary : c);
        }

        return key;
    }
}
