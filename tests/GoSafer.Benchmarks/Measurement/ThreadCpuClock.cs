using System.Runtime.InteropServices;

namespace GoSafer.Benchmarks.Measurement;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). The machine is shared,
/// so wall-clock latency includes time the thread waited for a core; its CPU time does not, and
/// reporting both shows how much of a figure is the engine and how much the neighbours.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU this thread has used, or NaN where the clock is not available.</summary>
    public static double NowMs() => Available && TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        try
        {
            var ok = ClockGetTime(ClockThreadCpuTimeId, out var time) == 0;
            milliseconds = ok ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : double.NaN;
            return ok;
        }
        catch (DllNotFoundException)
        {
            milliseconds = double.NaN;
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);
}
