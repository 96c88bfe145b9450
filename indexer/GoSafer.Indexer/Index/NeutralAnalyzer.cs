using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace GoSafer.Indexer.Index;

/// <summary>
/// The language-neutral chain for fields every resource has: Unicode word segmentation,
/// lower-casing and accent folding (so "harcelement" finds "harcèlement"), no stop words and no
/// stemming (both are language-specific). Han characters become one token each, so phrase
/// queries over them behave as substring matches.
/// </summary>
/// <param name="vocabularyWriter">
/// For writing the body vocabulary (<see cref="IndexFields.VocabularyBody"/>, which records only which
/// documents hold a term): each term once per text (<see cref="DistinctTermsFilter"/>), and no term of
/// one UTF-16 unit (a Han ideograph, "a", "y", "и"). Its readers do not reach one: typo tolerance takes
/// words of four units or more with one edit (eight or more with two), "did you mean" words of three
/// or more with one edit (eight or more with two), and neither may change the first character, so the
/// shortest term either reaches has two characters. The one exception is a word that mixes a letter
/// with one outside the Basic Multilingual Plane ("x𝐲" is three units but two characters), which no
/// catalog language writes. Han text gave four tokens in ten of that field.
/// </param>
internal sealed class NeutralAnalyzer(bool vocabularyWriter = false) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(IndexAnalysis.Version, reader);
        TokenStream stream = new SpanLowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        if (vocabularyWriter)
        {
            stream = new DistinctTermsFilter(new LengthFilter(IndexAnalysis.Version, stream, 2, int.MaxValue));
        }

        return new TokenStreamComponents(source, stream);
    }
}
