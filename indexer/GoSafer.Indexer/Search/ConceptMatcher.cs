using System.Globalization;
using System.Text;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Indexer.Search;

/// <summary>A run of query parts that names a harm concept, in any of the six UN languages.</summary>
public sealed record ConceptMatch(int Start, int Length, string Concept, DeprecatedTerm? Deprecated);

/// <summary>
/// Finds harm concepts named in a query through the taxonomy's labels, synonyms and deprecated
/// terms, so "grooming" also finds resources tagged <c>ocsea/grooming</c> in French or Arabic, and
/// "child pornography" finds <c>ocsea/csam</c> with a terminology notice.
/// </summary>
public sealed class ConceptMatcher
{
    private const int MaxPhraseWords = 6;
    private readonly Dictionary<string, (string Concept, DeprecatedTerm? Deprecated)> _phrases = new(StringComparer.Ordinal);

    public ConceptMatcher(HubTaxonomy taxonomy)
    {
        foreach (var harm in taxonomy.Document.Harms)
        {
            var names = harm.Labels.Values.Concat(harm.Synonyms?.Values.SelectMany(s => s) ?? []);
            foreach (var name in names)
            {
                _phrases.TryAdd(Normalize(name), (harm.Id, null));
            }
        }

        // Deprecated terms win over any synonym spelled the same way: the notice must be shown.
        foreach (var term in taxonomy.Document.DeprecatedTerms)
        {
            _phrases[Normalize(term.Term)] = (term.Preferred, term);
        }
    }

    /// <summary>Longest matches first, left to right, over consecutive non-excluded parts.</summary>
    public IReadOnlyList<ConceptMatch> Match(IReadOnlyList<QueryPart> parts)
    {
        var matches = new List<ConceptMatch>();
        var i = 0;
        while (i < parts.Count)
        {
            var found = false;
            for (var length = Math.Min(MaxPhraseWords, parts.Count - i); length >= 1 && !found; length--)
            {
                var run = parts.Skip(i).Take(length).ToList();
                if (run.Any(p => p.Occur == PartOccur.Excluded) || (length > 1 && run.Any(p => p.IsPhrase)))
                {
                    continue;
                }

                var key = Normalize(string.Join(' ', run.Select(p => p.Text)));
                if (_phrases.TryGetValue(key, out var concept))
                {
                    matches.Add(new ConceptMatch(i, length, concept.Concept, concept.Deprecated));
                    i += length;
                    found = true;
                }
            }

            if (!found)
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>Lower case without accents or Arabic diacritics, single spaces, no apostrophe variants.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '_')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c is '’' or '`' ? '\'' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
