using System.Text.Json;

namespace GoSafer.Indexer.Taxonomy;

/// <summary>Loads and validates taxonomy data; any duplicate or dangling ID fails loudly at start.</summary>
public static class TaxonomyLoader
{
    internal const string ResourceName = "GoSafer.Indexer.taxonomy.v1.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<HubTaxonomy> Embedded = new(() =>
    {
        using var stream = typeof(TaxonomyLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream);
    });

    /// <summary>The taxonomy shipped with this build (parsed once per process).</summary>
    public static HubTaxonomy LoadEmbedded() => Embedded.Value;

    public static HubTaxonomy Load(Stream json)
    {
        TaxonomyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<TaxonomyDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new TaxonomyException([$"not valid taxonomy JSON: {e.Message}"]);
        }

        if (document is null)
        {
            throw new TaxonomyException(["the taxonomy file is empty"]);
        }

        var problems = Validate(document);
        return problems.Count > 0 ? throw new TaxonomyException(problems) : new HubTaxonomy(document);
    }

    private static List<string> Validate(TaxonomyDocument d)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(d.Version))
        {
            problems.Add("version is missing");
        }

        if (d.UiLanguages is null || d.UiLanguages.Count == 0 || !d.UiLanguages.Contains("en"))
        {
            problems.Add("uiLanguages must list at least 'en' (the fallback)");
            return problems;
        }

        var lists = new (string Name, IReadOnlyList<Concept>? Items)[]
        {
            ("riskClasses", d.RiskClasses), ("ageBands", d.AgeBands), ("harms", d.Harms),
            ("audiences", d.Audiences), ("resourceTypes", d.ResourceTypes),
            ("evidenceLevels", d.EvidenceLevels), ("contentLanguages", d.ContentLanguages),
        };
        foreach (var (name, items) in lists)
        {
            if (items is null || items.Count == 0)
            {
                problems.Add($"{name} is empty");
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item.Id))
                {
                    problems.Add($"{name} has an entry without id");
                }
                else if (!seen.Add(item.Id))
                {
                    problems.Add($"{name}: duplicate id '{item.Id}'");
                }

                foreach (var ui in d.UiLanguages)
                {
                    if (item.Labels is null || !item.Labels.TryGetValue(ui, out var label) || string.IsNullOrWhiteSpace(label))
                    {
                        problems.Add($"{name}: '{item.Id}' has no '{ui}' label");
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var riskClasses = d.RiskClasses.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var harmsSoFar = new HashSet<string>(StringComparer.Ordinal);
        foreach (var harm in d.Harms)
        {
            if (harm.Parent is not null && !harmsSoFar.Contains(harm.Parent))
            {
                problems.Add($"harms: '{harm.Id}' names parent '{harm.Parent}', which is not defined before it");
            }

            if (harm.Parent is not null && !harm.Id.StartsWith(harm.Parent + "/", StringComparison.Ordinal))
            {
                problems.Add($"harms: '{harm.Id}' must be written '{harm.Parent}/…' under its parent");
            }

            if (harm.RiskClasses is null || harm.RiskClasses.Count == 0)
            {
                problems.Add($"harms: '{harm.Id}' has no ITU risk class");
            }
            else
            {
                problems.AddRange(harm.RiskClasses.Where(r => !riskClasses.Contains(r))
                    .Select(r => $"harms: '{harm.Id}' names unknown risk class '{r}'"));
            }

            harmsSoFar.Add(harm.Id);
        }

        foreach (var band in d.AgeBands)
        {
            if (band.Min < 0 || band.Max > 18 || band.Min > band.Max)
            {
                problems.Add($"ageBands: '{band.Id}' has an invalid range {band.Min}..{band.Max}");
            }
        }

        foreach (var term in d.DeprecatedTerms ?? [])
        {
            if (!harmsSoFar.Contains(term.Preferred))
            {
                problems.Add($"deprecatedTerms: '{term.Term}' maps to unknown concept '{term.Preferred}'");
            }
        }

        return problems;
    }
}
