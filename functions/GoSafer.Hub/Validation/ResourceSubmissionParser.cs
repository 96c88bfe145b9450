using System.Text.Json;
using System.Text.RegularExpressions;
using GoSafer.Hub.Contracts;
using GoSafer.Hub.Evidence;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Validation;

/// <summary>Validates and normalises the resource submission contract of DESIGN.md.</summary>
public sealed partial class ResourceSubmissionParser(HubTaxonomy taxonomy)
{
    public static IReadOnlyList<string> RatingSchemes => EvidenceCrosswalk.SchemeIds;

    public ParseResult<ResourceSubmission> Parse(JsonElement body)
    {
        var errors = new FieldErrors();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "the body must be a JSON object");
            return new(null, errors);
        }

        var r = new JsonObjectReader(body, "", errors);
        var title = r.Text("title", required: true, 3, 300);
        var description = r.Text("description", required: true, 20, 5000, TextKind.MultiLine);
        var url = FieldRules.Url(r, "url", required: true);
        var organization = r.Text("organization", required: true, 2, 300);
        var languages = r.Strings("languages", required: true, 20, 35, FieldRules.Language);
        var ageMin = r.WholeNumber("ageMin", required: false, 0, 18);
        var ageMax = r.WholeNumber("ageMax", required: false, 0, 18);
        if (ageMin > ageMax)
        {
            errors.Add("ageMax", $"must not be below ageMin ({ageMin}); got {ageMax}");
        }

        var harms = r.Strings("harms", required: false, 20, 100, FieldRules.TaxonomyId(taxonomy, Facets.Harm));
        var audiences = r.Strings("audiences", required: false, 10, 100, FieldRules.TaxonomyId(taxonomy, Facets.Audience));
        var resourceType = FieldRules.TaxonomyValue(r, "resourceType", taxonomy, Facets.Type, required: false);
        var countries = r.Strings("countries", required: false, 60, 2, FieldRules.Country);
        var license = r.Text("license", required: false, 1, 200);
        var publishedYear = r.WholeNumber("publishedYear", required: false, 1900, DateTime.UtcNow.Year + 1);
        var evidence = ParseEvidence(r.Child("evidence", required: false));
        var contact = ParseContact(r.Child("contact", required: true));
        Honeypot.Read(r);
        r.RejectUnknownFields();

        if (errors.Any)
        {
            return new(null, errors);
        }

        return new(new ResourceSubmission
        {
            Title = title!,
            Description = description!,
            Url = url!,
            Organization = organization!,
            Languages = languages,
            AgeMin = ageMin,
            AgeMax = ageMax,
            Harms = harms,
            Audiences = audiences,
            ResourceType = resourceType,
            Countries = countries,
            License = license,
            PublishedYear = publishedYear,
            Evidence = evidence,
            Contact = contact!,
        }, errors);
    }

    private EvidenceInfo? ParseEvidence(JsonObjectReader? e)
    {
        if (e is null)
        {
            return null;
        }

        var level = FieldRules.TaxonomyValue(e, "level", taxonomy, Facets.Evidence, required: false);
        var design = e.Text("design", required: false, 1, 200);
        var ratings = e.Children("ratings", 10).Select(ParseRating).OfType<NativeRating>().ToList();
        var citations = e.Children("citations", 50).Select(ParseCitation).OfType<Citation>().ToList();
        var lastChecked = FieldRules.Date(e, "lastChecked");
        if (lastChecked > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
        {
            e.Errors.Add(e.PathOf("lastChecked"), $"must not be in the future; got {lastChecked:yyyy-MM-dd}");
        }
        var ingredients = e.Strings("ingredients", required: false, 30, 60, Ingredient);
        var populations = e.Strings("populations", required: false, 20, 200, WithoutListSeparator);
        var countries = e.Strings("countries", required: false, 60, 2, FieldRules.Country);
        var outcomes = e.Strings("outcomes", required: false, 20, 200, WithoutListSeparator);
        e.RejectUnknownFields();
        return new EvidenceInfo
        {
            // Without a declared level the strongest native rating, through the crosswalk, sets it.
            Level = level ?? StrongestCrosswalkLevel(ratings),
            Populations = populations,
            Countries = countries,
            Outcomes = outcomes,
            Design = design,
            Ratings = ratings,
            Citations = citations,
            LastChecked = lastChecked,
            Ingredients = ingredients,
        };
    }

    private string? StrongestCrosswalkLevel(IReadOnlyList<NativeRating> ratings) =>
        ratings.Select(r => EvidenceCrosswalk.HubLevel(r.Scheme, r.Rating)).OfType<string>()
            .OrderByDescending(taxonomy.EvidenceRank).FirstOrDefault();

    private static NativeRating? ParseRating(JsonObjectReader r)
    {
        var scheme = r.Text("scheme", required: true, 2, 50);
        if (scheme is not null && !RatingSchemes.Contains(scheme, StringComparer.Ordinal))
        {
            r.Errors.Add(r.PathOf("scheme"), $"'{scheme}' is not a known rating scheme; valid: {string.Join(", ", RatingSchemes)}");
            scheme = null;
        }

        var rating = r.Text("rating", required: true, 1, 100);
        if (scheme is not null && rating is not null)
        {
            // Stored under the scheme's canonical label, so exports and the crosswalk agree on spelling.
            var known = EvidenceCrosswalk.Rating(scheme, rating);
            if (known is null)
            {
                r.Errors.Add(r.PathOf("rating"), $"'{rating}' is not a {scheme} rating; valid: {string.Join(", ", EvidenceCrosswalk.Scheme(scheme)!.Ratings.Select(x => x.Label))}");
            }

            rating = known?.Label;
        }

        var url = FieldRules.Url(r, "url", required: false);
        r.RejectUnknownFields();
        return scheme is null || rating is null ? null : new NativeRating(scheme, rating, url);
    }

    private static Citation? ParseCitation(JsonObjectReader r)
    {
        var doi = r.Text("doi", required: false, 4, 300);
        if (doi is not null && !DoiShape().IsMatch(doi))
        {
            r.Errors.Add(r.PathOf("doi"), "must be a DOI such as 10.1000/xyz123");
            doi = null;
        }

        var url = FieldRules.Url(r, "url", required: false);
        var text = r.Text("text", required: false, 1, 1000);
        r.RejectUnknownFields();
        if (doi is null && url is null && !r.Errors.Fields.Any(f => f.StartsWith(r.PathOf(""), StringComparison.Ordinal)))
        {
            r.Errors.Add(r.PathOf("doi"), "a citation needs a doi or a url");
            return null;
        }

        return doi is null && url is null ? null : new Citation(doi, url, text);
    }

    private static ContactDetails? ParseContact(JsonObjectReader? c)
    {
        if (c is null)
        {
            return null;
        }

        var name = c.Text("name", required: true, 1, FieldRules.MaxNameLength);
        var email = FieldRules.Email(c, "email");
        c.RejectUnknownFields();
        return name is null || email is null ? null : new ContactDetails(name, email);
    }

    /// <summary>";" separates list items in the CSV export, so an item may not hold one.</summary>
    private static (string?, string?) WithoutListSeparator(string item) =>
        item.Contains(';', StringComparison.Ordinal) ? (null, $"'{item}' must not contain ';' (it separates list items in CSV exports)") : (item, null);

    private static (string?, string?) Ingredient(string id) =>
        IngredientShape().IsMatch(id)
            ? (id, null)
            : (null, $"'{id}' must be a lower-case ingredient ID such as \"active-skill-based-learning\"");

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex DoiShape();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IngredientShape();
}
