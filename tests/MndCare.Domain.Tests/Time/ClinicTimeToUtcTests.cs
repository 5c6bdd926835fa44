using System.Globalization;
using MndCare.Domain.Time;

namespace MndCare.Domain.Tests.Time;

// docs/therapy/courses.md, "Time zones": NodaTime's lenient resolver (skipped times move forward by the gap, repeated
// times take the earlier instant).
public sealed class ClinicTimeToUtcTests
{
    [Theory]
    // Shanghai: UTC+8, no daylight saving.
    [InlineData("Asia/Shanghai", "2026-12-07", "10:00", "2026-12-07T02:00Z")]
    // New York, an ordinary winter and summer time.
    [InlineData("America/New_York", "2026-01-05", "10:00", "2026-01-05T15:00Z")]
    [InlineData("America/New_York", "2026-07-06", "10:00", "2026-07-06T14:00Z")]
    // 8 March 2026: 02:00-03:00 does not exist; 02:30 is read as 03:30 EDT.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:30Z")]
    // 1 November 2026: 01:00-02:00 happens twice; 01:30 is the first one (EDT, UTC-4).
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30Z")]
    // London, 29 March 2026: 01:30 does not exist and is read as 02:30 BST.
    [InlineData("Europe/London", "2026-03-29", "01:30", "2026-03-29T01:30Z")]
    public void ToUtc_ReadsTheWallClockInTheZone(string zone, string date, string time, string utc)
    {
        var instant = ClinicTime.ToUtc(DateOnly.Parse(date, CultureInfo.InvariantCulture), TimeOnly.Parse(time, CultureInfo.InvariantCulture),
            TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(utc, instant.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeKind.Utc, instant.Kind);
    }

    [Theory]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void FindZone_KnowsIanaIds(string? id, bool known) => Assert.Equal(known, ClinicTime.FindZone(id) is not null);
}
