using System.Globalization;

namespace GoSafer.Indexer.Language;

/// <summary>One language of a model: log-probabilities of its kept features, and per order (0 = script)
/// the log-probability given to a feature it did not keep.</summary>
internal sealed record LanguageProfile(string Language, Dictionary<ulong, float> LogProbabilities, float[] UnseenLogProbability);

/// <summary>Parses the model file written by <see cref="LanguageModelTrainer"/>; any malformed line fails loudly.</summary>
internal static class LanguageModelReader
{
    /// <summary>
    /// Add-one-half smoothing for features a language did not keep: half an occurrence among all features of
    /// that order. Below every kept gram's probability, and it penalises languages with much training text more,
    /// as naive Bayes should.
    /// </summary>
    private const double UnseenCount = 0.5;

    public static List<LanguageProfile> Read(string model)
    {
        var profiles = new List<LanguageProfile>();
        var totals = new long[NGramReader.MaxOrder + 1];   // per order (0 = script), of the language being read
        var sawHeader = false;
        var lineNumber = 0;
        foreach (var raw in model.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!sawHeader)
            {
                Require(fields is [LanguageModelTrainer.Header, var v] && v == LanguageModelTrainer.Version.ToString(CultureInfo.InvariantCulture),
                    lineNumber, $"expected '{LanguageModelTrainer.Header}\\t{LanguageModelTrainer.Version}'");
                sawHeader = true;
            }
            else if (fields[0] == LanguageModelTrainer.LanguageLine)
            {
                Require(fields.Length == 3 + NGramReader.MaxOrder && fields[1].Length > 0, lineNumber, "malformed language line");
                Require(profiles.Count == 0 || string.CompareOrdinal(profiles[^1].Language, fields[1]) < 0, lineNumber,
                    $"language '{fields[1]}' is out of ordinal order or repeated");
                var unseen = new float[NGramReader.MaxOrder + 1];
                for (var order = NGramKeys.ScriptOrder; order <= NGramReader.MaxOrder; order++)
                {
                    // A language may have no letter in a known script (a total of 0), never no letters at all.
                    totals[order] = Count(fields[2 + order], lineNumber, minimum: order == NGramKeys.ScriptOrder ? 0 : 1);
                    unseen[order] = (float)Math.Log(UnseenCount / Math.Max(totals[order], 1));
                }

                profiles.Add(new LanguageProfile(fields[1], [], unseen));
            }
            else
            {
                Require(profiles.Count > 0 && fields.Length == 2, lineNumber, "expected '<gram or script>\\t<count>' after a language line");
                var key = NGramKeys.Parse(fields[0]);
                Require(key is not null, lineNumber, $"'{fields[0]}' is neither a gram nor a script");
                var count = Count(fields[1], lineNumber, minimum: 1);
                var total = totals[NGramKeys.Order(key!.Value)];
                Require(count <= total, lineNumber, "count above the total of its order");
                Require(profiles[^1].LogProbabilities.TryAdd(key.Value, (float)Math.Log(count / (double)total)), lineNumber, "duplicate gram");
            }
        }

        Require(profiles.Count > 0, lineNumber, "the model names no language");
        return profiles;
    }

    private static long Count(string field, int lineNumber, int minimum)
    {
        Require(long.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= minimum,
            lineNumber, $"'{field}' is not a count of at least {minimum}");
        return count;
    }

    private static void Require(bool condition, int lineNumber, string problem)
    {
        if (!condition)
        {
            throw new FormatException($"Language model line {lineNumber}: {problem}.");
        }
    }
}
