using MndCare.Domain.Clinics;

namespace MndCare.Domain.Tests.Clinics;

public sealed class ClinicTests
{
    private static Clinic In(string zone) => Clinic.Create(Guid.CreateVersion7(), "Clinic", zone).Value;

    [Theory]
    [InlineData("Asia/Shanghai", "2026-03-01", "2026-02-28T16:00:00")]
    [InlineData("Europe/London", "2026-07-01", "2026-06-30T23:00:00")]
    [InlineData("Pacific/Kiritimati", "2026-01-01", "2025-12-31T10:00:00")]
    // Cuba moves its clocks forward at midnight: that day begins at 01:00 local time (UTC-4).
    [InlineData("America/Havana", "2026-03-08", "2026-03-08T05:00:00")]
    public void StartOfDayUtc_IsLocalMidnightInTheClinicsTimeZone(string zone, string date, string expectedUtc) =>
        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture),
            In(zone).StartOfDayUtc(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
