using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GoSafer.Indexer.Tests.Index;

public sealed class FacetTermsTests
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();

    [Fact]
    public void Facet_values_read_back_as_one_verbatim_term_each()
    {
        using var analyzer = new FacetValuesAnalyzer();

        var tokens = AnalysisTests.Tokens(analyzer, Facets.Harm, FacetValuesAnalyzer.Join(["ocsea/grooming", "Mixed Case value", "", "ocsea"]));

        Assert.Equal(["ocsea/grooming", "Mixed Case value", "", "ocsea"], tokens);
    }

    [Fact]
    public void A_value_holding_the_separator_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => FacetValuesAnalyzer.Join(["a", $"b{FacetValuesAnalyzer.Separator}c"]));
        Assert.Contains("U+001F", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_has_the_facet_terms_and_doc_freqs_of_one_StringField_per_value()
    {
        var entries = new[]
        {
            Entry("a", harms: ["ocsea/grooming", "ocsea/sextortion"], languages: ["en", "fr"], audiences: ["educators", "parents"], ageMin: 9, ageMax: 12),
            Entry("b", harms: ["ocsea/grooming"], languages: ["ar"], audiences: ["children", ""], ageMin: 13, ageMax: 17),
        };
        using var index = LuceneIndexStore.InMemory(Taxonomy);
        foreach (var entry in entries)
        {
            index.Upsert(entry);
        }

        index.Commit();
        using var reference = ReferenceIndex(entries);
        using var lease = index.AcquireSearcher();
        foreach (var facet in Facets.All)
        {
            var expected = TermsWithDocFreq(reference, facet);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, TermsWithDocFreq(lease.Searcher.IndexReader, facet));
            var expectedInfo = MultiFields.GetMergedFieldInfos(reference).FieldInfo(facet);
            var info = MultiFields.GetMergedFieldInfos(lease.Searcher.IndexReader).FieldInfo(facet);
            Assert.Equal((expectedInfo.IndexOptions, expectedInfo.HasNorms), (info.IndexOptions, info.HasNorms));
        }

        Assert.Equal(":1", TermsWithDocFreq(lease.Searcher.IndexReader, Facets.Audience)[0]); // the empty value, as a StringField indexes it

        Assert.Equal(2, lease.Searcher.Search(new TermQuery(new Term(Facets.Harm, "ocsea")), 10).TotalHits);
    }

    /// <summary>The index the facets used to make: a StringField per distinct value.</summary>
    private static DirectoryReader ReferenceIndex(IEnumerable<CatalogEntry> entries)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, new KeywordAnalyzer())))
        {
            foreach (var entry in entries)
            {
                var doc = new Document();
                Add(doc, Facets.Harm, entry.Harms.SelectMany(Taxonomy.HarmWithAncestors));
                Add(doc, Facets.Age, Taxonomy.AgeBandsFor(entry.AgeMin, entry.AgeMax));
                Add(doc, Facets.Language, entry.Languages);
                Add(doc, Facets.Audience, entry.Audiences);
                Add(doc, Facets.Type, entry.ResourceType is null ? [] : [entry.ResourceType]);
                Add(doc, Facets.Evidence, [entry.EvidenceLevel ?? "not-assessed"]);
                writer.AddDocument(doc);
            }
        }

        return DirectoryReader.Open(directory);
    }

    private static void Add(Document doc, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static List<string> TermsWithDocFreq(IndexReader reader, string field)
    {
        var result = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return result;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            result.Add($"{termsEnum.Term.Utf8ToString()}:{termsEnum.DocFreq}");
        }

        return result;
    }

    private static CatalogEntry Entry(string id, string[] harms, string[] languages, string[] audiences, int ageMin, int ageMax) => SampleEntry.Create(id) with
    {
        Languages = languages,
        Harms = harms,
        Audiences = audiences,
        ResourceType = "lesson-plan",
        AgeMin = ageMin,
        AgeMax = ageMax,
    };
}
