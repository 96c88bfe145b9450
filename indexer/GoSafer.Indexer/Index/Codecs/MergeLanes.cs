using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// A segment's postings, and its doc values, are split into two lanes: each lane is a complete set
/// of the inner format's files for some of the fields, so that a merge can write both at the same
/// time. Postings are shared out by size at each merge (<see cref="LaneFieldsConsumer"/>); doc values
/// by the rule below, as their size is not known before they are merged.
/// </summary>
internal static class MergeLanes
{
    public const int Count = 2;

    /// <summary>
    /// The result records are 97 % of the doc values bytes (173 of 179 MB at 100k resources), and
    /// merging them took about as long as merging all the other doc values fields together (0.9
    /// against 0.7 s; docs/benchmarks.md, seventh round).
    /// </summary>
    public static int ForDocValues(string field) => field == IndexFields.Hit ? 1 : 0;

    /// <summary>
    /// True for the file of the result records' doc values lane (<c>_N_lane1.dvd</c>, or
    /// <c>_N_gen_lane1.dvd</c> for a doc values update), which the index folder never maps.
    /// </summary>
    public static bool IsResultRecordsFile(string fileName) =>
        fileName.EndsWith($"_{Suffix(ForDocValues(IndexFields.Hit))}.dvd", StringComparison.Ordinal);

    /// <summary>
    /// The lane's file suffix. A suffix the caller already has (doc values updates write a new
    /// generation under one) is kept in front, as Lucene's per-field formats do.
    /// </summary>
    private static string Suffix(int lane, string outer = "") => outer.Length == 0 ? $"lane{lane}" : $"{outer}_lane{lane}";

    /// <summary>
    /// Runs <paramref name="second"/> on a thread of its own while <paramref name="first"/> runs on
    /// the caller's, and returns when both have ended. When the first fails, the second is asked to
    /// stop (it checks <see cref="SecondLane.Cancelled"/> between fields) and the first's exception
    /// is thrown once the second has ended; otherwise the second's failure is.
    /// </summary>
    public static void RunBoth(Action first, Action<SecondLane> second)
    {
        using var lane = new SecondLane();
        lane.Post(() => second(lane));
        try
        {
            first();
        }
        catch (Exception e)
        {
            lane.Cancel();
            lane.FinishAfter(e);
            throw;
        }

        lane.Finish();
    }

    /// <summary>Opens one inner writer per lane, on that lane's files.</summary>
    public static T[] Open<T>(SegmentWriteState state, Func<SegmentWriteState, T> open)
        where T : class, IDisposable =>
        Open(lane => open(new SegmentWriteState(state, Suffix(lane, state.SegmentSuffix))));

    /// <summary>Opens one inner reader per lane, on that lane's files.</summary>
    public static T[] Open<T>(SegmentReadState state, Func<SegmentReadState, T> open)
        where T : class, IDisposable =>
        Open(lane => open(new SegmentReadState(state, Suffix(lane, state.SegmentSuffix))));

    /// <summary>Creates one inner part per lane, disposing those already made if one fails.</summary>
    private static T[] Open<T>(Func<int, T> open)
        where T : class, IDisposable
    {
        var lanes = new T[Count];
        try
        {
            for (var lane = 0; lane < Count; lane++)
            {
                lanes[lane] = open(lane);
            }

            return lanes;
        }
        catch
        {
            IOUtils.DisposeWhileHandlingException(lanes);
            throw;
        }
    }
}
