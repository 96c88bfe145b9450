using GoSafer.Indexer.Catalog;
using GoSafer.Indexer.Index;

namespace GoSafer.Indexer.Tests.Index;

public sealed class HitRecordTests
{
    private static readonly CatalogEntry Entry = new()
    {
        Id = "r-42",
        Title = "حماية الأطفال على الإنترنت — 保护儿童",
        Description = "Lessons on online grooming 🛡️ for ages 9–12.",
        Url = "https://example.org/ressource?id=42&lang=fr",
        Organization = "Ünicef & Co.",
        Languages = ["ar", "zh"],
        Harms = ["ocsea/grooming", "cyberbullying"],
        Audiences = ["educators", "parents"],
        ResourceType = "lesson-plan",
        EvidenceLevel = "promising",
        AgeMin = 0,
        AgeMax = 18,
        PublishedAt = new DateTimeOffset(2026, 11, 29, 8, 30, 15, 123, TimeSpan.Zero),
    };

    [Fact]
    public void A_record_reads_back_every_field_it_was_written_with()
    {
        var record = HitRecord.From(Entry);

        var read = HitRecord.Decode(record.Encode());

        Assert.Equal(record.Id, read.Id);
        Assert.Equal(record.Title, read.Title);
        Assert.Equal(record.Organization, read.Organization);
        Assert.Equal(record.Url, read.Url);
        Assert.Equal(record.Description, read.Description);
        Assert.Equal(record.Languages, read.Languages);
        Assert.Equal(record.Harms, read.Harms);
        Assert.Equal(record.Audiences, read.Audiences);
        Assert.Equal((0, 18), (read.AgeMin, read.AgeMax));
        Assert.Equal(("lesson-plan", "promising"), (read.ResourceType, read.EvidenceLevel));
        Assert.Equal(Entry.PublishedAt, DateTimeOffset.FromUnixTimeMilliseconds(read.PublishedAtMs));
    }

    [Fact]
    public void Missing_optional_fields_read_back_as_missing()
    {
        var record = HitRecord.From(Entry with { AgeMin = null, AgeMax = null, ResourceType = null, EvidenceLevel = null, Harms = [] });

        var read = HitRecord.Decode(record.Encode());

        Assert.Null(read.AgeMin);
        Assert.Null(read.AgeMax);
        Assert.Null(read.ResourceType);
        Assert.Null(read.EvidenceLevel);
        Assert.Empty(read.Harms);
    }

    [Fact]
    public void A_description_too_long_for_one_doc_value_is_shortened_to_fit_without_splitting_a_character()
    {
        // Four UTF-8 bytes per emoji (a surrogate pair): 40,000 bytes of description alone.
        var description = string.Concat(Enumerable.Repeat("🛡", 10_000));
        var record = HitRecord.From(Entry with { Description = description });

        var bytes = record.Encode();
        var read = HitRecord.Decode(bytes);

        Assert.InRange(bytes.Length, HitRecord.MaxBytes - 100, HitRecord.MaxBytes);
        Assert.StartsWith(read.Description, description, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(read.Description[^1]));
        Assert.Equal(Entry.Title, read.Title);
        Assert.Equal(Entry.Audiences, read.Audiences);
    }

    [Fact]
    public void A_record_of_an_unknown_version_is_refused()
    {
        var bytes = HitRecord.From(Entry).Encode();
        bytes[0] = 99;

        var error = Assert.Throws<InvalidDataException>(() => HitRecord.Decode(bytes));
        Assert.Contains("rebuild", error.Message, StringComparison.Ordinal);
    }
}
