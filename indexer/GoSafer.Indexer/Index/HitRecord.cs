using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using GoSafer.Indexer.Catalog;

namespace GoSafer.Indexer.Index;

/// <summary>
/// What a search result shows of a resource, kept per document as one binary doc value
/// (<see cref="IndexFields.Hit"/>). Stored fields are compressed in 16 KB blocks, and reading one
/// hit decompressed on average half a block: a fifth of the time of a whole query for a page of
/// 20. A doc value is read with one seek.
/// </summary>
internal sealed record HitRecord(
    string Id,
    string Title,
    string Organization,
    string Url,
    string Description,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Harms,
    int? AgeMin,
    int? AgeMax,
    IReadOnlyList<string> Audiences,
    string? ResourceType,
    string? EvidenceLevel,
    long PublishedAtMs)
{
    /// <summary>Lucene's limit for one binary doc value is 32,766 bytes.</summary>
    public const int MaxBytes = 32_000;

    private const byte Version = 1;

    public static HitRecord From(CatalogEntry entry) => new(
        entry.Id, entry.Title, entry.Organization, entry.Url, entry.Description, entry.Languages, entry.Harms,
        entry.AgeMin, entry.AgeMax, entry.Audiences, entry.ResourceType, entry.EvidenceLevel, entry.PublishedAt.ToUnixTimeMilliseconds());

    /// <summary>
    /// The record's bytes. Records within the submission limits (a 5,000-character description)
    /// are far below <see cref="MaxBytes"/>; a longer description is shortened until the record fits.
    /// </summary>
    public byte[] Encode()
    {
        var bytes = Write(Description);
        for (var keep = Description.Length; bytes.Length > MaxBytes && keep > 0;)
        {
            keep = Math.Max(0, keep - ((bytes.Length - MaxBytes) / 3) - 1);
            if (keep > 0 && char.IsHighSurrogate(Description[keep - 1]))
            {
                keep--;
            }

            bytes = Write(Description[..keep]);
        }

        return bytes.Length <= MaxBytes ? bytes : throw new ArgumentException($"The result fields of {Id} take more than {MaxBytes} bytes.");
    }

    public static HitRecord Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new Reader(bytes);
        if (reader.Byte() != Version)
        {
            throw new InvalidDataException("Unknown hit record version: rebuild the index.");
        }

        return new HitRecord(
            Id: reader.String(),
            Title: reader.String(),
            Organization: reader.String(),
            Url: reader.String(),
            Description: reader.String(),
            Languages: reader.Strings(),
            Harms: reader.Strings(),
            AgeMin: reader.OptionalInt(),
            AgeMax: reader.OptionalInt(),
            Audiences: reader.Strings(),
            ResourceType: reader.OptionalString(),
            EvidenceLevel: reader.OptionalString(),
            PublishedAtMs: reader.Long());
    }

    private byte[] Write(string description)
    {
        var writer = new Writer();
        writer.Byte(Version);
        writer.String(Id);
        writer.String(Title);
        writer.String(Organization);
        writer.String(Url);
        writer.String(description);
        writer.Strings(Languages);
        writer.Strings(Harms);
        writer.OptionalInt(AgeMin);
        writer.OptionalInt(AgeMax);
        writer.Strings(Audiences);
        writer.OptionalString(ResourceType);
        writer.OptionalString(EvidenceLevel);
        writer.Long(PublishedAtMs);
        return writer.ToArray();
    }

    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);

        public void Byte(byte value)
        {
            _buffer.GetSpan(1)[0] = value;
            _buffer.Advance(1);
        }

        public void Count(int value)
        {
            var n = (uint)value;
            while (n >= 0x80)
            {
                Byte((byte)(n | 0x80));
                n >>= 7;
            }

            Byte((byte)n);
        }

        public void String(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Count(length);
            Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
            _buffer.Advance(length);
        }

        public void OptionalString(string? value)
        {
            Byte(value is null ? (byte)0 : (byte)1);
            if (value is not null)
            {
                String(value);
            }
        }

        public void Strings(IReadOnlyList<string> values)
        {
            Count(values.Count);
            foreach (var value in values)
            {
                String(value);
            }
        }

        // Ages are 0..18 (and never negative): 0 stands for none.
        public void OptionalInt(int? value) => Count(value is { } v ? v + 1 : 0);

        public void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }

        public byte[] ToArray() => _buffer.WrittenSpan.ToArray();
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte Byte() => _bytes[_at++];

        public int Count()
        {
            var value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _bytes[_at++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }

        public string String()
        {
            var length = Count();
            var value = Encoding.UTF8.GetString(_bytes.Slice(_at, length));
            _at += length;
            return value;
        }

        public string? OptionalString() => Byte() == 0 ? null : String();

        public string[] Strings()
        {
            var values = new string[Count()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = String();
            }

            return values;
        }

        public int? OptionalInt() => Count() is var n && n == 0 ? null : n - 1;

        public long Long()
        {
            var value = BinaryPrimitives.ReadInt64LittleEndian(_bytes.Slice(_at, 8));
            _at += 8;
            return value;
        }
    }
}
