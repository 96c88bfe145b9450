using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GoSafer.Hub.Configuration;
using GoSafer.Hub.Storage;
using GoSafer.Hub.Submissions;
using Microsoft.Extensions.Options;

namespace GoSafer.Hub.Intake;

public enum IdempotencyOutcome
{
    /// <summary>The key is new: carry out the request and answer <see cref="IdempotencyClaim{T}.Answer"/>.</summary>
    First,

    /// <summary>
    /// The key was seen with the same request. When <see cref="IdempotencyClaim{T}.Completed"/>, answer
    /// as stored; otherwise the first attempt may not have finished: carry out the request again
    /// with the stored answer (every step is idempotent for a given answer).
    /// </summary>
    Repeat,

    /// <summary>The key was used for a different request: refuse.</summary>
    Mismatch,
}

public sealed record IdempotencyClaim<T>(IdempotencyOutcome Outcome, T Answer, bool Completed, string Address, string ETag);

/// <summary>
/// Remembers the planned answer of each request sent with an <c>Idempotency-Key</c>, in the
/// record store under <c>idempotency/&lt;hash&gt;.json</c>. The record is claimed with a
/// create-only write before anything else is stored, so concurrent requests with one key agree
/// on one answer (one submission ID, one receipt).
/// <para>
/// The answer holds the receipt, a bearer credential, so it is sealed with AES-GCM under a key
/// derived from the idempotency key, which is never stored: the address is a different hash of
/// it. Whoever can read the store sees when a key was used, not the answer nor the request's
/// fingerprint; only a client presenting the key again opens it.
/// </para>
/// </summary>
public sealed class IdempotencyLedger(IRecordStore store, IOptions<HubOptions> options, TimeProvider time)
{
    public const string Prefix = "idempotency/";

    /// <summary>The stored shape: only the expiry and the completion flag are readable.</summary>
    private sealed record Entry(DateTimeOffset ExpiresAt, bool Completed, string Nonce, string Sealed, string Tag);

    private sealed record Contents<T>(string Fingerprint, T Answer);

    /// <summary>
    /// A stable fingerprint of a request: its scope and its body as sent, plus attachment digests.
    /// </summary>
    public static string Fingerprint(string scope, string body, params string?[] attachmentDigests) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\n{body}\n{string.Join(',', attachmentDigests)}")));

    public async Task<IdempotencyClaim<T>> ClaimAsync<T>(
        IdempotencyKey key, string scope, string fingerprint, T planned, CancellationToken cancellationToken)
    {
        var address = AddressOf(key, scope);
        var content = Seal(key, scope, address, new Contents<T>(fingerprint, planned), completed: false);

        // Bounded: each round either decides or saw a concurrent writer change the record.
        for (var round = 0; ; round++)
        {
            try
            {
                var etag = await store.PutAsync(address, content, WriteCondition.CreateOnly, cancellationToken);
                return new IdempotencyClaim<T>(IdempotencyOutcome.First, planned, false, address, etag);
            }
            catch (ConcurrencyConflictException) when (round < 3)
            {
            }

            if (await store.GetAsync(address, cancellationToken) is not { } existing)
            {
                continue;
            }

            var entry = HubJson.Deserialize<Entry>(existing.Content);
            if (entry.ExpiresAt <= time.GetUtcNow())
            {
                try
                {
                    var etag = await store.PutAsync(address, content, WriteCondition.Matches(existing.ETag), cancellationToken);
                    return new IdempotencyClaim<T>(IdempotencyOutcome.First, planned, false, address, etag);
                }
                catch (ConcurrencyConflictException) when (round < 3)
                {
                    continue;
                }
            }

            var opened = Open<T>(key, scope, address, entry);
            return opened is null || !string.Equals(opened.Fingerprint, fingerprint, StringComparison.Ordinal)
                ? new IdempotencyClaim<T>(IdempotencyOutcome.Mismatch, planned, false, address, existing.ETag)
                : new IdempotencyClaim<T>(IdempotencyOutcome.Repeat, opened.Answer, entry.Completed, address, existing.ETag);
        }
    }

    /// <summary>
    /// Marks the answer as given. Best effort: a record left unmarked only makes a repeat redo
    /// idempotent steps, so a failure here must not fail the request.
    /// </summary>
    public async Task CompleteAsync<T>(IdempotencyKey key, string scope, IdempotencyClaim<T> claim, string fingerprint, CancellationToken cancellationToken)
    {
        if (claim.Completed)
        {
            return;
        }

        var content = Seal(key, scope, claim.Address, new Contents<T>(fingerprint, claim.Answer), completed: true);
        try
        {
            await store.PutAsync(claim.Address, content, WriteCondition.Matches(claim.ETag), cancellationToken);
        }
        catch (Exception e) when (e is ConcurrencyConflictException or StorageUnavailableException)
        {
        }
    }

    /// <summary>
    /// Forgets a claim whose request was refused for good (a duplicate), so the key can be used
    /// again. Only the request that made the claim releases it: a repeat must not pull the claim
    /// from under a first attempt still in flight.
    /// </summary>
    public async Task ReleaseAsync<T>(IdempotencyClaim<T> claim, CancellationToken cancellationToken)
    {
        if (claim.Outcome != IdempotencyOutcome.First)
        {
            return;
        }

        try
        {
            await store.DeleteAsync(claim.Address, claim.ETag, cancellationToken);
        }
        catch (Exception e) when (e is ConcurrencyConflictException or StorageUnavailableException)
        {
        }
    }

    /// <summary>Deletes the records whose window has passed; returns how many.</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        await foreach (var address in ExpiredAsync(cancellationToken))
        {
            try
            {
                purged += await store.DeleteAsync(address.Key, address.ETag, cancellationToken) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // Reclaimed meanwhile: it is live again.
            }
        }

        return purged;
    }

    private async IAsyncEnumerable<(string Key, string ETag)> ExpiredAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync(Prefix, cancellationToken))
        {
            keys.Add(key);
        }

        foreach (var key in keys)
        {
            if (await store.GetAsync(key, cancellationToken) is { } stored
                && HubJson.Deserialize<Entry>(stored.Content).ExpiresAt <= now)
            {
                yield return (key, stored.ETag);
            }
        }
    }

    private static string AddressOf(IdempotencyKey key, string scope) =>
        $"{Prefix}{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"gosafer-idempotency-address\n{scope}\n{key.Value}")))}.json";

    private static byte[] SealingKey(IdempotencyKey key, string scope) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Value), Encoding.UTF8.GetBytes($"gosafer-idempotency-seal\n{scope}"));

    private byte[] Seal<T>(IdempotencyKey key, string scope, string address, Contents<T> contents, bool completed)
    {
        var plain = HubJson.Serialize(contents);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var cipher = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(SealingKey(key, scope), tag.Length))
        {
            // The address is authenticated data: a sealed answer copied to another address does not open.
            aes.Encrypt(nonce, plain, cipher, tag, Encoding.UTF8.GetBytes(address));
        }

        var window = TimeSpan.FromHours(options.Value.Intake.IdempotencyWindowHours);
        return HubJson.Serialize(new Entry(
            time.GetUtcNow() + window, completed, Convert.ToBase64String(nonce), Convert.ToBase64String(cipher), Convert.ToBase64String(tag)));
    }

    private static Contents<T>? Open<T>(IdempotencyKey key, string scope, string address, Entry entry)
    {
        try
        {
            var cipher = Convert.FromBase64String(entry.Sealed);
            var plain = new byte[cipher.Length];
            var tag = Convert.FromBase64String(entry.Tag);
            using var aes = new AesGcm(SealingKey(key, scope), tag.Length);
            aes.Decrypt(Convert.FromBase64String(entry.Nonce), cipher, tag, plain, Encoding.UTF8.GetBytes(address));
            return HubJson.Deserialize<Contents<T>>(plain);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
