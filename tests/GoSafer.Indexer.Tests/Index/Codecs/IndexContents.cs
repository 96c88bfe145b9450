using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Tests.Index.Codecs;

/// <summary>
/// Everything a one-segment index holds, one line per fact: fields, terms with their statistics,
/// every posting with its frequency, positions and offsets, norms, doc values and stored fields.
/// Two indexes of the same documents in the same order are the same index exactly when these lines are.
/// </summary>
internal static class IndexContents
{
    public static List<string> Of(DirectoryReader reader)
    {
        var segment = Assert.Single(reader.Leaves).AtomicReader;
        var lines = new List<string>();
        foreach (var info in segment.FieldInfos.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            lines.Add($"field {info.Name} indexed={info.IsIndexed} options={info.IndexOptions} norms={info.HasNorms} docValues={info.DocValuesType}");
            if (info.IsIndexed)
            {
                Postings(segment, info, lines);
            }

            if (info.HasNorms)
            {
                var norms = segment.GetNormValues(info.Name);
                lines.Add($"norms {info.Name} " + string.Join(',', Enumerable.Range(0, segment.MaxDoc).Select(doc => norms.Get(doc))));
            }

            DocValues(segment, info, lines);
        }

        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            lines.Add($"stored {doc} " + string.Join(';', segment.Document(doc).Fields.Select(f => $"{f.Name}={f.GetStringValue()}")));
        }

        return lines;
    }

    private static void Postings(AtomicReader segment, FieldInfo info, List<string> lines)
    {
        var terms = segment.GetTerms(info.Name);
        if (terms is null)
        {
            return;
        }

        lines.Add($"terms {info.Name} count={terms.Count} docs={terms.SumDocFreq} total={terms.SumTotalTermFreq} docCount={terms.DocCount}");
        var termsEnum = terms.GetEnumerator();
        var positions = info.IndexOptions >= IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
        while (termsEnum.MoveNext())
        {
            lines.Add($"term {info.Name}:{termsEnum.Term.Utf8ToString()} df={termsEnum.DocFreq} ttf={termsEnum.TotalTermFreq}");
            if (positions)
            {
                var postings = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
                while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var at = Enumerable.Range(0, postings.Freq).Select(_ => $"{postings.NextPosition()}[{postings.StartOffset}-{postings.EndOffset}]");
                    lines.Add($"  doc {postings.DocID} freq={postings.Freq} {string.Join(' ', at)}");
                }
            }
            else
            {
                var docs = termsEnum.Docs(null, null, DocsFlags.FREQS);
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    lines.Add($"  doc {docs.DocID} freq={docs.Freq}");
                }
            }
        }
    }

    private static void DocValues(AtomicReader segment, FieldInfo info, List<string> lines)
    {
        var name = info.Name;
        var docs = Enumerable.Range(0, segment.MaxDoc);
        var scratch = new BytesRef();
        switch (info.DocValuesType)
        {
            case DocValuesType.NUMERIC:
                var numbers = segment.GetNumericDocValues(name);
                lines.Add($"numeric {name} " + string.Join(',', docs.Select(doc => numbers.Get(doc))));
                break;
            case DocValuesType.BINARY:
                var binary = segment.GetBinaryDocValues(name);
                lines.Add($"binary {name} " + string.Join(',', docs.Select(doc =>
                {
                    binary.Get(doc, scratch);
                    return Convert.ToHexString(scratch.Bytes, scratch.Offset, scratch.Length);
                })));
                break;
            case DocValuesType.SORTED:
                var sorted = segment.GetSortedDocValues(name);
                lines.Add($"sorted {name} " + string.Join(',', docs.Select(doc =>
                {
                    sorted.Get(doc, scratch);
                    return $"{sorted.GetOrd(doc)}:{scratch.Utf8ToString()}";
                })));
                break;
            case DocValuesType.SORTED_SET:
                var set = segment.GetSortedSetDocValues(name);
                foreach (var doc in docs)
                {
                    set.SetDocument(doc);
                    var values = new List<string>();
                    for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
                    {
                        set.LookupOrd(ord, scratch);
                        values.Add($"{ord}:{scratch.Utf8ToString()}");
                    }

                    lines.Add($"sortedSet {name} {doc} {string.Join(',', values)}");
                }

                break;
        }

        if (info.HasDocValues)
        {
            var present = segment.GetDocsWithField(name);
            lines.Add($"docsWithField {name} " + string.Join(',', docs.Where(present.Get)));
        }
    }
}
