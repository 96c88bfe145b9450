using GoSafer.Hub.Storage;
using GoSafer.Testing;

namespace GoSafer.Hub.Tests.Storage;

public sealed class FileSystemRecordStoreTests : RecordStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IRecordStore CreateStore() => new FileSystemRecordStore(Path.Combine(_folder.Path, Guid.NewGuid().ToString("N")));

    public void Dispose() => _folder.Dispose();
}
