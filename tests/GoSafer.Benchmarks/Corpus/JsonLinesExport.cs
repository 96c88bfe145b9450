using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Writes the generated work as JSON Lines, so other engines can be measured on exactly the same
/// resources and queries: <c>corpus.jsonl</c> (one resource per line, public catalog record
/// fields plus id) and <c>queries.jsonl</c> (<c>{q, filters:{facet:[values]}}</c>). Properties
/// are written in a fixed order with a fixed encoder, so a seed gives byte-identical files.
/// </summary>
internal static class JsonLinesExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteCorpus(string path, IEnumerable<GeneratedResource> resources)
    {
        using var file = File.Create(path);
        foreach (var r in resources)
        {
            using (var json = new Utf8JsonWriter(file, Options))
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("title", r.Title);
                json.WriteString("description", r.Description);
                json.WriteString("url", r.Url);
                json.WriteString("organization", r.Organization);
                Strings(json, "languages", r.Languages);
                json.WriteNumber("ageMin", r.AgeMin);
                json.WriteNumber("ageMax", r.AgeMax);
                Strings(json, "harms", r.Harms);
                Strings(json, "audiences", r.Audiences);
                json.WriteString("resourceType", r.ResourceType);
                Strings(json, "countries", r.Countries);
                json.WriteString("license", r.License);
                json.WriteNumber("publishedYear", r.PublishedYear);
                json.WriteStartObject("evidence");
                json.WriteString("level", r.EvidenceLevel);
                json.WriteEndObject();
                json.WriteString("publishedAt", r.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            file.WriteByte((byte)'\n');
        }
    }

    public static void WriteQueries(string path, IEnumerable<BenchmarkQuery> queries)
    {
        using var file = File.Create(path);
        foreach (var q in queries)
        {
            using (var json = new Utf8JsonWriter(file, Options))
            {
                json.WriteStartObject();
                json.WriteString("q", q.Text);
                json.WriteStartObject("filters");
                foreach (var (facet, values) in q.Filters)
                {
                    Strings(json, facet, values);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            file.WriteByte((byte)'\n');
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
