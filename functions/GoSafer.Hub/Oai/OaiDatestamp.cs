using System.Globalization;

namespace GoSafer.Hub.Oai;

/// <summary>
/// UTC datestamps at the repository's granularity (seconds, <c>YYYY-MM-DDThh:mm:ssZ</c>). Day
/// granularity (<c>YYYY-MM-DD</c>) is accepted in <c>from</c>/<c>until</c> as the protocol requires
/// of every repository; a <c>from</c> day starts at 00:00:00 and an <c>until</c> day ends at 23:59:59.
/// </summary>
public static class OaiDatestamp
{
    public const string SecondsGranularity = "YYYY-MM-DDThh:mm:ssZ";
    private const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    public static string Format(DateTimeOffset instant) =>
        Truncate(instant).ToString(SecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>Datestamps compare at whole seconds, the finest granularity a harvester can send.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>Parses a <c>from</c> or <c>until</c> value; <paramref name="isDay"/> tells its granularity.</summary>
    public static bool TryParse(string value, bool endOfDay, out DateTimeOffset instant, out bool isDay)
    {
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(value, SecondsFormat, CultureInfo.InvariantCulture, utc, out instant))
        {
            isDay = false;
            return true;
        }

        isDay = DateTimeOffset.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, utc, out instant);
        if (isDay && endOfDay)
        {
            instant = instant.AddDays(1).AddSeconds(-1);
        }

        return isDay;
    }
}
