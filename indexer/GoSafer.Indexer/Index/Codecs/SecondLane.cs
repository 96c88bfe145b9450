using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// A thread that runs the second lane's work, in the order it is posted, while the caller writes the
/// first lane. Work posted after a failure is skipped: the merge fails as a whole.
/// </summary>
internal sealed class SecondLane : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;

    public SecondLane()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "GoSafer merge lane" };
        _thread.Start();
    }

    public void Post(Action work) => _work.Add(work);

    /// <summary>Waits until everything posted has run, then rethrows the lane's failure if it had one.</summary>
    public void Finish()
    {
        Stop();
        _failure?.Throw();
    }

    private void Run()
    {
        foreach (var work in _work.GetConsumingEnumerable())
        {
            if (_failure is not null)
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
