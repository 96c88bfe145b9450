using GoSafer.Hub.Http;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Exports.Datasets;

/// <summary>
/// <c>GET /api/evidence/datasets</c> (the list, newest first; makes today's snapshot on the day's
/// first call) and <c>GET /api/evidence/datasets/{date}</c> (the NDJSON dump with its digest).
/// </summary>
public sealed class DatasetHandler(DatasetSnapshots snapshots)
{
    public async Task<IResult> ListAsync(CancellationToken cancellationToken)
    {
        await snapshots.EnsureTodayAsync(cancellationToken);
        var list = new List<DatasetManifest>();
        await foreach (var manifest in snapshots.ListAsync(cancellationToken))
        {
            list.Add(manifest);
        }

        return TypedResults.Ok(new DatasetList(list));
    }

    public async Task<IResult> GetAsync(string date, CancellationToken cancellationToken)
    {
        if (!DatasetSnapshots.IsDate(date))
        {
            return Problems.Validation("date", $"must be a date written yyyy-MM-dd; got '{date}'");
        }

        if (await snapshots.GetAsync(date, cancellationToken) is not { } found)
        {
            return Problems.NotFound($"dataset snapshot for {date}; GET /api/evidence/datasets lists the dates");
        }

        var (manifest, dump) = found;
        return new StreamedResult("application/x-ndjson; charset=utf-8", $"gosafer-evidence-{date}.ndjson", async (response, ct) =>
        {
            // RFC 9530 digest of the exact bytes served, and the record count, for citation checks.
            response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(manifest.Sha256))}:";
            response.Headers.ETag = $"\"{manifest.Sha256}\"";
            response.Headers["X-Total-Count"] = manifest.Records.ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "public, max-age=31536000, immutable";
            await response.Body.WriteAsync(dump, ct);
        });
    }
}
