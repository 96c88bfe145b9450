using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GoSafer.Hub.Publishing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GoSafer.Integration.Tests;

[Collection(HubHostCollection.Name)]
public sealed class AttachmentIntakeTests(HubHost host)
{
    private static byte[] Pdf(string text)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText(text, 12, new PdfPoint(40, 760), font);
        return builder.Build();
    }

    private static MultipartFormDataContent Form(JsonObject resource, byte[]? file, string fileName, string declaredType)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(resource.ToJsonString(), Encoding.UTF8, "application/json"), "resource" },
        };
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
            form.Add(part, "attachment", fileName);
        }

        return form;
    }

    private IReadOnlyDictionary<string, string> StoredFiles()
    {
        var records = Path.Combine(host.DataPath, "records");
        return Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".locks", StringComparison.Ordinal) && (f.Contains("submissions", StringComparison.Ordinal) || f.Contains("attachments", StringComparison.Ordinal)))
            .ToDictionary(f => f, f => Convert.ToHexString(File.ReadAllBytes(f)));
    }

    [Fact]
    public async Task A_pdf_attachment_is_stored_and_its_text_becomes_searchable_when_published()
    {
        var word = "attachmentword" + Guid.NewGuid().ToString("N")[..6];
        using var response = await host.Client.PostAsync("/api/resources",
            Form(Samples.Resource(), Pdf($"Workshop handout about {word} and online safety"), "handout.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        await host.Services.GetRequiredService<ResourcePublisher>().PublishAsync(id, default);
        var (search, _) = await host.WaitForSearchAsync($"/api/search?q={word}", total => total > 0);

        Assert.Equal(id, search["results"]![0]!["id"]!.GetValue<string>());
        var resource = await host.GetJsonAsync($"/api/resources/{id}");
        Assert.Equal("pdf", resource["attachment"]!["kind"]!.GetValue<string>());
        Assert.DoesNotContain(word, resource.ToJsonString());
        Assert.DoesNotContain("handout.pdf", resource.ToJsonString());
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "picture.pdf", "image")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0 }, "notes.txt", "program")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0 }, "lesson.docx", "")]
    public async Task A_refused_file_type_is_named_in_problem_details_and_nothing_is_stored(byte[] bytes, string fileName, string mentions)
    {
        var before = StoredFiles();
        using var response = await host.Client.PostAsync("/api/resources", Form(Samples.Resource(), bytes, fileName, "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        var message = errors["attachment"]![0]!.GetValue<string>();
        Assert.Contains(mentions, message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task An_attachment_over_20_MB_gets_413_and_nothing_is_stored()
    {
        var before = StoredFiles();
        var big = Encoding.UTF8.GetBytes(new string('a', 20 * 1024 * 1024 + 10));
        using var response = await host.Client.PostAsync("/api/resources", Form(Samples.Resource(), big, "big.txt", "text/plain"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task Field_errors_of_the_resource_part_are_reported_with_the_attachment_accepted()
    {
        var before = StoredFiles();
        var resource = Samples.Resource();
        resource["url"] = "javascript:alert(1)";
        using var response = await host.Client.PostAsync("/api/resources", Form(resource, Encoding.UTF8.GetBytes("Plain text notes for teachers."), "notes.txt", "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("url"));
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task A_multipart_body_without_the_resource_part_is_refused()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using var response = await host.Client.PostAsync("/api/resources", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("other"));
    }
}
