namespace GoSafer.Benchmarks.Measurement;

/// <summary>
/// Samples the process's resident memory every 50 ms (Linux <c>/proc/self/status</c>) and keeps
/// the peaks of its two parts: private pages (<c>RssAnon</c>: the managed heap and native
/// allocations) and pages of mapped files (<c>RssFile</c>: index files read through memory maps,
/// which the kernel can drop and reread, and assemblies). Each part has its own peak, so the two
/// need not add up to the peak working set, which also counts the runtime's double-mapped JIT
/// code (<c>RssShmem</c>, in neither). Zero elsewhere than Linux.
/// </summary>
internal sealed class ResidentMemory : IDisposable
{
    private const string Status = "/proc/self/status";

    private readonly Timer? _timer;
    private long _peakPrivateKb;
    private long _peakFileKb;

    public ResidentMemory()
    {
        if (File.Exists(Status))
        {
            _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(50));
        }
    }

    public double PeakPrivateMb
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakPrivateKb) / 1024.0;
        }
    }

    public double PeakFileMb
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peakFileKb) / 1024.0;
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void Sample()
    {
        if (_timer is null)
        {
            return;
        }

        foreach (var line in File.ReadLines(Status))
        {
            if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                Raise(ref _peakPrivateKb, Kilobytes(line));
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                Raise(ref _peakFileKb, Kilobytes(line));
            }
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static void Raise(ref long peak, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }
}
