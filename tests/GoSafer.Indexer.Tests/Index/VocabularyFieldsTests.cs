using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Taxonomy;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GoSafer.Indexer.Tests.Index;

public sealed class VocabularyFieldsTests
{
    private static readonly HubTaxonomy Taxonomy = TaxonomyLoader.LoadEmbedded();

    [Fact]
    public void The_writer_passes_each_body_vocabulary_term_of_a_text_once_and_no_single_characters()
    {
        using var reading = IndexAnalysis.CreateAnalyzer();
        using var analyzer = IndexAnalysis.CreateWritingAnalyzer(reading);

        Assert.Equal(["grooming", "online", "safety", "to"], AnalysisTests.Tokens(analyzer, IndexFields.VocabularyBody, "Grooming, grooming a GROOMING online; 网络 online safety в to"));
        Assert.Equal(["online", "grooming"], AnalysisTests.Tokens(analyzer, IndexFields.VocabularyBody, "online grooming grooming"));
        Assert.Equal(["网", "络", "网"], AnalysisTests.Tokens(analyzer, IndexFields.VocabularyTitle, "网络网"));
    }

    [Fact]
    public void Searching_and_snippets_still_read_every_occurrence()
    {
        using var analyzer = IndexAnalysis.CreateAnalyzer();

        Assert.Equal(["online", "a", "grooming", "grooming", "网", "络"], AnalysisTests.Tokens(analyzer, IndexFields.VocabularyBody, "online a grooming grooming 网络"));
    }

    [Fact]
    public void The_index_differs_from_one_written_with_every_occurrence_only_by_the_single_character_vocabulary_terms()
    {
        CatalogEntry[] entries =
        [
            SampleEntry.Create("a") with { Title = "Grooming grooming: a guide", Description = "Online grooming. Online safety and online grooming signs.", Keywords = ["grooming"] },
            SampleEntry.Create("b") with { Title = "Safety online", Description = "Safety, safety, SAFETY at school; signs of sextortion.", AttachmentText = "sextortion signs signs" },
            SampleEntry.Create("c") with { Title = "网络安全 网络安全", Description = "保护儿童网络安全，保护儿童。", Languages = ["zh"] },
        ];
        using var index = LuceneIndexStore.InMemory(Taxonomy);
        foreach (var entry in entries)
        {
            index.Add(entry);
        }

        index.Commit();
        using var reference = EveryOccurrenceIndex(entries);
        using var lease = index.AcquireSearcher();
        var actual = lease.Searcher.IndexReader;
        Assert.Equal(FieldsOf(reference), FieldsOf(actual));
        foreach (var field in FieldsOf(reference).Where(f => f != IndexFields.VocabularyBody))
        {
            Assert.Equal(Postings(reference, field), Postings(actual, field));
        }

        var vocabulary = Postings(reference, IndexFields.VocabularyBody);
        Assert.Contains(vocabulary, p => p.Term == "网");
        Assert.Equal(vocabulary.Where(p => p.Term.Length > 1), Postings(actual, IndexFields.VocabularyBody));
        Assert.Equal(2, lease.Searcher.Search(new TermQuery(new Term(IndexFields.VocabularyBody, "signs")), 10).TotalHits);
    }

    /// <summary>The same documents written with the searching analysis, which passes every occurrence.</summary>
    private static DirectoryReader EveryOccurrenceIndex(IEnumerable<CatalogEntry> entries)
    {
        var directory = new RAMDirectory();
        var builder = new CatalogDocumentBuilder(Taxonomy);
        using (var analyzer = IndexAnalysis.CreateAnalyzer())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, analyzer) { Similarity = CatalogSearcherFactory.Similarity }))
        {
            foreach (var entry in entries)
            {
                writer.AddDocument(builder.Build(entry));
            }
        }

        return DirectoryReader.Open(directory);
    }

    private static List<string> FieldsOf(IndexReader reader) => [.. MultiFields.GetIndexedFields(reader).Order(StringComparer.Ordinal)];

    /// <summary>Each term with its document frequency, documents and total frequency (-1 where the field keeps none).</summary>
    private static List<(string Term, int DocFreq, string Docs, long TotalTermFreq)> Postings(IndexReader reader, string field)
    {
        var result = new List<(string, int, string, long)>();
        var termsEnum = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var docs = new List<int>();
            var postings = termsEnum.Docs(MultiFields.GetLiveDocs(reader), null, DocsFlags.NONE);
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Add(postings.DocID);
            }

            result.Add((termsEnum.Term.Utf8ToString(), termsEnum.DocFreq, string.Join(',', docs), termsEnum.TotalTermFreq));
        }

        return result;
    }
}
