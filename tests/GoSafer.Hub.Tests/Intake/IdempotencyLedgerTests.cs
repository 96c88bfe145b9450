using System.Text;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Intake;
using GoSafer.Hub.Storage;
using GoSafer.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GoSafer.Hub.Tests.Intake;

public sealed class IdempotencyLedgerTests : IDisposable
{
    private readonly TempFolder _folder = new("gosafer-idempotency");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly FileSystemRecordStore _store;
    private readonly IdempotencyLedger _ledger;

    public IdempotencyLedgerTests()
    {
        _store = new FileSystemRecordStore(_folder.Path);
        _ledger = new IdempotencyLedger(_store, Options.Create(new HubOptions { Intake = { IdempotencyWindowHours = 24 } }), _time);
    }

    public void Dispose() => _folder.Dispose();

    private sealed record Answer(string Id, string Receipt);

    private static IdempotencyKey Key() => new(Guid.NewGuid().ToString());

    private async Task<string> StoredContentAsync()
    {
        var contents = new StringBuilder();
        await foreach (var key in _store.ListKeysAsync(IdempotencyLedger.Prefix))
        {
            contents.Append(key).Append(Encoding.UTF8.GetString((await _store.GetAsync(key))!.Content));
        }

        return contents.ToString();
    }

    [Fact]
    public async Task The_store_holds_neither_the_key_nor_the_answer_nor_the_fingerprint()
    {
        var key = Key();
        var fingerprint = IdempotencyLedger.Fingerprint("nominations", """{"email":"person-marker@example.org"}""");
        await _ledger.ClaimAsync(key, "nominations", fingerprint, new Answer("nom_secretid", "receipt-secret-value"), CancellationToken.None);

        var stored = await StoredContentAsync();
        Assert.NotEmpty(stored);
        foreach (var secret in new[] { key.Value, "nom_secretid", "receipt-secret-value", fingerprint })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_repeat_opens_the_first_answer_and_a_different_request_is_a_mismatch()
    {
        var key = Key();
        var first = await _ledger.ClaimAsync(key, "resources", "fp-1", new Answer("res_a", "r1"), CancellationToken.None);
        var repeat = await _ledger.ClaimAsync(key, "resources", "fp-1", new Answer("res_b", "r2"), CancellationToken.None);
        var other = await _ledger.ClaimAsync(key, "resources", "fp-2", new Answer("res_c", "r3"), CancellationToken.None);
        var otherScope = await _ledger.ClaimAsync(key, "nominations", "fp-1", new Answer("nom_d", "r4"), CancellationToken.None);

        Assert.Equal((IdempotencyOutcome.First, new Answer("res_a", "r1")), (first.Outcome, first.Answer));
        Assert.Equal((IdempotencyOutcome.Repeat, new Answer("res_a", "r1"), false), (repeat.Outcome, repeat.Answer, repeat.Completed));
        Assert.Equal(IdempotencyOutcome.Mismatch, other.Outcome);
        Assert.Equal(IdempotencyOutcome.First, otherScope.Outcome);
    }

    [Fact]
    public async Task A_completed_claim_is_replayed_as_completed()
    {
        var key = Key();
        var first = await _ledger.ClaimAsync(key, "resources", "fp", new Answer("res_a", "r1"), CancellationToken.None);
        await _ledger.CompleteAsync(key, "resources", first, "fp", CancellationToken.None);
        var repeat = await _ledger.ClaimAsync(key, "resources", "fp", new Answer("res_b", "r2"), CancellationToken.None);
        Assert.Equal((IdempotencyOutcome.Repeat, true, "res_a"), (repeat.Outcome, repeat.Completed, repeat.Answer.Id));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_key_agree_on_one_answer()
    {
        var key = Key();
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => _ledger.ClaimAsync(key, "resources", "fp", new Answer($"res_{i}", $"r{i}"), CancellationToken.None))));
        Assert.Single(claims, c => c.Outcome == IdempotencyOutcome.First);
        Assert.Single(claims.Select(c => c.Answer).Distinct());
    }

    [Fact]
    public async Task After_the_window_a_key_is_new_again_and_its_record_is_purged()
    {
        var key = Key();
        await _ledger.ClaimAsync(key, "resources", "fp", new Answer("res_a", "r1"), CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await _ledger.PurgeExpiredAsync(CancellationToken.None));
        Assert.Equal(IdempotencyOutcome.Repeat, (await _ledger.ClaimAsync(key, "resources", "fp", new Answer("res_b", "r2"), CancellationToken.None)).Outcome);

        _time.Advance(TimeSpan.FromHours(2));
        var again = await _ledger.ClaimAsync(key, "resources", "fp-other", new Answer("res_c", "r3"), CancellationToken.None);
        Assert.Equal((IdempotencyOutcome.First, "res_c"), (again.Outcome, again.Answer.Id));

        _time.Advance(TimeSpan.FromHours(25));
        Assert.Equal(1, await _ledger.PurgeExpiredAsync(CancellationToken.None));
        Assert.Empty(await StoredContentAsync());
    }
}
