using System.Text;
using System.Xml;

namespace GoSafer.Hub.Oai;

/// <summary>
/// An <see cref="XmlWriter"/> whose output goes to the response in chunks: the writer fills a small
/// buffer synchronously and <see cref="FlushAsync"/> moves it to the response body asynchronously,
/// so a page of records never sits in memory as one document and Kestrel never sees blocking I/O.
/// </summary>
public sealed class OaiXmlOutput : IAsyncDisposable
{
    private readonly MemoryStream _buffer = new();
    private readonly Stream _body;

    public OaiXmlOutput(Stream body)
    {
        _body = body;
        Writer = XmlWriter.Create(_buffer, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            CloseOutput = false,
        });
    }

    public XmlWriter Writer { get; }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        Writer.Flush();
        _buffer.Position = 0;
        await _buffer.CopyToAsync(_body, cancellationToken);
        _buffer.SetLength(0);
    }

    public async ValueTask DisposeAsync()
    {
        Writer.Dispose();
        await _buffer.DisposeAsync();
    }
}
