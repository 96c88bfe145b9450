using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace GoSafer.Integration.Tests;

/// <summary>Sums one counter of the hub's meter while alive, per value of one of its tags.</summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _sums = new();

    public MetricRecorder(string meter, string instrument, string tag)
    {
        _listener.InstrumentPublished = (i, listener) =>
        {
            if (i.Meter.Name == meter && i.Name == instrument)
            {
                listener.EnableMeasurementEvents(i);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var t in tags)
            {
                if (t.Key == tag)
                {
                    _sums.AddOrUpdate(t.Value?.ToString() ?? "", value, (_, sum) => sum + value);
                }
            }
        });
        _listener.Start();
    }

    public long this[string tagValue] => _sums.GetValueOrDefault(tagValue);

    public void Dispose() => _listener.Dispose();
}
