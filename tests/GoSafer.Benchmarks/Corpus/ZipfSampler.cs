namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Ranks drawn with Zipf–Mandelbrot frequencies, P(r) ∝ 1 / (r + q)^s. The offset q flattens the
/// head: stop words are not in the vocabulary, and the most frequent content word of a real
/// catalog appears in most resources of its language, not in every sentence.
/// </summary>
internal sealed class ZipfSampler
{
    public const double Exponent = 1.0;
    public const double Offset = 10;

    private readonly double[] _cumulative;

    public ZipfSampler(int ranks)
    {
        _cumulative = new double[ranks];
        var sum = 0.0;
        for (var r = 0; r < ranks; r++)
        {
            sum += 1 / Math.Pow(r + 1 + Offset, Exponent);
            _cumulative[r] = sum;
        }

        for (var r = 0; r < ranks; r++)
        {
            _cumulative[r] /= sum;
        }
    }

    /// <summary>A 0-based rank.</summary>
    public int Sample(Rng rng)
    {
        var at = Array.BinarySearch(_cumulative, rng.NextDouble());
        return Math.Min(at < 0 ? ~at : at, _cumulative.Length - 1);
    }
}
