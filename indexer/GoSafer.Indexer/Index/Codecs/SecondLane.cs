using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// A thread that runs the second lane's work, in the order it is posted, while the caller writes the
/// first lane. Work posted after a failure, or after <see cref="Cancel"/>, is skipped: the merge
/// fails as a whole. Work already running ends on its own (doc values merges have no point to stop
/// at; postings lanes check <see cref="Cancelled"/> between fields and Lucene's merge abort within them).
/// </summary>
internal sealed class SecondLane : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;
    private volatile bool _cancelled;

    public SecondLane()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "GoSafer merge lane" };
        _thread.Start();
    }

    public void Post(Action work) => _work.Add(work);

    /// <summary>True once the first lane has failed: the rest of this lane's work is pointless.</summary>
    public bool Cancelled => _cancelled;

    public void Cancel() => _cancelled = true;

    /// <summary>Waits until everything posted has run, then rethrows the lane's failure if it had one.</summary>
    public void Finish()
    {
        Stop();
        _failure?.Throw();
    }

    /// <summary>
    /// Waits as <see cref="Finish"/> does when <paramref name="first"/> has already failed the merge:
    /// that failure is the one thrown, so this lane's is only noted on it.
    /// </summary>
    public void FinishAfter(Exception first)
    {
        Stop();
        if (_failure is not null)
        {
            first.Data["GoSafer.SecondLaneFailure"] = _failure.SourceException.Message;
        }
    }

    private void Run()
    {
        foreach (var work in _work.GetConsumingEnumerable())
        {
            if (_failure is not null || _cancelled)
            {
                continue;
            }

            try
            {
                work();
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    private void Stop()
    {
        if (!_work.IsAddingCompleted)
        {
            _work.CompleteAdding();
        }

        _thread.Join();
    }

    /// <summary>Never leaves the thread running: the lane's output is closed after this.</summary>
    public void Dispose()
    {
        Stop();
        _work.Dispose();
    }
}
