namespace GoSafer.Hub.Attachments;

/// <summary>The sentences shown to a submitter whose attachment is refused.</summary>
internal static class AttachmentRefusals
{
    private const string WhatToAttach = "Attach a PDF, DOCX, HTML or plain-text (UTF-8) document.";

    public static string Empty => $"The file is empty. {WhatToAttach}";

    public static string TooLarge =>
        $"The file is larger than {AttachmentLimits.MaxBytes / (1024 * 1024)} MB. Attach a smaller document or link to it instead.";

    public static string UnrecognisedBinary =>
        $"The file is binary data of an unrecognised type, not a PDF, DOCX, HTML or plain-text document. {WhatToAttach}";

    public static string NotUnicodeText =>
        "The file is neither a PDF nor a DOCX, and it is not UTF-8 or UTF-16 text. If it is text in another encoding, save it as UTF-8.";

    /// <summary>For a container that is recognisable but broken: <paramref name="what"/> reads "Office document".</summary>
    public static string Damaged(string what) =>
        $"The file looks like a damaged {what}. Save it again and re-attach it, or attach a PDF, DOCX, HTML or plain-text (UTF-8) document.";

    public static string ExpandsTooFar =>
        $"The Word document expands to more than {AttachmentLimits.MaxDocxMainPartBytes / (1024 * 1024)} MB of text markup, "
        + "which no real document needs. Attach it as PDF or split it.";

    public static string For(RecognisedFormat format)
    {
        var rule = format.Family switch
        {
            FormatFamily.Image => "images are not accepted",
            FormatFamily.AudioVideo => "video and audio are not accepted",
            FormatFamily.Archive => "archives are not accepted",
            FormatFamily.Program => "programs and scripts are not accepted",
            FormatFamily.UnsupportedDocument => "this document type is not supported",
            _ => "this file type is not accepted",
        };
        return $"The file is {format.LooksLike}; {rule}. {WhatToAttach}";
    }
}
