using System.Text;
using GoSafer.Hub.Storage;
using GoSafer.Testing;

namespace GoSafer.Hub.Tests.Storage;

public sealed class FileSystemCrashSafetyTests : IDisposable
{
    private const string Key = "submissions/res_crash.json";
    private readonly TempFolder _folder = new();

    private FileSystemRecordStore NewStore() => new(_folder.Path);

    [Fact]
    public async Task A_failure_between_write_and_rename_leaves_the_previous_version_and_no_temp_file()
    {
        var store = NewStore();
        await store.PutAsync(Key, Encoding.UTF8.GetBytes("version 1"), WriteCondition.None);
        store.BeforeRename = _ => throw new IOException("power cut");

        await Assert.ThrowsAsync<IOException>(() => store.PutAsync(Key, Encoding.UTF8.GetBytes("version 2"), WriteCondition.None));

        var reopened = NewStore();
        Assert.Equal("version 1", Encoding.UTF8.GetString((await reopened.GetAsync(Key))!.Content));
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_half_written_temp_file_left_by_a_killed_writer_is_never_read_as_a_record()
    {
        var store = NewStore();
        await store.PutAsync(Key, Encoding.UTF8.GetBytes("{\"complete\":true}"), WriteCondition.None);
        var record = Path.Combine(_folder.Path, "submissions", "res_crash.json");
        await File.WriteAllTextAsync($"{record}.{Guid.NewGuid():N}.tmp", "{\"compl");

        var reopened = NewStore();
        Assert.Equal("{\"complete\":true}", Encoding.UTF8.GetString((await reopened.GetAsync(Key))!.Content));
        var keys = new List<string>();
        await foreach (var key in reopened.ListKeysAsync("submissions/"))
        {
            keys.Add(key);
        }

        Assert.Equal([Key], keys);
    }

    [Fact]
    public async Task Readers_never_see_a_partial_record_while_a_writer_replaces_it()
    {
        var store = NewStore();
        byte[] Version(int n) => Encoding.UTF8.GetBytes(new string((char)('a' + n % 26), 256 * 1024));
        await store.PutAsync(Key, Version(0), WriteCondition.None);

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var n = 1; n <= 60; n++)
            {
                await store.PutAsync(Key, Version(n), WriteCondition.None);
            }

            await stop.CancelAsync();
        });

        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            var content = (await store.GetAsync(Key))!.Content;
            Assert.Equal(256 * 1024, content.Length);
            Assert.All(content, b => Assert.Equal(content[0], b));
            reads++;
        }

        await writer;
        Assert.True(reads > 0);
    }

    public void Dispose() => _folder.Dispose();
}
