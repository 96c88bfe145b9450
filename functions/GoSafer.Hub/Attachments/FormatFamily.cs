namespace GoSafer.Hub.Attachments;

/// <summary>The broad groups of refused formats; each has its own sentence in <see cref="AttachmentRefusals"/>.</summary>
internal enum FormatFamily
{
    Image,
    AudioVideo,
    Archive,
    Program,
    UnsupportedDocument,
    Other,
}
