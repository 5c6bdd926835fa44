using MndCare.Domain.Time;

namespace MndCare.Domain.Tests.Time;

// Issue 7: dates are shown in the clinic's time zone, in one format (docs/adr/0015-dates-in-the-clinic-time-zone.md).
public sealed class ClinicTimeTests
{
    [Theory]
    // Late in the UTC day is already the next day in Shanghai (UTC+8, no daylight saving).
    [InlineData("2026-12-06T20:30:00Z", "Asia/Shanghai", "2026-12-07 04:30 UTC+08:00", "2026-12-07")]
    [InlineData("2026-12-06T15:59:00Z", "Asia/Shanghai", "2026-12-06 23:59 UTC+08:00", "2026-12-06")]
    // London in summer time (UTC+1) and in winter (UTC+0).
    [InlineData("2026-07-01T23:30:00Z", "Europe/London", "2026-07-02 00:30 UTC+01:00", "2026-07-02")]
    [InlineData("2026-12-01T23:30:00Z", "Europe/London", "2026-12-01 23:30 UTC+00:00", "2026-12-01")]
    // A zone behind UTC and one with a half-hour offset.
    [InlineData("2026-12-07T02:00:00Z", "America/New_York", "2026-12-06 21:00 UTC-05:00", "2026-12-06")]
    [InlineData("2026-12-06T19:00:00Z", "Asia/Kolkata", "2026-12-07 00:30 UTC+05:30", "2026-12-07")]
    public void StoredUtcTimes_AreWrittenInTheClinicsZone(string utc, string zone, string time, string date)
    {
        var stored = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        // The database hands times back without their kind.
        var unspecified = DateTime.SpecifyKind(stored, DateTimeKind.Unspecified);

        Assert.Equal(time, ClinicTime.Format(stored, zone));
        Assert.Equal(time, ClinicTime.Format(unspecified, zone));
        Assert.Equal(date, ClinicTime.FormatDate(unspecified, zone));
        Assert.Equal(time, ClinicTime.Format(ClinicTime.Local(new DateTimeOffset(stored), zone)));
    }

    [Fact]
    public void Dates_AreIso8601()
    {
        Assert.Equal("2027-01-09", ClinicTime.Format(new DateOnly(2027, 1, 9)));
    }
}
