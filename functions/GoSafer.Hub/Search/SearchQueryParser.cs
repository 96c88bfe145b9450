using System.Globalization;
using GoSafer.Hub.Validation;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Taxonomy;
using Microsoft.AspNetCore.Http;

namespace GoSafer.Hub.Search;

/// <summary>
/// Turns the query string of <c>GET /api/search</c> into a <see cref="SearchRequest"/>, naming
/// every bad parameter. A facet parameter may repeat (<c>harm=a&amp;harm=b</c>) or carry
/// comma-separated values; both OR the values.
/// </summary>
public sealed class SearchQueryParser(HubTaxonomy taxonomy)
{
    public const int MaxQueryLength = 500;
    public const int MaxPage = 500;

    public ParseResult<SearchRequest> Parse(IQueryCollection query)
    {
        var errors = new FieldErrors();
        var text = query["q"].ToString().Trim();
        if (text.Length > MaxQueryLength)
        {
            errors.Add("q", $"must be at most {MaxQueryLength} characters; got {text.Length}");
        }

        var page = Integer(query, "page", 1, 1, MaxPage, errors);
        var pageSize = Integer(query, "pageSize", 20, 1, SearchRequest.MaxPageSize, errors);
        var sort = SearchSort.Relevance;
        var sortText = query["sort"].ToString();
        if (sortText.Length > 0 && !Enum.TryParse(sortText, ignoreCase: true, out sort))
        {
            errors.Add("sort", $"'{sortText}' is not a sort order; valid: relevance, newest, evidence");
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in Facets.All)
        {
            var values = query[facet]
                .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var bad = values.Where(v => !IsValid(facet, v)).ToList();
            if (bad.Count > 0)
            {
                errors.Add(facet, facet == Facets.Language
                    ? $"not ISO 639-1 language codes: {string.Join(", ", bad)}"
                    : $"unknown values: {string.Join(", ", bad)}; valid: {string.Join(", ", taxonomy.Ids(facet))}");
            }
            else if (values.Count > 0)
            {
                filters[facet] = values;
            }
        }

        if (errors.Any)
        {
            return new(null, errors);
        }

        return new(new SearchRequest
        {
            Query = text,
            Filters = filters,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
            Ui = taxonomy.UiLanguageOrDefault(query["ui"]),
        }, errors);
    }

    private bool IsValid(string facet, string value) =>
        facet == Facets.Language ? LanguageTags.IsIso6391(value) : taxonomy.IsKnown(facet, value);

    private static int Integer(IQueryCollection query, string name, int fallback, int min, int max, FieldErrors errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(name, $"must be a whole number from {min} to {max}; got '{text}'");
            return fallback;
        }

        return value;
    }
}
