using Lucene.Net.Analysis.Cn.Smart;

namespace GoSafer.Indexer.Index.Chinese;

/// <summary>
/// SmartCn's hidden-Markov segmentation of one sentence, word for word the same (the parity tests
/// compare the tokens with SmartChineseAnalyzer's), over <see cref="HanDictionary"/>
/// and flat arrays reused from sentence to sentence. The model: every dictionary word found at
/// each position (a Han character alone always; spaces may sit inside a word), letter and digit
/// runs and punctuation as single candidates; each pair of adjacent candidates weighted
/// −log(0.1 · P(first) + 0.9 · P(second | first)) from word and pair frequencies; the cheapest
/// path from sentence start to end is the segmentation. Not thread-safe: one per token stream.
/// </summary>
internal sealed class HanSegmenter
{
    private const double Smooth = 0.1;
    private static readonly double MaxFrequency = Utility.MAX_FREQUENCE;
    private static readonly double Tiny = 1.0 / Utility.MAX_FREQUENCE;

    private readonly HanDictionary _dictionary = HanDictionary.Instance;

    // The frequencies of SmartCn's placeholder words (sentence start and end, an unknown string, a number).
    private readonly int _startFrequency = HanDictionary.Instance.Frequency(Utility.START_CHAR_ARRAY);
    private readonly int _endFrequency = HanDictionary.Instance.Frequency(Utility.END_CHAR_ARRAY);
    private readonly int _stringFrequency = HanDictionary.Instance.Frequency(Utility.STRING_CHAR_ARRAY);
    private readonly int _numberFrequency = HanDictionary.Instance.Frequency(Utility.NUMBER_CHAR_ARRAY);
    private readonly List<HanWord> _words = [];
    private readonly List<int> _path = [];
    private CharType[] _types = new CharType[256];
    private char[] _keys = new char[1024];
    private int _keyLength;
    private char[] _text = new char[256];
    private char[] _word = new char[256];
    private int _textLength;

    // Candidates in order of start offset (the sentence-start marker first, the end marker last),
    // and in order of discovery at one offset: the order SmartCn numbers them in.
    private int _count;
    private int[] _start = new int[256];
    private int[] _end = new int[256];
    private WordType[] _type = new WordType[256];
    private int[] _frequency = new int[256];
    private int[] _keyStart = new int[256];
    private int[] _keyLen = new int[256];
    private double[] _best = new double[256];
    private int[] _previous = new int[256];

    // Per offset (shifted by one for the start marker): the first candidate starting there, or -1.
    private int[] _firstAt = new int[256];

    /// <summary>The texts of the words of the last sentence segmented (<see cref="HanWord.TextStart"/>, <see cref="HanWord.TextLength"/>).</summary>
    public char[] Text => _text;

    /// <summary>The words of <paramref name="sentence"/>, as <c>WordSegmenter</c> returns them after its token filter.</summary>
    public IReadOnlyList<HanWord> Segment(ReadOnlySpan<char> sentence)
    {
        _words.Clear();
        _textLength = 0;
        _count = 0;
        _keyLength = 0;
        var length = sentence.Length;
        Grow(ref _types, length);
        Grow(ref _firstAt, length + 2);
        Array.Fill(_firstAt, -1, 0, length + 2);
        for (var i = 0; i < length; i++)
        {
            _types[i] = Utility.GetCharType(sentence[i]);
        }

        AddCandidate(-1, 0, WordType.SENTENCE_BEGIN, _startFrequency, Utility.START_CHAR_ARRAY);
        FindCandidates(sentence);
        AddCandidate(length, length + 1, WordType.SENTENCE_END, _endFrequency, Utility.END_CHAR_ARRAY);
        CheapestPath(length);

        _path.Clear();
        for (var c = _count - 1; c != 0; c = _previous[c])
        {
            // Every candidate is reachable (a Han character alone, a run or a punctuation mark covers
            // each offset that is not a space, and every weight is finite); fail as SmartCn would
            // rather than follow a link left by an earlier sentence.
            if (c < 0)
            {
                throw new InvalidOperationException("The segmentation left a word unreachable.");
            }

            _path.Add(c);
        }

        // Without the end marker (_path[0]); the start marker is not in the path.
        for (var p = _path.Count - 1; p >= 1; p--)
        {
            AddWord(sentence, _path[p]);
        }

        return _words;
    }

    private void FindCandidates(ReadOnlySpan<char> sentence)
    {
        var length = sentence.Length;
        Grow(ref _word, length);
        var buffer = _word;
        var i = 0;
        while (i < length)
        {
            int j;
            switch (_types[i])
            {
                case CharType.SPACE_LIKE:
                    i++;
                    break;
                case CharType.HANZI:
                    {
                        j = i + 1;
                        var n = 0;
                        buffer[n++] = sentence[i];
                        AddCandidate(i, j, WordType.CHINESE_WORD, _dictionary.Frequency(buffer.AsSpan(0, n)), buffer.AsSpan(0, n));
                        var begins = _dictionary.BeginsAWord(buffer.AsSpan(0, n));
                        while (j <= length && begins)
                        {
                            if (n > 1 && _dictionary.TryGetFrequency(buffer.AsSpan(0, n), out var frequency))
                            {
                                AddCandidate(i, j, WordType.CHINESE_WORD, frequency, buffer.AsSpan(0, n));
                            }

                            while (j < length && _types[j] == CharType.SPACE_LIKE)
                            {
                                j++;
                            }

                            if (j < length && _types[j] == CharType.HANZI)
                            {
                                buffer[n++] = sentence[j];
                                begins = _dictionary.BeginsAWord(buffer.AsSpan(0, n));
                                j++;
                            }
                            else
                            {
                                break;
                            }
                        }

                        i++;
                        break;
                    }

                case CharType.LETTER or CharType.FULLWIDTH_LETTER:
                    i = Run(i, length, CharType.LETTER, CharType.FULLWIDTH_LETTER, WordType.STRING, WordType.FULLWIDTH_STRING, Utility.STRING_CHAR_ARRAY, _stringFrequency);
                    break;
                case CharType.DIGIT or CharType.FULLWIDTH_DIGIT:
                    i = Run(i, length, CharType.DIGIT, CharType.FULLWIDTH_DIGIT, WordType.NUMBER, WordType.FULLWIDTH_NUMBER, Utility.NUMBER_CHAR_ARRAY, _numberFrequency);
                    break;
                case CharType.DELIMITER:
                    AddCandidate(i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, sentence.Slice(i, 1));
                    i++;
                    break;
                default:
                    // Characters outside SmartCn's tables count as an unknown string, one by one.
                    AddCandidate(i, i + 1, WordType.STRING, _stringFrequency, Utility.STRING_CHAR_ARRAY);
                    i++;
                    break;
            }
        }
    }

    /// <summary>A run of letters (or digits), half- or full-width, is one candidate read as SmartCn's placeholder word.</summary>
    private int Run(int i, int length, CharType half, CharType full, WordType plain, WordType fullWidth, char[] placeholder, int frequency)
    {
        var hasFullWidth = _types[i] == full;
        var j = i + 1;
        while (j < length && (_types[j] == half || _types[j] == full))
        {
            hasFullWidth |= _types[j] == full;
            j++;
        }

        AddCandidate(i, j, hasFullWidth ? fullWidth : plain, frequency, placeholder);
        return j;
    }

    private void AddCandidate(int start, int end, WordType type, int frequency, ReadOnlySpan<char> key)
    {
        var c = _count++;
        Grow(ref _start, _count);
        Grow(ref _end, _count);
        Grow(ref _frequency, _count);
        Grow(ref _keyStart, _count);
        Grow(ref _keyLen, _count);
        Grow(ref _previous, _count);
        Grow(ref _type, _count);
        Grow(ref _best, _count);
        Grow(ref _keys, _keyLength + key.Length);
        _start[c] = start;
        _end[c] = end;
        _type[c] = type;
        _frequency[c] = frequency;
        _keyStart[c] = _keyLength;
        _keyLen[c] = key.Length;
        key.CopyTo(_keys.AsSpan(_keyLength));
        _keyLength += key.Length;
        _previous[c] = -1;
        if (_firstAt[start + 1] < 0)
        {
            _firstAt[start + 1] = c;
        }
    }

    /// <summary>
    /// Viterbi over the candidates in order: a candidate's cheapest path is final before any
    /// candidate after it is reached, and ties keep the earlier predecessor, as SmartCn's do.
    /// </summary>
    private void CheapestPath(int length)
    {
        Array.Fill(_best, double.MaxValue, 0, _count);
        _best[0] = 0;
        for (var first = 0; first < _count - 1; first++)
        {
            // The candidates that can follow: those at the first offset at or after this one's end
            // that has any (spaces have none).
            var next = _end[first];
            while (next <= length && _firstAt[next + 1] < 0)
            {
                next++;
            }

            if (next > length)
            {
                continue;
            }

            var firstFrequency = (double)_frequency[first];
            var firstKey = _keys.AsSpan(_keyStart[first], _keyLen[first]);
            for (var second = _firstAt[next + 1]; second < _count && _start[second] == next; second++)
            {
                var pairFrequency = _dictionary.PairFrequency(firstKey, _keys.AsSpan(_keyStart[second], _keyLen[second]));
                var weight = -Math.Log((Smooth * (1.0 + firstFrequency) / (MaxFrequency + 0.0))
                    + ((1.0 - Smooth) * (((1.0 - Tiny) * pairFrequency / (1.0 + firstFrequency)) + Tiny)));
                var total = _best[first] + weight;
                if (total < _best[second])
                {
                    _best[second] = total;
                    _previous[second] = first;
                }
            }
        }
    }

    /// <summary>What SmartCn's token filter makes of a word: letters and digits as written (full-width made half-width, Latin lower-cased), punctuation as ",".</summary>
    private void AddWord(ReadOnlySpan<char> sentence, int c)
    {
        var start = _textLength;
        var type = _type[c];
        var text = type switch
        {
            WordType.STRING or WordType.NUMBER or WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING => sentence[_start[c].._end[c]],
            WordType.DELIMITER => Utility.COMMON_DELIMITER,
            _ => _keys.AsSpan(_keyStart[c], _keyLen[c]),
        };
        Grow(ref _text, _textLength + text.Length);
        var into = _text.AsSpan(_textLength, text.Length);
        text.CopyTo(into);
        _textLength += text.Length;
        if (type is WordType.FULLWIDTH_NUMBER or WordType.FULLWIDTH_STRING or WordType.STRING)
        {
            for (var k = 0; k < into.Length; k++)
            {
                if (type != WordType.STRING && into[k] >= 0xFF10)
                {
                    into[k] = (char)(into[k] - 0xFEE0);
                }

                if (into[k] is >= 'A' and <= 'Z')
                {
                    into[k] = (char)(into[k] + 0x20);
                }
            }
        }

        _words.Add(new HanWord(start, text.Length, _start[c], _end[c]));
    }

    private static void Grow<T>(ref T[] array, int needed)
    {
        if (array.Length < needed)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }
}
