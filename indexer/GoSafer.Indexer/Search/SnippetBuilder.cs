using System.Text;
using Lucene.Net.Analysis;
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

    /// <summary>
    /// Marks the query's terms (extracted once per search) in the tokens of <paramref name="text"/>.
    /// A term scorer and a fixed-size fragmenter need no per-hit query analysis: the words of a
    /// phrase are marked wherever they occur, not only where the phrase does.
    /// </summary>
    /// <returns>The snippet, or null when none of the terms occurs in the tokens.</returns>
    public static (string Snippet, IReadOnlyList<int[]> Highlights)? Build(WeightedTerm[] terms, TokenStream tokens, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter(Open.ToString(), Close.ToString()), new QueryTermScorer(terms))
        {
            TextFragmenter = new SimpleFragmenter(FragmentChars),
        };
        var fragment = highlighter.GetBestFragment(tokens, text);
        return string.IsNullOrEmpty(fragment) ? null : Unmark(fragment.Trim(), text);
    }

    /// <summary>Text the highlighter can mark: the marker characters cannot occur in it.</summary>
    public static string Clean(string text) => text.Replace(Open, ' ').Replace(Close, ' ');

    /// <summary>The snippet of a resource without highlights: the start of its description.</summary>
    public static (string Snippet, IReadOnlyList<int[]> Highlights) Plain(string text) => (Lead(text), []);

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
