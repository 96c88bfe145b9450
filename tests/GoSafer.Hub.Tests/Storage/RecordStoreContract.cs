using System.Text;
using GoSafer.Hub.Storage;

namespace GoSafer.Hub.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IRecordStore"/> must have. Each implementation derives a test
/// class that supplies a fresh, empty store.
/// </summary>
public abstract class RecordStoreContract
{
    protected abstract IRecordStore CreateStore();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(StoredRecord? record) => Encoding.UTF8.GetString(record!.Content);

    [Fact]
    public async Task Get_of_a_missing_key_returns_null()
    {
        var store = CreateStore();
        Assert.Null(await store.GetAsync("submissions/res_missing.json"));
    }

    [Fact]
    public async Task Put_then_get_returns_the_content_and_the_etag_of_the_write()
    {
        var store = CreateStore();
        var etag = await store.PutAsync("submissions/res_a.json", Bytes("{\"a\":1}"), WriteCondition.None);
        var record = await store.GetAsync("submissions/res_a.json");
        Assert.Equal("{\"a\":1}", Text(record));
        Assert.Equal(etag, record!.ETag);
    }

    [Fact]
    public async Task Create_only_refuses_to_overwrite_and_keeps_the_first_content()
    {
        var store = CreateStore();
        await store.PutAsync("submissions/res_b.json", Bytes("first"), WriteCondition.CreateOnly);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => store.PutAsync("submissions/res_b.json", Bytes("second"), WriteCondition.CreateOnly));
        Assert.Equal("first", Text(await store.GetAsync("submissions/res_b.json")));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var store = CreateStore();
        var first = await store.PutAsync("submissions/res_c.json", Bytes("v1"), WriteCondition.None);
        var second = await store.PutAsync("submissions/res_c.json", Bytes("v2"), WriteCondition.Matches(first));
        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => store.PutAsync("submissions/res_c.json", Bytes("v3"), WriteCondition.Matches(first)));
        Assert.Equal("v2", Text(await store.GetAsync("submissions/res_c.json")));
    }

    [Fact]
    public async Task A_conditional_write_to_a_missing_record_is_refused()
    {
        var store = CreateStore();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => store.PutAsync("submissions/res_d.json", Bytes("x"), WriteCondition.Matches("no-such-etag")));
        Assert.Null(await store.GetAsync("submissions/res_d.json"));
    }

    [Fact]
    public async Task Of_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var store = CreateStore();
        var etag = await store.PutAsync("submissions/res_e.json", Bytes("base"), WriteCondition.None);
        var attempts = Enumerable.Range(0, 12).Select(async i =>
        {
            try
            {
                await store.PutAsync("submissions/res_e.json", Bytes($"writer {i}"), WriteCondition.Matches(etag));
                return i;
            }
            catch (ConcurrencyConflictException)
            {
                return -1;
            }
        });
        var winners = (await Task.WhenAll(attempts)).Where(i => i >= 0).ToList();
        Assert.Single(winners);
        Assert.Equal($"writer {winners[0]}", Text(await store.GetAsync("submissions/res_e.json")));
    }

    [Fact]
    public async Task Concurrent_creates_of_different_keys_all_survive()
    {
        var store = CreateStore();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            store.PutAsync($"submissions/res_f{i}.json", Bytes($"record {i}"), WriteCondition.CreateOnly)));
        var keys = await ToListAsync(store.ListKeysAsync("submissions/"));
        Assert.Equal(40, keys.Count);
        foreach (var i in Enumerable.Range(0, 40))
        {
            Assert.Equal($"record {i}", Text(await store.GetAsync($"submissions/res_f{i}.json")));
        }
    }

    [Fact]
    public async Task List_returns_only_keys_under_the_prefix_in_ordinal_order()
    {
        var store = CreateStore();
        foreach (var key in new[] { "published/b.json", "published/a.json", "submissions/res_z.json" })
        {
            await store.PutAsync(key, Bytes("{}"), WriteCondition.None);
        }

        Assert.Equal(["published/a.json", "published/b.json"], await ToListAsync(store.ListKeysAsync("published/")));
        Assert.Empty(await ToListAsync(store.ListKeysAsync("nothing-here/")));
    }

    [Fact]
    public async Task Delete_removes_the_record_and_reports_whether_there_was_one()
    {
        var store = CreateStore();
        await store.PutAsync("published/gone.json", Bytes("{}"), WriteCondition.None);
        Assert.True(await store.DeleteAsync("published/gone.json"));
        Assert.False(await store.DeleteAsync("published/gone.json"));
        Assert.Null(await store.GetAsync("published/gone.json"));
    }

    [Fact]
    public async Task Delete_with_a_stale_etag_is_refused()
    {
        var store = CreateStore();
        var first = await store.PutAsync("published/kept.json", Bytes("v1"), WriteCondition.None);
        await store.PutAsync("published/kept.json", Bytes("v2"), WriteCondition.None);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.DeleteAsync("published/kept.json", first));
        Assert.Equal("v2", Text(await store.GetAsync("published/kept.json")));
    }

    [Theory]
    [InlineData("../escape.json")]
    [InlineData("/absolute.json")]
    [InlineData("submissions/../../etc.json")]
    [InlineData("Submissions/UPPER.json")]
    [InlineData("no-extension")]
    public async Task Keys_that_could_escape_or_collide_are_refused(string key)
    {
        var store = CreateStore();
        await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, Bytes("x"), WriteCondition.None));
    }

    [Fact]
    public async Task Check_succeeds_on_a_reachable_store()
    {
        var store = CreateStore();
        await store.CheckAsync();
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> keys)
    {
        var list = new List<string>();
        await foreach (var key in keys)
        {
            list.Add(key);
        }

        return list;
    }
}
