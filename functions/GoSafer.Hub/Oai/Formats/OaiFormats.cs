namespace GoSafer.Hub.Oai.Formats;

/// <summary>The metadata formats on offer; every item is available in all of them.</summary>
public sealed class OaiFormats(IEnumerable<IOaiMetadataFormat> formats)
{
    public IReadOnlyList<IOaiMetadataFormat> All { get; } = formats.ToList();

    public IOaiMetadataFormat? Find(string prefix) => All.FirstOrDefault(f => f.Prefix == prefix);
}
