using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace GoSafer.Indexer.Language;

/// <summary>
/// Identifies the language of a text with a naive Bayes classifier over character 1–3-grams
/// (docs/language-detection.md). Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Name of the model embedded in this assembly.</summary>
    public const string ModelResourceName = "GoSafer.Indexer.language-model.v1.txt";

    /// <summary>Texts with fewer letters than this are "und": two letters say nothing reliable.</summary>
    public const int MinLetters = 3;

    /// <summary>
    /// Only the start of a long text is read. 512 characters (about 80 words) settle every language the model
    /// knows: on 19,022 single-language benchmark resources (1,127 characters on average) reading 512 gave the
    /// same language as reading 4,096 for every one, at less than half the cost; where the two disagreed the
    /// resource was bilingual and the shorter read named the language it opens with (docs/language-detection.md).
    /// </summary>
    public const int MaxCharactersRead = 512;

    private static readonly Lazy<LanguageDetector> Embedded = new(() =>
    {
        using var stream = typeof(LanguageDetector).Assembly.GetManifestResourceStream(ModelResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ModelResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return FromModel(reader.ReadToEnd());
    });

    private readonly string[] languages;
    private readonly NGramIndex index;

    // One row per gram of the index, `stride` floats each: log P(gram | language) for each language, padded
    // with zeros to a whole number of SIMD vectors so a row is added to the scores in a few vector operations.
    private readonly float[] table;
    private readonly int stride;

    private LanguageDetector(string[] languages, NGramIndex index, float[] table, int stride)
    {
        this.languages = languages;
        Languages = languages.AsReadOnly();
        this.index = index;
        this.table = table;
        this.stride = stride;
    }

    /// <summary>The detector built from the model shipped in this assembly (loaded once per process).</summary>
    public static LanguageDetector Default => Embedded.Value;

    /// <summary>ISO 639-1 codes the detector can answer, in ordinal order.</summary>
    public IReadOnlyCollection<string> Languages { get; }

    /// <summary>Builds a detector from a model file's text (as written by <see cref="LanguageModelTrainer"/>).</summary>
    public static LanguageDetector FromModel(string model)
    {
        var profiles = LanguageModelReader.Read(model);
        var languages = profiles.Select(p => p.Language).ToArray();
        var stride = (languages.Length + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var keys = profiles.SelectMany(p => p.LogProbabilities.Keys).Distinct().Order().ToArray();
        var table = new float[keys.Length * stride];
        for (var row = 0; row < keys.Length; row++)
        {
            var order = NGramKeys.Order(keys[row]);
            for (var l = 0; l < profiles.Count; l++)
            {
                table[(row * stride) + l] = profiles[l].LogProbabilities.TryGetValue(keys[row], out var logP)
                    ? logP
                    : profiles[l].UnseenLogProbability[order];
            }
        }

        return new LanguageDetector(languages, new NGramIndex(keys), table, stride);
    }

    /// <summary>
    /// The most likely language, or "und" with confidence 0 when the text has fewer than
    /// <see cref="MinLetters"/> letters or none of its grams is known (for example, a script no language of
    /// the model uses). Text in a language outside the model is still given the closest one it knows.
    /// </summary>
    public LanguageGuess Detect(string? text)
    {
        Span<float> scores = stackalloc float[stride];
        var grams = Score(text, scores);
        if (grams == 0)
        {
            return LanguageGuess.None;
        }

        Span<double> probabilities = stackalloc double[languages.Length];
        Softmax(scores, grams, probabilities);
        var best = 0;
        for (var l = 1; l < languages.Length; l++)
        {
            best = probabilities[l] > probabilities[best] ? l : best;
        }

        return new LanguageGuess(languages[best], probabilities[best]);
    }

    /// <summary>The <paramref name="top"/> most likely languages, most likely first (ties in code order);
    /// empty where <see cref="Detect"/> answers "und".</summary>
    public IReadOnlyList<LanguageGuess> Rank(string? text, int top = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        Span<float> scores = stackalloc float[stride];
        var grams = Score(text, scores);
        if (grams == 0)
        {
            return [];
        }

        var probabilities = new double[languages.Length];
        Softmax(scores, grams, probabilities);
        // OrderByDescending is stable and languages are in ordinal order, so ties fall in code order.
        return Enumerable.Range(0, languages.Length)
            .OrderByDescending(l => probabilities[l])
            .Take(top)
            .Select(l => new LanguageGuess(languages[l], probabilities[l]))
            .ToArray();
    }

    /// <summary>
    /// Adds log P(text | language) for every language into <paramref name="scores"/>, counting only grams the
    /// model knows (a gram no language has seen says nothing about any of them). Returns the number of grams
    /// counted, or 0 when the text is too short to judge.
    /// </summary>
    private int Score(string? text, Span<float> scores)
    {
        scores.Clear();
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var reader = new NGramReader(text.AsSpan(0, Math.Min(text.Length, MaxCharactersRead)));
        var lanes = stride / Vector<float>.Count;
        var grams = lanes is 2 or 4 ? ScoreInRegisters(ref reader, scores, lanes) : ScoreInMemory(ref reader, scores);
        return reader.Letters < MinLetters ? 0 : grams;
    }

    /// <summary>
    /// Keeps the running scores in vector registers (the shipped model's 28 languages fill four
    /// vectors of 8 floats, or two of 16) instead of loading and storing them for each gram, the
    /// detector's inner loop and a fifth of the tagging time: each language's sum takes the same
    /// additions in the same order, so the scores are the same to the bit.
    /// </summary>
    private int ScoreInRegisters(ref NGramReader reader, Span<float> scores, int lanes)
    {
        var width = Vector<float>.Count;
        Vector<float> a = default, b = default, c = default, d = default;
        ref var rows = ref MemoryMarshal.GetArrayDataReference(table);
        var grams = 0;
        while (NextKnownRow(ref reader, out var row))
        {
            grams++;
            ref var logP = ref Unsafe.Add(ref rows, row * stride);
            a += Vector.LoadUnsafe(ref logP);
            b += Vector.LoadUnsafe(ref logP, (nuint)width);
            if (lanes == 4)
            {
                c += Vector.LoadUnsafe(ref logP, (nuint)(2 * width));
                d += Vector.LoadUnsafe(ref logP, (nuint)(3 * width));
            }
        }

        a.CopyTo(scores);
        b.CopyTo(scores[width..]);
        if (lanes == 4)
        {
            c.CopyTo(scores[(2 * width)..]);
            d.CopyTo(scores[(3 * width)..]);
        }

        return grams;
    }

    /// <summary>Advances to the next gram the model knows: a gram no language kept says nothing about any of them.</summary>
    private bool NextKnownRow(ref NGramReader reader, out int row)
    {
        while (reader.MoveNext())
        {
            row = index.Row(reader.Current);
            if (row >= 0)
            {
                return true;
            }
        }

        row = -1;
        return false;
    }

    private int ScoreInMemory(ref NGramReader reader, Span<float> scores)
    {
        var grams = 0;
        while (NextKnownRow(ref reader, out var row))
        {
            grams++;
            var logP = table.AsSpan(row * stride, stride);
            for (var i = 0; i < stride; i += Vector<float>.Count)
            {
                (new Vector<float>(scores[i..]) + new Vector<float>(logP[i..])).CopyTo(scores[i..]);
            }
        }

        return grams;
    }

    /// <summary>
    /// Softmax of the log-likelihoods divided by √grams. Overlapping n-grams are far from independent, so
    /// raw naive Bayes posteriors are nearly always 1.0; the damping makes a clear sentence score above 0.95
    /// while a fragment between close languages (Indonesian/Malay, Spanish/Catalan) scores near 0.5.
    /// </summary>
    private void Softmax(ReadOnlySpan<float> scores, int grams, Span<double> probabilities)
    {
        var temperature = Math.Sqrt(grams);
        var max = double.NegativeInfinity;
        for (var l = 0; l < languages.Length; l++)
        {
            max = Math.Max(max, scores[l]);
        }

        var sum = 0.0;
        for (var l = 0; l < languages.Length; l++)
        {
            probabilities[l] = Math.Exp((scores[l] - max) / temperature);
            sum += probabilities[l];
        }

        for (var l = 0; l < languages.Length; l++)
        {
            probabilities[l] /= sum;
        }
    }
}
