using GoSafer.Hub.Attachments;

namespace GoSafer.Hub.Tests.Attachments;

public sealed class AttachmentUploadTests
{
    [Fact]
    public async Task An_upload_within_the_limit_is_read_whole()
    {
        var bytes = new byte[300_000];
        new Random(3).NextBytes(bytes);

        var read = await AttachmentUpload.ReadAsync(new MemoryStream(bytes));

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_abandoned_without_reading_it_all()
    {
        using var source = new MemoryStream(new byte[1_000_000]);

        var read = await AttachmentUpload.ReadAsync(source, maxBytes: 100_000);

        Assert.Null(read);
        Assert.True(source.Position < 300_000, $"read {source.Position} bytes");
    }
}
