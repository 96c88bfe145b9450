using GoSafer.Testing;
using System.Text;

namespace GoSafer.Indexer.Tests.Relevance;

/// <summary>The Cranfield 1400 collection from tests/data/cranfield.</summary>
internal sealed record CranfieldCollection(
    IReadOnlyList<(string Id, string Title, string Authors, string Text)> Documents,
    IReadOnlyList<(int Number, string Text)> Queries,
    IReadOnlyDictionary<int, HashSet<string>> Relevant)
{
    public static CranfieldCollection Load()
    {
        var folder = RepositoryPaths.Combine("tests", "data", "cranfield");
        var documents = Records(File.ReadAllText(Path.Combine(folder, "cran.all.1400")))
            .Select(r => (r["I"], r.GetValueOrDefault("T", ""), r.GetValueOrDefault("A", ""), r.GetValueOrDefault("W", "")))
            .ToList();

        // Query ids run 001..365 with gaps; the judgements number them 1..225 in file order.
        var queries = Records(File.ReadAllText(Path.Combine(folder, "cran.qry")))
            .Select((r, i) => (i + 1, r["W"]))
            .ToList();

        var relevant = new Dictionary<int, HashSet<string>>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "cranqrel")))
        {
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 3 && int.Parse(cols[2]) > 0)
            {
                if (!relevant.TryGetValue(int.Parse(cols[0]), out var set))
                {
                    relevant[int.Parse(cols[0])] = set = [];
                }

                set.Add(cols[1]);
            }
        }

        return new CranfieldCollection(documents, queries, relevant);
    }

    private static IEnumerable<Dictionary<string, string>> Records(string text)
    {
        Dictionary<string, string>? record = null;
        string? field = null;
        var value = new StringBuilder();
        void Flush()
        {
            if (record is not null && field is not null)
            {
                record[field] = value.ToString().Trim();
            }

            value.Clear();
        }

        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith(".I ", StringComparison.Ordinal))
            {
                Flush();
                if (record is not null)
                {
                    yield return record;
                }

                record = new Dictionary<string, string> { ["I"] = line[3..].Trim() };
                field = null;
            }
            else if (line.Length == 2 && line[0] == '.' && char.IsLetter(line[1]))
            {
                Flush();
                field = line[1].ToString();
            }
            else
            {
                value.Append(line).Append('\n');
            }
        }

        Flush();
        if (record is not null)
        {
            yield return record;
        }
    }
}
