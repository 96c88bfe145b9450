using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Index;

/// <summary>Turns a catalog entry into its Lucene document.</summary>
internal sealed class CatalogDocumentBuilder(HubTaxonomy taxonomy)
{
    /// <summary>
    /// Body fields keep each term's character offsets in their postings, so a snippet is cut from
    /// the postings of the page's hits without analysing their descriptions again (SmartCn took
    /// 0.4 ms a Chinese hit; the Latin-script analyzers about 30 µs a hit). Term vectors did the
    /// same for Chinese only, at the cost of decompressing a block per hit.
    /// </summary>
    private static readonly FieldType BodyWithOffsets = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public Document Build(CatalogEntry entry)
    {
        var body = string.Join("\n", new[] { entry.Description, string.Join(" ", entry.Keywords.Concat(ConceptLabels(entry))), entry.AttachmentText ?? "" }
            .Where(s => s.Length > 0));
        var doc = new Document
        {
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Id, new BytesRef(entry.Id)),
            new BinaryDocValuesField(IndexFields.Hit, new BytesRef(HitRecord.From(entry).Encode())),
            new BinaryDocValuesField(IndexFields.SearchedText, new BytesRef(SearchedTextDigest.Of(entry))),
            new Field(IndexFields.VocabularyTitle, entry.Title, VocabularyText),
            new Field(IndexFields.VocabularyBody, body, VocabularyText),
            new TextField(IndexFields.Organization, entry.Organization, Field.Store.NO),
            new NumericDocValuesField(IndexFields.PublishedAt, entry.PublishedAt.ToUnixTimeMilliseconds()),
            new NumericDocValuesField(IndexFields.EvidenceRank, taxonomy.EvidenceRank(entry.EvidenceLevel)),
        };

        // Each language of the resource that has an analyzer gets its own stemmed copy of the text;
        // a resource in none of them is searched through the neutral fields.
        var analyzed = entry.Languages.Where(LanguageAnalyzers.Covers).ToList();
        foreach (var language in analyzed)
        {
            doc.Add(new TextField(IndexFields.TitleIn(language), entry.Title, Field.Store.NO));
            doc.Add(new Field(IndexFields.BodyIn(language), body, BodyWithOffsets));
        }

        if (analyzed.Count == 0)
        {
            doc.Add(new TextField(IndexFields.Title, entry.Title, Field.Store.NO));
            doc.Add(new Field(IndexFields.Body, body, BodyWithOffsets));
        }

        var harmsWithAncestors = entry.Harms.SelectMany(taxonomy.HarmWithAncestors).Distinct(StringComparer.Ordinal);
        AddFacet(doc, Facets.Harm, harmsWithAncestors);
        AddFacet(doc, Facets.Age, taxonomy.AgeBandsFor(entry.AgeMin, entry.AgeMax));
        AddFacet(doc, Facets.Language, entry.Languages);
        AddFacet(doc, Facets.Audience, entry.Audiences);
        AddFacet(doc, Facets.Type, entry.ResourceType is null ? [] : [entry.ResourceType]);
        AddFacet(doc, Facets.Evidence, [entry.EvidenceLevel ?? "not-assessed"]);
        return doc;
    }

    /// <summary>
    /// The labels of the resource's harms, audiences and type in its own languages, so that words
    /// such as "lesson plan" or "ciberacoso" find resources tagged with them whose text does not
    /// use those words.
    /// </summary>
    private IEnumerable<string> ConceptLabels(CatalogEntry entry)
    {
        var concepts = entry.Harms.Select(h => (Facets.Harm, h))
            .Concat(entry.Audiences.Select(a => (Facets.Audience, a)))
            .Concat(entry.ResourceType is null ? [] : [(Facets.Type, entry.ResourceType)]);
        var languages = entry.Languages.Where(l => taxonomy.UiLanguages.Contains(l)).ToList();
        return concepts
            .SelectMany(c => languages.Select(l => taxonomy.Label(c.Item1, c.Item2, l)))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// The neutral vocabulary copies only answer "which documents hold this term" (typo tolerance,
    /// "did you mean", title autocomplete): no frequencies, positions or norms to write.
    /// </summary>
    private static readonly FieldType VocabularyText = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>
    /// A facet value is indexed twice: as a term for filtering (one field per facet, read back into
    /// one term per value by <see cref="FacetValuesAnalyzer"/>) and as SortedSet doc values for counting.
    /// The terms are right only when the writer analyses with <see cref="IndexAnalysis.CreateWritingAnalyzer"/>
    /// (or <see cref="IndexAnalysis.CreateAnalyzer"/>), which map the facet fields to that analyzer.
    /// </summary>
    private static void AddFacet(Document doc, string field, IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        doc.Add(new Field(field, FacetValuesAnalyzer.Join(distinct), FacetTerms));
        foreach (var value in distinct)
        {
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }
    }

    /// <summary>What a <c>StringField</c> indexes (no frequencies, positions or norms), from several values.</summary>
    private static readonly FieldType FacetTerms = Frozen(new FieldType(StringField.TYPE_NOT_STORED) { IsTokenized = true });
}
