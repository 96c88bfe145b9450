using System.Text.Json;
using System.Text.RegularExpressions;
using GoSafer.Testing;

namespace GoSafer.Browser.Tests;

/// <summary>The six interface dictionaries (wwwroot/i18n/*.json) agree with each other.</summary>
public sealed partial class DictionaryTests
{
    private static readonly string[] Languages = ["ar", "zh", "en", "fr", "ru", "es"];

    private static Dictionary<string, string> Load(string ui) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(RepositoryPaths.Combine("web", "GoSafer.Web", "wwwroot", "i18n", $"{ui}.json")))!;

    [Fact]
    public void The_six_dictionaries_have_identical_keys_and_no_empty_strings()
    {
        var english = Load("en");
        foreach (var ui in Languages)
        {
            var strings = Load(ui);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), strings.Keys.Order(StringComparer.Ordinal));
            Assert.All(strings, s => Assert.False(string.IsNullOrWhiteSpace(s.Value), $"{ui}: {s.Key} is empty"));
            Assert.All(strings, s => Assert.NotEqual(s.Key, s.Value));
        }
    }

    [Fact]
    public void Every_translation_keeps_the_placeholders_of_the_english_string()
    {
        var english = Load("en");
        foreach (var ui in Languages)
        {
            var strings = Load(ui);
            foreach (var (key, text) in english)
            {
                Assert.True(Placeholders(text).SetEquals(Placeholders(strings[key])), $"{ui}: {key} placeholders differ");
            }
        }
    }

    [Fact]
    public void Translations_differ_from_english_for_most_strings()
    {
        var english = Load("en");
        foreach (var ui in Languages.Where(l => l != "en"))
        {
            var strings = Load(ui);
            var same = english.Count(e => e.Value == strings[e.Key]);
            Assert.True(same * 10 < english.Count, $"{ui}: {same} strings are identical to English");
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex PlaceholderPattern();
}
