using GoSafer.Hub.Indexing.Snapshots;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;

namespace GoSafer.Hub.Indexing;

/// <summary>
/// The index searches are served from: the writer's own index, or on a replica the local copy of
/// the newest pulled snapshot. Search and health depend on this, never on the writer directly, so
/// a replica never opens an index writer.
/// </summary>
public sealed class ServedIndex
{
    private readonly Func<IndexStatus> _status;

    private ServedIndex(SearchableIndex index, Func<IndexStatus> status)
    {
        Index = index;
        Searcher = new CatalogSearcher(index);
        Suggester = new CatalogSuggester(index);
        _status = status;
    }

    public SearchableIndex Index { get; }

    public CatalogSearcher Searcher { get; }

    public CatalogSuggester Suggester { get; }

    public IndexStatus Status() => _status();

    public static ServedIndex ForWriter(CatalogIndex index, IndexSnapshotPublisher? publisher) =>
        new(index.Store, () => new IndexStatus(IndexRoles.Writer, index.Store.Count, index.LastCommitAt, publisher?.LastPublished?.Generation));

    public static ServedIndex ForReplica(SnapshotReplica replica, IndexSnapshotPuller puller) =>
        new(replica, () => new IndexStatus(IndexRoles.Replica, replica.Count, puller.ServedCreatedAt, puller.ServedGeneration));
}

/// <summary>What health reports of the served index. Generation: published (writer) or served (replica) snapshot.</summary>
public sealed record IndexStatus(string Role, int Documents, DateTimeOffset? LastCommit, long? SnapshotGeneration);
