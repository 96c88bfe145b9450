using System.Security.Cryptography;
using System.Text;

namespace GoSafer.Hub.Submissions;

/// <summary>
/// Receipts are 256-bit random values shown once; only their hash is stored, and checks compare
/// hashes in constant time so timing reveals nothing about a stored receipt.
/// </summary>
public static class Receipts
{
    public static string NewReceipt() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string receipt) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(receipt)));

    public static bool Matches(string? receipt, string storedHash)
    {
        if (string.IsNullOrEmpty(receipt) || receipt.Length > 200)
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(Hash(receipt));
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return CryptographicOperations.FixedTimeEquals(given, stored);
    }

    /// <summary>A new submission ID: a kind prefix and 80 random bits in lower-case base32.</summary>
    public static string NewId(string kind)
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var bytes = RandomNumberGenerator.GetBytes(16);
        var id = new StringBuilder(kind == SubmissionKinds.Resource ? "res_" : "nom_");
        foreach (var b in bytes)
        {
            id.Append(alphabet[b % alphabet.Length]);
        }

        return id.ToString();
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
