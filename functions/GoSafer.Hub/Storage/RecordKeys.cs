using System.Text.RegularExpressions;

namespace GoSafer.Hub.Storage;

/// <summary>The key layout of the record store and the rule every key obeys.</summary>
public static partial class RecordKeys
{
    public const string Submissions = "submissions/";
    public const string Published = "published/";
    public const string Attachments = "attachments/";
    public const string Audit = "audit/";

    public static string Submission(string id) => $"{Submissions}{id}.json";

    public static string PublishedResource(string id) => $"{Published}{id}.json";

    /// <summary>The original attached file of one submission version (for reviewers; never public).</summary>
    public static string AttachmentFile(string id, int version) => $"{Attachments}{id}-v{version}.bin";

    /// <summary>The text extracted from that file.</summary>
    public static string AttachmentText(string id, int version) => $"{Attachments}{id}-v{version}.txt";

    /// <summary>The attachment text of a published resource: indexed, never served.</summary>
    public static string PublishedText(string id) => $"published-text/{id}.txt";

    /// <summary>The ID in a key made by one of the methods above.</summary>
    public static string IdOf(string key) => Path.GetFileNameWithoutExtension(key);

    /// <summary>
    /// Keys are lower-case relative paths of safe segments, so no key can escape the store's root
    /// or collide on a case-insensitive file system.
    /// </summary>
    public static void Validate(string key)
    {
        if (!KeyShape().IsMatch(key))
        {
            throw new ArgumentException($"'{key}' is not a valid record key", nameof(key));
        }
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_\-]*(\/[a-z0-9][a-z0-9_\-]*)*\.[a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
