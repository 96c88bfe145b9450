using System.Text.Json;
using GoSafer.Hub.Contracts;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Hub.Validation;

/// <summary>Validates and normalises the nomination contract of DESIGN.md.</summary>
public sealed class NominationSubmissionParser(HubTaxonomy taxonomy)
{
    public ParseResult<NominationSubmission> Parse(JsonElement body)
    {
        var errors = new FieldErrors();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "the body must be a JSON object");
            return new(null, errors);
        }

        var r = new JsonObjectReader(body, "", errors);
        var nominee = ParseNominee(r.Child("nominee", required: true));
        var expertise = r.Strings("expertise", required: true, 20, 100, FieldRules.TaxonomyId(taxonomy, Facets.Harm));
        var languages = r.Strings("languages", required: false, 20, 35, FieldRules.Language);
        var regions = r.Strings("regions", required: false, 20, 100);
        var role = r.Text("role", required: true, 1, 20);
        if (role is not null && !NominationRoles.All.Contains(role, StringComparer.Ordinal))
        {
            errors.Add("role", $"'{role}' is not a role; valid: {string.Join(", ", NominationRoles.All)}");
        }

        var statement = r.Text("statement", required: true, 20, 5000, TextKind.MultiLine);
        var nominator = ParseNominator(r.Child("nominator", required: true));
        var consent = r.Flag("consent", required: true);
        if (consent == false)
        {
            errors.Add("consent", "must be true: the nominee's data can only be processed with consent");
        }

        var conflicts = r.Text("conflictsOfInterest", required: false, 1, 2000, TextKind.MultiLine);
        Honeypot.Read(r);
        r.RejectUnknownFields();

        if (errors.Any)
        {
            return new(null, errors);
        }

        return new(new NominationSubmission
        {
            Nominee = nominee!,
            Expertise = expertise,
            Languages = languages,
            Regions = regions,
            Role = role!,
            Statement = statement!,
            Nominator = nominator!,
            Consent = true,
            ConflictsOfInterest = conflicts,
        }, errors);
    }

    private static Nominee? ParseNominee(JsonObjectReader? n)
    {
        if (n is null)
        {
            return null;
        }

        var name = n.Text("name", required: true, 1, FieldRules.MaxNameLength);
        var email = FieldRules.Email(n, "email");
        var affiliation = n.Text("affiliation", required: true, 1, 300);
        var country = n.Text("country", required: false, 2, 2);
        if (country is not null)
        {
            var (code, error) = FieldRules.Country(country);
            if (error is not null)
            {
                n.Errors.Add(n.PathOf("country"), error);
            }

            country = code;
        }

        n.RejectUnknownFields();
        return name is null || email is null || affiliation is null ? null : new Nominee(name, email, affiliation, country);
    }

    private static Nominator? ParseNominator(JsonObjectReader? n)
    {
        if (n is null)
        {
            return null;
        }

        var name = n.Text("name", required: true, 1, FieldRules.MaxNameLength);
        var email = FieldRules.Email(n, "email");
        var organization = n.Text("organization", required: false, 1, 300);
        n.RejectUnknownFields();
        return name is null || email is null ? null : new Nominator(name, email, organization);
    }
}
