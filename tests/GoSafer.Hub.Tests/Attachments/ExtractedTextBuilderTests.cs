using GoSafer.Hub.Attachments;

namespace GoSafer.Hub.Tests.Attachments;

public sealed class ExtractedTextBuilderTests
{
    private static string Normalise(string raw, int maxChars = AttachmentLimits.MaxExtractedChars)
    {
        var builder = new ExtractedTextBuilder(maxChars);
        builder.Append(raw);
        return builder.ToString();
    }

    [Fact]
    public void Line_endings_spaces_and_blank_lines_are_normalised()
    {
        Assert.Equal("one two\nthree\n\nfour", Normalise("  one \t\u00A0two  \r\nthree\r\r\n\n\n\n  four \n\n"));
    }

    [Fact]
    public void Control_characters_and_byte_order_marks_are_dropped()
    {
        Assert.Equal("abc", Normalise("\uFEFFa\u0000b\u0007c\u0085"));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_text_is_nfc()
    {
        Assert.Equal("x\uFFFDy caf\u00E9", Normalise("x\uD800y cafe\u0301"));
    }

    [Fact]
    public void The_cap_never_splits_a_surrogate_pair()
    {
        var builder = new ExtractedTextBuilder(maxChars: 5);
        builder.Append("abcd😀 more");

        Assert.Equal("abcd", builder.ToString());
        Assert.True(builder.IsFull);
    }
}
