using GoSafer.Indexer.Language;
using GoSafer.Indexer.Tagging;
using GoSafer.Indexer.Taxonomy;

namespace GoSafer.Benchmarks.Corpus;

/// <summary>
/// Tags every resource and uses the result as the hub does (PublishedResource.ToCatalogEntry):
/// declared values win, and the inferred harms (the most specific ones) fill the harms of a
/// resource that declares none. The generated resources declare everything else, so the
/// inferred ages, audiences and type are computed but never used.
/// </summary>
internal sealed class HubTagging(HubTaxonomy taxonomy)
{
    private readonly ResourceTagger _tagger = new(taxonomy, LanguageDetector.Default.Detect);

    public GeneratedResource Apply(GeneratedResource resource)
    {
        var inferred = _tagger.Tag(resource.Title, resource.Description);
        return resource.Harms.Count > 0 ? resource : resource with { Harms = [.. inferred.MostSpecificHarms().Select(h => h.Id)] };
    }
}
