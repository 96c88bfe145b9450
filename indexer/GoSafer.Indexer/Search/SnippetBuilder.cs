using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace GoSafer.Indexer.Search;

/// <summary>
/// Builds a plain-text snippet and the ranges the query matched. Private-use characters mark the
/// matches while the highlighter runs; they are removed before anything leaves this class.
/// </summary>
internal static class SnippetBuilder
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';
    private const int FragmentChars = 220;

    public static (string Snippet, IReadOnlyList<int[]> Highlights) Build(
        Query? query, Analyzer analyzer, string field, string text)
    {
        if (query is not null)
        {
            // The fragmenter must share the highlighter's scorer: it reads the spans that scorer found.
            var scorer = new QueryScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter(Open.ToString(), Close.ToString()), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentChars),
            };
            var clean = text.Replace(Open, ' ').Replace(Close, ' ');
            var fragment = highlighter.GetBestFragment(analyzer, field, clean);
            if (!string.IsNullOrEmpty(fragment))
            {
                return Unmark(fragment.Trim(), clean);
            }
        }

        return (Lead(text), []);
    }

    private static (string, IReadOnlyList<int[]>) Unmark(string marked, string source)
    {
        var text = new StringBuilder(marked.Length);
        var ranges = new List<int[]>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
            {
                start = text.Length;
            }
            else if (c == Close && start >= 0)
            {
                ranges.Add([start, text.Length - start]);
                start = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        var plain = text.ToString();
        var ellipsisBefore = !source.StartsWith(plain, StringComparison.Ordinal);
        var ellipsisAfter = !source.EndsWith(plain, StringComparison.Ordinal);
        if (ellipsisBefore)
        {
            plain = "…" + plain;
            ranges = ranges.Select(r => new[] { r[0] + 1, r[1] }).ToList();
        }

        return (ellipsisAfter ? plain + "…" : plain, ranges);
    }

    private static string Lead(string text)
    {
        if (text.Length <= FragmentChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', FragmentChars);
        return text[..(cut > FragmentChars / 2 ? cut : FragmentChars)] + "…";
    }
}
