namespace GoSafer.Benchmarks.Measurement;

/// <summary>Per-query latencies in milliseconds; percentiles by nearest rank.</summary>
internal sealed class Latencies(IReadOnlyList<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public double Percentile(double p) => _sorted.Length == 0 ? 0 : _sorted[Math.Clamp((int)Math.Ceiling(p / 100 * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public double Mean => _sorted.Length == 0 ? 0 : _sorted.Average();

    public double Max => _sorted.Length == 0 ? 0 : _sorted[^1];

    public double TotalSeconds => _sorted.Sum() / 1000;
}
