using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GoSafer.Hub.Attachments;
using GoSafer.Hub.Http;
using GoSafer.Hub.Submissions;
using GoSafer.Hub.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace GoSafer.Hub.Intake;

/// <summary>
/// Reads a <c>multipart/form-data</c> resource submission: a <c>resource</c> part with the JSON
/// contract and an optional <c>attachment</c> part (PDF, DOCX, HTML or plain text, at most
/// 20 MB). The attachment's type is decided from its bytes; its text is extracted here, before
/// anything is stored, so a refused document stores nothing.
/// </summary>
public static class MultipartSubmission
{
    public const string ResourcePart = "resource";
    public const string AttachmentPart = "attachment";

    public static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task<(JsonDocument? Document, ReceivedAttachment? Attachment, IResult? Problem)> ReadAsync(
        HttpRequest request, int maxJsonBytes, CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, null, Problems.Validation("$", "multipart/form-data needs a boundary"));
        }

        var reader = new MultipartReader(boundary, request.Body);
        JsonDocument? document = null;
        ReceivedAttachment? attachment = null;
        var errors = new FieldErrors();
        try
        {
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(cancellationToken)) is not null)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value;
                if (name == ResourcePart && document is null)
                {
                    var json = await AttachmentUpload.ReadAsync(section.Body, maxJsonBytes, cancellationToken);
                    if (json is null)
                    {
                        return (null, null, Problems.TooLarge(maxJsonBytes));
                    }

                    document = ParseJson(json, errors);
                }
                else if (name == AttachmentPart && attachment is null)
                {
                    var bytes = await AttachmentUpload.ReadAsync(section.Body, AttachmentLimits.MaxBytes, cancellationToken);
                    if (bytes is null)
                    {
                        return (null, null, Problems.TooLarge(AttachmentLimits.MaxBytes));
                    }

                    attachment = Inspect(bytes, disposition?.FileName.Value ?? disposition?.FileNameStar.Value, errors, cancellationToken);
                }
                else
                {
                    errors.Add(name ?? "$", $"unexpected part; send one '{ResourcePart}' part (JSON) and at most one '{AttachmentPart}' part");
                }
            }
        }
        catch (IOException)
        {
            return (null, null, Problems.Validation("$", "the multipart body is malformed or incomplete"));
        }

        if (document is null && !errors.Any)
        {
            errors.Add(ResourcePart, "is required: a part holding the resource as JSON");
        }

        if (errors.Any)
        {
            document?.Dispose();
            return (null, null, Problems.Validation(errors));
        }

        return (document, attachment, null);
    }

    private static JsonDocument? ParseJson(byte[] json, FieldErrors errors)
    {
        try
        {
            return JsonDocument.Parse(json, JsonBody.Options);
        }
        catch (JsonException e)
        {
            errors.Add(ResourcePart, $"is not valid JSON: {e.Message}");
            return null;
        }
    }

    private static ReceivedAttachment? Inspect(byte[] bytes, string? fileName, FieldErrors errors, CancellationToken cancellationToken)
    {
        var check = AttachmentSniffer.Inspect(bytes);
        if (!check.IsAccepted)
        {
            errors.Add(AttachmentPart, check.Refusal);
            return null;
        }

        try
        {
            var text = AttachmentTextExtractor.Extract(bytes, check.Kind.Value, cancellationToken);
            var info = new AttachmentInfo(
                SafeFileName(fileName, check.Kind.Value),
                check.Kind.Value.ToString().ToLowerInvariant(),
                bytes.Length,
                Convert.ToHexStringLower(SHA256.HashData(bytes)),
                text.Length);
            return new ReceivedAttachment(bytes, text, info);
        }
        catch (AttachmentUnreadableException e)
        {
            errors.Add(AttachmentPart, e.Message);
            return null;
        }
    }

    /// <summary>The last path segment, without control characters, at most 200 characters.</summary>
    private static string SafeFileName(string? fileName, AttachmentKind kind)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var clean = new StringBuilder();
        foreach (var c in name.Where(c => !char.IsControl(c)).Take(200))
        {
            clean.Append(c);
        }

        return clean.Length > 0 ? clean.ToString() : $"attachment.{kind.ToString().ToLowerInvariant()}";
    }
}
