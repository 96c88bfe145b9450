using System.Text;
using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;
using GoSafer.Indexer.Search;
using GoSafer.Indexer.Search.Snippets;
using GoSafer.Indexer.Taxonomy;
using GoSafer.Indexer.Tests.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace GoSafer.Indexer.Tests.Search;

public sealed class SnippetCutterTests : IDisposable
{
    private const string Filler = "Parents and carers often ask how to talk about the internet with young children at home. ";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Analyzer _analyzer = IndexAnalysis.CreateAnalyzer();
    private readonly SnippetCutter _cutter = new();

    public void Dispose() => _analyzer.Dispose();

    [Fact]
    public void The_window_with_the_most_distinct_terms_wins_over_an_earlier_one_with_repeats()
    {
        var text = "Grooming grooming grooming. " + Repeat(4) + "Online grooming is explained here. " + Repeat(3);

        var snippet = Cut(IndexFields.Body, text, "grooming", "online");

        Assert.StartsWith("…", snippet.Text);
        Assert.Equal(["Online", "grooming"], Highlighted(snippet));
    }

    [Fact]
    public void The_earliest_window_wins_a_tie()
    {
        var text = Repeat(2) + "A word on sextortion first. " + Repeat(3) + "And sextortion again later. " + Repeat(2);

        // No window holds both terms, so every window is weighed before the choice.
        var snippet = Cut(IndexFields.Body, text, "sextortion", "blackmail");

        Assert.Contains("sextortion first", snippet.Text);
        Assert.DoesNotContain("again later", snippet.Text);
    }

    [Fact]
    public void An_early_match_is_shown_from_the_start_of_the_text()
    {
        var text = "Our sextortion guide. " + Repeat(4);

        var snippet = Cut(IndexFields.Body, text, "sextortion");

        Assert.StartsWith("Our sextortion guide.", snippet.Text);
        Assert.EndsWith("…", snippet.Text);
    }

    [Fact]
    public void Stopping_early_chooses_the_window_a_full_scan_chooses()
    {
        var words = new[] { "grooming", "online", "safety", "school", "consent", "image", "report", "help", "parents", "teachers" };
        var random = new Random(20261129);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(5, 160)).Select(_ => words[random.Next(words.Length)]));
            var query = Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(6)]).Distinct().ToArray();
            var terms = Terms(IndexFields.Body, query);

            var early = Cut(IndexFields.Body, text, terms, fullScan: false);
            var full = Cut(IndexFields.Body, text, terms, fullScan: true);

            Assert.Equal(full?.Text, early?.Text);
            Assert.Equal(full?.Highlights.Select(h => (h[0], h[1])), early?.Highlights.Select(h => (h[0], h[1])));
        }
    }

    [Fact]
    public void Stopping_at_the_last_position_the_postings_know_gives_the_snippet_of_a_full_scan()
    {
        var words = new[] { "the", "grooming", "online", "schools", "safety", "and", "consent", "images", "report", "of", "parents", "teaching" };
        var random = new Random(11);
        using var index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
        var descriptions = new Dictionary<string, string>();
        for (var i = 0; i < 60; i++)
        {
            var description = string.Join(' ', Enumerable.Range(0, random.Next(3, 120)).Select(_ => words[random.Next(words.Length)]));
            descriptions[$"d{i}"] = description;
            index.Upsert(new CatalogEntry
            {
                Id = $"d{i}",
                Title = "Title",
                Description = description,
                Keywords = [words[random.Next(words.Length)], words[random.Next(words.Length)]],
                Url = $"https://example.org/d{i}",
                Organization = "Sample Org",
                Languages = ["en"],
                PublishedAt = DateTimeOffset.UnixEpoch,
            });
        }

        index.Refresh();
        using var lease = index.AcquireSearcher();
        var occurrences = new Occurrences.Reader(lease.Searcher.IndexReader);
        var field = IndexFields.BodyIn("en");
        var skipped = 0;
        for (var round = 0; round < 40; round++)
        {
            var terms = Terms(field, Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(1, 7)]).ToArray());
            foreach (var (id, description) in descriptions)
            {
                var doc = lease.Searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs.Single().Doc;
                var known = occurrences.Of(doc, field, terms);
                var full = Cut(field, description, terms, fullScan: true);
                if (known.Terms == 0)
                {
                    Assert.Null(full);
                    skipped++;
                    continue;
                }

                using var tokens = _analyzer.GetTokenStream(field, description);
                var bounded = _cutter.FromTokens(terms, tokens, description, known);

                Assert.Equal(full?.Text, bounded?.Text);
                Assert.Equal(full?.Highlights.Select(h => (h[0], h[1])), bounded?.Highlights.Select(h => (h[0], h[1])));
            }
        }

        Assert.InRange(skipped, 1, (40 * 60) - 1);
    }

    [Fact]
    public void Offsets_read_from_postings_give_the_snippet_of_a_full_scan()
    {
        var field = IndexFields.BodyIn("en");
        var withOffsets = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        var words = new[] { "the", "grooming", "online", "schools", "safety", "and", "consent", "images", "report", "of", "parents", "teaching" };
        var random = new Random(5);
        var descriptions = Enumerable.Range(0, 40)
            .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(3, 120)).Select(_ => words[random.Next(words.Length)])))
            .ToList();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexAnalysis.Version, _analyzer)))
        {
            // As the hub's body fields: the description, then more text (keywords) the snippet must not show.
            writer.AddDocuments(descriptions.Select(d => new Document { new Field(field, d + "\nschools grooming", withOffsets) }));
        }

        using var reader = DirectoryReader.Open(directory);
        var postings = new Occurrences.Reader(reader);
        var compared = 0;
        for (var round = 0; round < 30; round++)
        {
            var terms = Terms(field, Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(1, 7)]).ToArray());
            for (var doc = 0; doc < descriptions.Count; doc++)
            {
                Assert.True(_cutter.TryFromPostings(postings, doc, field, terms, descriptions[doc], out var fromPostings));
                var full = Cut(field, descriptions[doc], terms, fullScan: true);

                Assert.Equal(full?.Text, fromPostings?.Text);
                Assert.Equal(full?.Highlights.Select(h => (h[0], h[1])), fromPostings?.Highlights.Select(h => (h[0], h[1])));
                compared += full is null ? 0 : 1;
            }
        }

        Assert.InRange(compared, 1, 30 * 40 - 1);
        Assert.False(_cutter.TryFromPostings(postings, 0, IndexFields.Body, Terms(IndexFields.Body, "grooming"), descriptions[0], out _));
    }

    [Fact]
    public void Highlights_are_offsets_in_the_snippet_after_its_leading_ellipsis()
    {
        var text = Repeat(5) + "Sextortion is blackmail with images, and sextortion can be reported. " + Repeat(3);

        var snippet = Cut(IndexFields.Body, text, "sextortion");

        Assert.StartsWith("…", snippet.Text);
        Assert.Equal(2, snippet.Highlights.Count);
        Assert.Equal(["Sextortion", "sextortion"], Highlighted(snippet));
        var start = text.IndexOf("Sextortion is", StringComparison.Ordinal);
        Assert.Equal(start, text.IndexOf(snippet.Text[1..^1], StringComparison.Ordinal) + snippet.Highlights[0][0] - 1);
    }

    [Theory]
    [InlineData("body.en", "Schools and teachers share the guide.", "school", "Schools")]
    [InlineData("body.fr", "Un guide pour les écoles et les enseignants.", "école", "écoles")]
    [InlineData("body.ru", "Пособие для учителей в школах и дома.", "школа", "школах")]
    [InlineData("body.ar", "دليل للمعلمين في المدرسة وفي البيت.", "مدرسة", "المدرسة")]
    public void Stemmed_forms_of_the_query_word_are_highlighted(string field, string text, string word, string expected)
    {
        var snippet = Cut(field, text, word);

        Assert.Equal(text, snippet.Text);
        Assert.Equal([expected], Highlighted(snippet));
    }

    [Fact]
    public void Chinese_snippets_read_from_the_postings_offsets_equal_those_of_a_fresh_analysis()
    {
        var description = string.Concat(Enumerable.Repeat("家长和照顾者经常问如何与孩子谈论互联网。", 8)) + "这份指南帮助教师在学校讨论网络安全。" + string.Concat(Enumerable.Repeat("孩子们在家里上网。", 10));
        using var index = LuceneIndexStore.InMemory(TaxonomyLoader.LoadEmbedded());
        index.Upsert(new CatalogEntry
        {
            Id = "zh",
            Title = "网络安全",
            Description = description,
            Keywords = ["教师", "网络"],
            Url = "https://example.org/zh",
            Organization = "Sample Org",
            Languages = ["zh"],
            PublishedAt = DateTimeOffset.UnixEpoch,
        });
        index.Refresh();
        using var lease = index.AcquireSearcher();
        var doc = lease.Searcher.Search(new TermQuery(new Term(IndexFields.Id, "zh")), 1).ScoreDocs.Single().Doc;
        var field = IndexFields.BodyIn("zh");
        var terms = Terms(field, "教师", "网络");

        Assert.True(_cutter.TryFromPostings(new Occurrences.Reader(lease.Searcher.IndexReader), doc, field, terms, description, out var fromPostings));
        var fromTokens = Cut(field, description, terms, fullScan: false);

        Assert.NotNull(fromPostings);
        Assert.Equal(fromTokens?.Text, fromPostings.Value.Text);
        Assert.Equal(fromTokens?.Highlights.Select(h => (h[0], h[1])), fromPostings.Value.Highlights.Select(h => (h[0], h[1])));
        Assert.StartsWith("…", fromPostings.Value.Text);
        Assert.Contains("教师", Highlighted(fromPostings.Value));
    }

    [Fact]
    public void Highlights_never_reach_outside_the_snippet_and_its_edges_never_split_a_character()
    {
        var pieces = new[] { "grooming", "safety", "😀", "𠀀", "教师", "中", " ", " ", ". ", "é", "школа" };
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var field in new[] { IndexFields.Body, IndexFields.BodyIn("zh") })
            {
                if (Cut(field, text, Terms(field, "grooming", "safety", "教师"), fullScan: false) is not { } snippet)
                {
                    continue;
                }

                Assert.All(snippet.Highlights, h => Assert.True(h[0] >= 0 && h[1] > 0 && h[0] + h[1] <= snippet.Text.Length, $"{h[0]},{h[1]} in {snippet.Text.Length}"));
                var shown = snippet.Text.TrimStart('…').TrimEnd('…');
                Assert.Null(Record.Exception(() => StrictUtf8.GetByteCount(shown)));
                Assert.True(shown.Length <= SnippetWindow.Width);
            }
        }
    }

    [Fact]
    public void A_window_edge_inside_a_run_of_emoji_keeps_each_emoji_whole()
    {
        var text = "grooming " + string.Concat(Enumerable.Repeat("😀", 200));

        var snippet = Cut(IndexFields.Body, text, "grooming");

        Assert.EndsWith("😀…", snippet.Text);
        Assert.Equal(["grooming"], Highlighted(snippet));
    }

    [Fact]
    public void A_text_shorter_than_the_window_is_shown_whole()
    {
        const string text = "Online safety at school: a short guide.";

        var snippet = Cut(IndexFields.Body, text, "safety");

        Assert.Equal(text, snippet.Text);
        Assert.Equal(["safety"], Highlighted(snippet));
    }

    [Fact]
    public void A_text_without_the_terms_has_no_snippet()
    {
        Assert.Null(Cut(IndexFields.Body, "Nothing to see here.", Terms(IndexFields.Body, "grooming"), fullScan: false));
    }

    [Fact]
    public void Query_terms_leave_out_excluded_words_and_keep_each_word_of_a_phrase()
    {
        var query = new BooleanQuery
        {
            { new PhraseQuery { new Term(IndexFields.Body, "online"), new Term(IndexFields.Body, "safety") }, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Body, "grooming")), Occur.MUST_NOT },
            { new TermQuery(new Term(IndexFields.Title, "title")), Occur.SHOULD },
        };

        var terms = QueryTerms.Of(query).In(IndexFields.Body)!;

        Assert.Equal(2, terms.Count);
        Assert.True(terms.TryFind("online", out _));
        Assert.True(terms.TryFind("safety", out _));
        Assert.False(terms.TryFind("grooming", out _));
        Assert.Null(QueryTerms.Of(query).In(IndexFields.Organization));
    }

    private static string Repeat(int times) => string.Concat(Enumerable.Repeat(Filler, times));

    private static List<string> Highlighted(HitSnippet snippet) => snippet.Highlights.Select(h => snippet.Text.Substring(h[0], h[1])).ToList();

    private HitSnippet Cut(string field, string text, params string[] words) =>
        Cut(field, text, Terms(field, words), fullScan: false) ?? throw new InvalidOperationException("no snippet");

    private HitSnippet? Cut(string field, string text, FieldTerms terms, bool fullScan)
    {
        using var tokens = _analyzer.GetTokenStream(field, text);
        return _cutter.FromTokens(terms, tokens, text, Occurrences.Unknown, fullScan);
    }

    /// <summary>The terms a query for <paramref name="words"/> has in <paramref name="field"/>: their analysed forms.</summary>
    private FieldTerms Terms(string field, params string[] words) =>
        new(words.SelectMany(word => AnalysisTests.Tokens(_analyzer, field, word)));
}
