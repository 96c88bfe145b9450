using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoSafer.Indexer.Index;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace GoSafer.Hub.Indexing.Consistency;

/// <summary>
/// A hash of every stored field of every live document, by resource ID. Two documents built from
/// the same catalog entry have equal fingerprints; a document built from an older record does not.
/// </summary>
internal static class StoredFieldFingerprints
{
    /// <summary>The stored ID field of every catalog document (GoSafer.Indexer's IndexFields.Id).</summary>
    private const string IdField = "id";

    public static Dictionary<string, string> Read(SearchableIndex index)
    {
        using var lease = index.AcquireSearcher();
        var reader = lease.Searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }

            var document = reader.Document(doc);
            text.Clear();
            foreach (var field in document.Fields)
            {
                text.Append(field.Name).Append('\u001f')
                    .Append(ValueOf(field))
                    .Append('\u001e');
            }

            fingerprints[document.Get(IdField)] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        return fingerprints;
    }

    private static string ValueOf(IIndexableField field) => field.NumericType switch
    {
        NumericFieldType.INT32 => field.GetInt32Value()!.Value.ToString(CultureInfo.InvariantCulture),
        NumericFieldType.INT64 => field.GetInt64Value()!.Value.ToString(CultureInfo.InvariantCulture),
        NumericFieldType.SINGLE => field.GetSingleValue()!.Value.ToString("R", CultureInfo.InvariantCulture),
        NumericFieldType.DOUBLE => field.GetDoubleValue()!.Value.ToString("R", CultureInfo.InvariantCulture),
        _ => field.GetStringValue() ?? Convert.ToBase64String(field.GetBinaryValue()?.Bytes ?? []),
    };
}
