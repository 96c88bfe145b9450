using System.Runtime.CompilerServices;

namespace GoSafer.Hub.Storage;

/// <summary>
/// Records as files under a root folder. A write goes to a temp file in the same folder, is
/// flushed to disk, then renamed over the record: rename is atomic on POSIX file systems, so a
/// crash at any point leaves either the previous version or the new one, never a partial file.
/// Writers of one key are serialised by an exclusive lock file (flock, across processes), which
/// makes the ETag check and the rename one step.
/// </summary>
public sealed class FileSystemRecordStore : IRecordStore
{
    private const string TempSuffix = ".tmp";
    private const string LockFolder = ".locks";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(15);

    private readonly string _root;

    public FileSystemRecordStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(Path.Combine(_root, LockFolder));
        RemoveAbandonedTempFiles();
    }

    /// <summary>Test seam: runs after the temp file is durable and before the rename.</summary>
    internal Func<string, Task>? BeforeRename { get; set; }

    public string Description => $"file system ({_root})";

    public async Task<StoredRecord?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            var content = await File.ReadAllBytesAsync(path, cancellationToken);
            return new StoredRecord(key, content, ContentETag.Of(content));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> PutAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var keyLock = await AcquireLockAsync(key, cancellationToken);
        await CheckConditionAsync(key, path, condition, cancellationToken);

        var temp = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            if (BeforeRename is { } hook)
            {
                await hook(key);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            // Only reached with the temp file still present when the write or the hook failed.
            File.Delete(temp);
        }

        return ContentETag.Of(content.Span);
    }

    public async Task<bool> DeleteAsync(string key, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        using var keyLock = await AcquireLockAsync(key, cancellationToken);
        if (!File.Exists(path))
        {
            return ifMatch is null ? false : throw new ConcurrencyConflictException(key);
        }

        if (ifMatch is not null)
        {
            await CheckConditionAsync(key, path, WriteCondition.Matches(ifMatch), cancellationToken);
        }

        File.Delete(path);
        return true;
    }

    public async IAsyncEnumerable<string> ListKeysAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(_root, prefix.TrimEnd('/'));
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var keys = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(TempSuffix, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }

        await Task.CompletedTask;
    }

    public Task CheckAsync(CancellationToken cancellationToken = default)
    {
        var probe = Path.Combine(_root, LockFolder, $"health-{Guid.NewGuid():N}{TempSuffix}");
        File.WriteAllBytes(probe, [1]);
        File.Delete(probe);
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        RecordKeys.Validate(key);
        return Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    private static async Task CheckConditionAsync(string key, string path, WriteCondition condition, CancellationToken cancellationToken)
    {
        if (condition == WriteCondition.None)
        {
            return;
        }

        byte[]? current;
        try
        {
            current = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            current = null;
        }

        var conflict = condition.IfNotExists
            ? current is not null
            : current is null || ContentETag.Of(current) != condition.IfMatch;
        if (conflict)
        {
            throw new ConcurrencyConflictException(key);
        }
    }

    /// <summary>
    /// Lock files are never deleted: deleting one while another writer waits on it would let two
    /// writers hold locks on different files for the same key.
    /// </summary>
    private async Task<FileStream> AcquireLockAsync(string key, CancellationToken cancellationToken)
    {
        var lockPath = Path.Combine(_root, LockFolder, key.Replace('/', '~') + ".lock");
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Random.Shared.Next(2, 12), cancellationToken);
            }
            catch (IOException e)
            {
                throw new StorageUnavailableException($"Timed out waiting for the write lock of '{key}'.", e);
            }
        }
    }

    /// <summary>Temp files left by a crashed writer are never records; old ones are removed at start.</summary>
    private void RemoveAbandonedTempFiles()
    {
        var cutoff = DateTime.UtcNow - TimeSpan.FromMinutes(10);
        foreach (var temp in Directory.EnumerateFiles(_root, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(temp) < cutoff)
            {
                File.Delete(temp);
            }
        }
    }
}
