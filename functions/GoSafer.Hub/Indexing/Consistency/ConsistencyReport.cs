namespace GoSafer.Hub.Indexing.Consistency;

/// <summary>
/// What the consistency check found: <see cref="Missing"/> stored but not indexed, <see cref="Stale"/>
/// indexed but no longer stored, <see cref="Changed"/> indexed with content that differs from the
/// stored record. <see cref="Repaired"/> says whether those entries were re-applied.
/// </summary>
public sealed record ConsistencyReport(int Stored, int Indexed, int Missing, int Stale, int Changed, bool Repaired)
{
    /// <summary>Stored records that could not be read (damaged JSON); logged by ID, left for an operator.</summary>
    public int Unreadable { get; init; }

    public bool InStep => Missing == 0 && Stale == 0 && Changed == 0;
}
