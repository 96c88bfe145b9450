using System.Text.Json.Nodes;

namespace GoSafer.Integration.Tests;

/// <summary>Reads whole slices from the evidence export and from search, for comparing the two.</summary>
public static class EvidenceSlices
{
    /// <summary>Every record of a JSON export slice, following the cursor; also returns the pages' sizes.</summary>
    public static async Task<(List<JsonObject> Records, List<int> Pages)> JsonAsync(HubHost host, string filters, int limit = 1000)
    {
        var records = new List<JsonObject>();
        var pages = new List<int>();
        var url = $"/api/evidence?format=json&limit={limit}{Prefixed(filters)}";
        while (true)
        {
            var page = await host.GetJsonAsync(url);
            var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            records.AddRange(items);
            pages.Add(items.Count);
            if (page["next"] is null)
            {
                return (records, pages);
            }

            url = page["nextUrl"]!.GetValue<string>();
        }
    }

    public static async Task<List<string>> SearchIdsAsync(HubHost host, string filters)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await host.GetJsonAsync($"/api/search?pageSize=100&page={page}{Prefixed(filters)}");
            var results = body["results"]!.AsArray();
            ids.AddRange(results.Select(r => r!["id"]!.GetValue<string>()));
            if (ids.Count >= body["total"]!.GetValue<int>() || results.Count == 0)
            {
                return ids;
            }
        }
    }

    private static string Prefixed(string filters) => filters.Length == 0 ? "" : "&" + filters;
}
