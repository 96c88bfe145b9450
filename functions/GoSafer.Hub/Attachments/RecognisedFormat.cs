namespace GoSafer.Hub.Attachments;

/// <summary>A refused format identified from its bytes; <paramref name="LooksLike"/> reads "a PNG image".</summary>
internal sealed record RecognisedFormat(string LooksLike, FormatFamily Family);
