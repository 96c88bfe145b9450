using System.Threading.Channels;

namespace GoSafer.Hub.Indexing;

/// <summary>The embedded-mode queue. Losing it on a crash loses nothing: start-up reconciles the index with the store.</summary>
public sealed class ChannelIndexRequestQueue : IIndexRequestQueue
{
    // Not SingleReader: only the multi-reader channel can count its items (the health depth).
    private readonly Channel<IndexRequest> _channel = Channel.CreateUnbounded<IndexRequest>();

    public ChannelReader<IndexRequest> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(IndexRequest request, CancellationToken cancellationToken = default) =>
        _channel.Writer.WriteAsync(request, cancellationToken);

    public Task<QueueState> GetStateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new QueueState(IndexQueueKinds.InProcess, true, _channel.Reader.Count, null, "in-process channel"));
}
