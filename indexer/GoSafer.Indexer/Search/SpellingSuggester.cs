using GoSafer.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Search;

/// <summary>
/// "Did you mean": each plain word that no resource contains is replaced by the index word
/// nearest to it (fewest edits, then most documents), drawn from the neutral title and body
/// vocabulary with <see cref="FuzzyTermsEnum"/>.
/// </summary>
internal sealed class SpellingSuggester(CatalogQueryBuilder builder)
{
    private static readonly string[] Fields = [IndexFields.VocabularyTitle, IndexFields.VocabularyBody];

    public string? Suggest(IndexReader reader, IReadOnlyList<QueryPart> parts)
    {
        var changed = false;
        var corrected = new List<QueryPart>(parts.Count);
        foreach (var part in parts)
        {
            var token = part.IsPhrase || part.Occur == PartOccur.Excluded ? null : builder.NeutralToken(part.Text);
            var replacement = token is { Length: >= 3 } && DocFreq(reader, token) == 0 ? Nearest(reader, token) : null;
            changed |= replacement is not null;
            corrected.Add(replacement is null ? part : part with { Text = replacement });
        }

        return changed ? UserQuery.Format(corrected) : null;
    }

    private static int DocFreq(IndexReader reader, string token) =>
        Fields.Sum(f => reader.DocFreq(new Term(f, token)));

    private static string? Nearest(IndexReader reader, string token)
    {
        var maxEdits = token.Length >= 8 ? 2 : 1;
        (string Term, int Edits, int DocFreq)? best = null;
        foreach (var field in Fields)
        {
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            var candidates = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(field, token), maxEdits, 1, transpositions: true);
            var seen = 0;
            while (candidates.MoveNext() && seen++ < 200)
            {
                var candidate = candidates.Term.Utf8ToString();
                var edits = EditDistance(token, candidate);
                var docFreq = candidates.DocFreq;
                if (best is null || edits < best.Value.Edits || (edits == best.Value.Edits && docFreq > best.Value.DocFreq))
                {
                    best = (candidate, edits, docFreq);
                }
            }
        }

        return best?.Term;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
