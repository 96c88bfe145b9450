using Lucene.Net.Analysis.Ar;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace GoSafer.Indexer.Tagging;

/// <summary>
/// The stemmer applied to Latin-script words. Lexicon terms and resource text are stemmed with the same
/// one, chosen by the resource's language, so "groomers" meets "grooming" and "sexuels" meets "sexuelle".
/// </summary>
internal enum LatinStemming
{
    None,
    English,
    French,
    Spanish,
}

/// <summary>
/// Reduces a folded word to its matching key: Snowball stemmers (Lucene.Net.Analysis.Common) for Latin
/// words in English, French or Spanish and for every Cyrillic word (Russian), Lucene's light Arabic stemmer
/// (article and conjunction prefixes, common suffixes) for Arabic, and nothing for CJK.
/// Snowball programs keep state between calls, so an instance serves one thread at a time: a tag call
/// creates one only when it meets a word the shared <see cref="WordIdCache"/> has not seen.
/// </summary>
internal sealed class WordStemmer(LatinStemming latin)
{
    private static readonly ArabicStemmer Arabic = new();

    private readonly SnowballProgram? _latin = latin switch
    {
        LatinStemming.English => new EnglishStemmer(),
        LatinStemming.French => new FrenchStemmer(),
        LatinStemming.Spanish => new SpanishStemmer(),
        _ => null,
    };

    private SnowballProgram? _russian;
    private char[] _buffer = new char[48];

    /// <summary>The key of <paramref name="word"/>; valid until the next call.</summary>
    public ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, WordScript script)
    {
        // Stemmers cut real words; numbers, one- and two-letter words and CJK characters are keys as they are.
        if (script == WordScript.Cjk || word.Length < 3 || char.IsDigit(word[0]))
        {
            return word;
        }

        if (_buffer.Length < word.Length + 8)
        {
            _buffer = new char[word.Length + 8];
        }

        word.CopyTo(_buffer);
        switch (script)
        {
            case WordScript.Arabic:
                return _buffer.AsSpan(0, Arabic.Stem(_buffer, word.Length));
            case WordScript.Cyrillic:
                return Snowball(_russian ??= new RussianStemmer(), word.Length);
            case WordScript.Latin when _latin is not null:
                return Snowball(_latin, word.Length);
            default:
                return word;
        }
    }

    private ReadOnlySpan<char> Snowball(SnowballProgram program, int length)
    {
        // The program works in place on the array it is given and may swap in a larger one.
        program.SetCurrent(_buffer, length);
        program.Stem();
        return program.CurrentBuffer.AsSpan(0, program.CurrentBufferLength);
    }
}
