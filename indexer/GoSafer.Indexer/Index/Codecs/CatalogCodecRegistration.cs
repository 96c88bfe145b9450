using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;

namespace GoSafer.Indexer.Index.Codecs;

/// <summary>
/// Lucene looks a segment's codec up by the name written into it, and by default knows only its own
/// codecs. Every process that opens a catalog index (the hub, the Functions host, search replicas,
/// tools, tests) runs code of this assembly first, so registering when the assembly is loaded covers
/// all of them.
/// </summary>
internal static class CatalogCodecRegistration
{
#pragma warning disable CA2255 // A library's module initializer is the point: no caller can forget it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(CatalogCodec)] });
}
