namespace GoSafer.Hub.Exports;

/// <summary>
/// One page of <c>GET /api/evidence?format=json</c>. <c>next</c> is the opaque cursor of the
/// following page (null on the last); <c>total</c> counts the whole slice.
/// </summary>
public sealed record EvidencePage(int Total, int Count, IReadOnlyList<EvidenceRecord> Items, string? Next, string? NextUrl);
