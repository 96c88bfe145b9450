namespace GoSafer.Hub.Attachments;

/// <summary>
/// The attachment is of an accepted kind but its text cannot be read (damaged, encrypted, or
/// outside the limits); the message is fit to show the submitter.
/// </summary>
public sealed class AttachmentUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
