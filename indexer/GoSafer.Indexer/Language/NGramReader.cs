using System.Globalization;
using GoSafer.Indexer.Text;

namespace GoSafer.Indexer.Language;

/// <summary>
/// Reads the character 1–3-grams of a text as the model sees it, without allocating: letters and
/// combining marks lower-cased, every run of other characters (spaces, digits, punctuation) reduced to
/// one word boundary, and a boundary before the first and after the last word. So "Hi, you!" is read as
/// " hi you " and yields "h", " h", "i", "hi", " hi", "i ", "hi ", "y", " y", … ; the lone boundary " "
/// is never a gram. After the grams ending at a letter comes the key of its script, when it has one
/// (<see cref="NGramKeys.Script"/>). Trainer and detector both read text through this type, so they
/// cannot disagree.
/// </summary>
/// <remarks>
/// Each gram is a key: its UTF-16 code units packed 16 bits apiece, newest in the low bits. No code unit
/// is 0, so keys of different orders never collide. Characters outside the Basic Multilingual Plane
/// (surrogate pairs) count as boundaries; no language of the model needs them.
/// </remarks>
internal ref struct NGramReader(ReadOnlySpan<char> text)
{
    /// <summary>Highest gram order read.</summary>
    public const int MaxOrder = 3;

    /// <summary>The stand-in for a word boundary, inside keys.</summary>
    public const char Boundary = ' ';

    private const ulong WindowMask = (1UL << (16 * MaxOrder)) - 1;

    private readonly ReadOnlySpan<char> text = text;
    private int position;
    private bool afterBoundary = true;   // the stream starts with a boundary
    private ulong window = Boundary;      // the last MaxOrder stream characters
    private int length = 1;              // stream characters in window, at most MaxOrder
    private int order;                   // next order to yield for the newest character
    private int lowestOrder = 1;
    private ulong script;                // script key of the newest character, yielded after its grams

    /// <summary>The key of the current gram or script.</summary>
    public ulong Current { get; private set; }

    /// <summary>Letters and marks read so far.</summary>
    public int Letters { get; private set; }

    public readonly NGramReader GetEnumerator() => this;

    public bool MoveNext()
    {
        while (order < lowestOrder)
        {
            if (script != 0)
            {
                Current = script;
                script = 0;
                return true;
            }

            if (!NextStreamChar(out var c))
            {
                return false;
            }

            window = ((window << 16) | c) & WindowMask;
            length = Math.Min(length + 1, MaxOrder);
            order = length;
            // A boundary only ends grams; collapsing guarantees the one before it is a letter.
            lowestOrder = c == Boundary ? 2 : 1;
            script = c == Boundary ? 0 : NGramKeys.Script(c);
        }

        Current = window & ((1UL << (16 * order)) - 1);
        order--;
        return true;
    }

    private bool NextStreamChar(out char c)
    {
        while (position < text.Length)
        {
            var ch = text[position++];
            var category = char.GetUnicodeCategory(ch);
            if (category <= UnicodeCategory.EnclosingMark)
            {
                // Categories 0–7: the five letter categories and the three mark categories (Devanagari,
                // Thai and Khmer vowel signs are marks and belong to their word).
                c = InvariantLowerCase.Of(ch);
                afterBoundary = false;
                Letters++;
                return true;
            }

            // Joiners and soft hyphens sit inside words; the zero-width space separates Khmer and Thai words.
            if (category == UnicodeCategory.Format && ch != '\u200B')
            {
                continue;
            }

            if (!afterBoundary)
            {
                afterBoundary = true;
                c = Boundary;
                return true;
            }
        }

        if (!afterBoundary)
        {
            afterBoundary = true;
            c = Boundary;
            return true;
        }

        c = default;
        return false;
    }
}
