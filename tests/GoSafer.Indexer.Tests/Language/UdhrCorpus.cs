using System.Collections.Frozen;
using System.Net;
using System.Text.RegularExpressions;

namespace GoSafer.Indexer.Tests.Language;

/// <summary>A paragraph (or list item) of one translation; article 0 is the preamble.</summary>
public sealed record UdhrParagraph(string Language, string Source, int Article, string Text);

/// <summary>A sentence kept out of training, to measure the detector on text it has not seen.</summary>
public sealed record HeldOutSentence(string Language, string Source, string Text);

/// <summary>
/// The Universal Declaration of Human Rights in 30 translations (tests/data/udhr) split into training
/// text and held-out sentences. The split is fixed: articles 4, 8, …, 28 are held out, the preamble and
/// the other 23 articles train the model.
/// </summary>
public sealed partial class UdhrCorpus
{
    /// <summary>File name (without .html) → ISO 639-1 code; variants of one language train one profile.</summary>
    public static readonly FrozenDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["arb"] = "ar", ["cmn_hans"] = "zh", ["cmn_hant"] = "zh", ["eng"] = "en", ["fra"] = "fr", ["rus"] = "ru",
        ["spa"] = "es", ["als"] = "sq", ["cat"] = "ca", ["deu_1996"] = "de", ["hin"] = "hi", ["hye"] = "hy",
        ["ind"] = "id", ["ita"] = "it", ["jpn"] = "ja", ["kaz"] = "kk", ["khk"] = "mn", ["khm"] = "km",
        ["kor"] = "ko", ["mly_latn"] = "ms", ["nep"] = "ne", ["nld"] = "nl", ["nya_chechewa"] = "ny",
        ["por_BR"] = "pt", ["por_PT"] = "pt", ["ssw"] = "ss", ["tha"] = "th", ["tur"] = "tr", ["ukr"] = "uk",
        ["urd"] = "ur",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly IReadOnlyList<string> UnLanguages = ["ar", "zh", "en", "fr", "ru", "es"];

    private UdhrCorpus(IReadOnlyList<UdhrParagraph> paragraphs) => Paragraphs = paragraphs;

    public IReadOnlyList<UdhrParagraph> Paragraphs { get; }

    /// <summary>The samples the shipped model is trained on.</summary>
    public IEnumerable<(string Language, string Text)> Training =>
        Paragraphs.Where(p => !IsHeldOut(p.Article)).Select(p => (p.Language, p.Text));

    /// <summary>The test sentences of the held-out articles.</summary>
    public IEnumerable<HeldOutSentence> HeldOut =>
        Paragraphs.Where(p => IsHeldOut(p.Article)).SelectMany(Sentences);

    /// <summary>
    /// The paragraph's sentences of at least 20 characters (8 in Chinese and Japanese, where a character is
    /// a word or more): sentence-length text, as in a resource title or description.
    /// </summary>
    public static IEnumerable<HeldOutSentence> Sentences(UdhrParagraph paragraph) =>
        from sentence in SentenceEnd().Split(paragraph.Text)
        let s = sentence.Trim()
        where s.Length >= (paragraph.Language is "zh" or "ja" ? 8 : 20)
        select new HeldOutSentence(paragraph.Language, paragraph.Source, s);

    public static bool IsHeldOut(int article) => article > 0 && article % 4 == 0;

    public static UdhrCorpus Load(string folder)
    {
        var paragraphs = new List<UdhrParagraph>();
        foreach (var path in Directory.GetFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var source = Path.GetFileNameWithoutExtension(path);
            if (!Files.TryGetValue(source, out var language))
            {
                throw new InvalidOperationException($"{path} is not one of the expected UDHR translations.");
            }

            foreach (Match section in Section().Matches(File.ReadAllText(path)))
            {
                var number = ArticleNumber().Match(section.Groups["attributes"].Value);
                var article = number.Success ? int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                foreach (Match block in Paragraph().Matches(section.Groups["body"].Value))
                {
                    var text = Whitespace().Replace(WebUtility.HtmlDecode(Tag().Replace(block.Groups["text"].Value, "")), " ").Trim();
                    if (text.Length > 0)
                    {
                        paragraphs.Add(new UdhrParagraph(language, source, article, text));
                    }
                }
            }
        }

        return new UdhrCorpus(paragraphs);
    }

    [GeneratedRegex("<(?<kind>header|article)(?<attributes>[^>]*)>(?<body>.*?)</\\k<kind>>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("data-number=\"(\\d+)\"")]
    private static partial Regex ArticleNumber();

    [GeneratedRegex("<(?<kind>p|li)>(?<text>.*?)</\\k<kind>>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    // After a full stop of any of the scripts: Latin/Cyrillic . ! ?, CJK 。！？, Arabic ؟, Urdu ۔,
    // Devanagari । ॥, Armenian ։, Khmer ។ ៕. Thai marks sentences with spaces only: a paragraph stays whole.
    [GeneratedRegex("(?<=[.!?。！？؟۔।॥։។៕])\\s*")]
    private static partial Regex SentenceEnd();
}
