using MndCare.Domain.Courses;

namespace MndCare.Domain.Tests.Courses;

// docs/therapy/courses.md, "Week view": ISO 8601 weeks (Monday first), items grouped by the clinic's local day.
public sealed class WeekViewTests
{
    private static DateTime Utc(int month, int day, int hour, int minute = 0) =>
        new(month == 1 ? 2027 : 2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void Items_AreGroupedByTheClinicsLocalDay()
    {
        // 16:30 UTC on Sunday 6 December is 00:30 on Monday 7 December in Shanghai.
        DateTime[] items = [Utc(12, 7, 6), Utc(12, 6, 16, 30), Utc(12, 6, 15, 59), Utc(12, 13, 15, 0), Utc(12, 13, 16, 0)];
        var week = WeekView.Of(items, t => t, new DateOnly(2026, 12, 10), "Asia/Shanghai");

        Assert.Equal((2026, 50, new DateOnly(2026, 12, 7)), (week.IsoYear, week.IsoWeek, week.Monday));
        Assert.Equal(7, week.Days.Count);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 12, 7).AddDays(i)), week.Days.Select(d => d.Date));
        // Monday holds the 00:30 item before the 14:00 one; the Sunday-in-Shanghai 23:59 item belongs to the week before.
        Assert.Equal([Utc(12, 6, 16, 30), Utc(12, 7, 6)], week.Days[0].Items);
        // 23:00 on Sunday 13 December is in the week; 00:00 on Monday 14 December is not.
        Assert.Equal([Utc(12, 13, 15, 0)], week.Days[6].Items);
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 14)), (week.PreviousMonday, week.NextMonday));
    }

    [Fact]
    public void NewYearsDay2027_IsInIsoWeek53Of2026()
    {
        var week = WeekView.Of<DateTime>([], t => t, new DateOnly(2027, 1, 1), "Asia/Shanghai");
        Assert.Equal((2026, 53, new DateOnly(2026, 12, 28)), (week.IsoYear, week.IsoWeek, week.Monday));
    }

    [Theory]
    [InlineData("2026-12-07", "2026-12-07")]  // a Monday is its own
    [InlineData("2026-12-13", "2026-12-07")]  // a Sunday belongs to the week that began the Monday before
    [InlineData("2026-12-09", "2026-12-07")]
    public void MondayOf_IsTheIsoWeeksFirstDay(string date, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture),
            WeekView.MondayOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ACourseCalendar_ShowsItsFirstWeek()
    {
        var calendar = CourseCalendar.Generate(CourseTemplate.ThreeWeekDemo, new DateOnly(2026, 12, 9), "Asia/Shanghai", CourseCalendarOptions.Default).Value;
        var week = WeekView.Of(calendar.Sessions, s => s.StartsAtUtc, calendar.StartsOn, calendar.TimeZoneId);
        Assert.Empty(week.Days[0].Items);
        Assert.Equal(SessionKind.Assessment, week.Days[2].Items[0].Kind);
        Assert.Empty(week.Days[5].Items);
        Assert.Equal(calendar.Sessions.Count(s => s.LocalDate <= new DateOnly(2026, 12, 13)), week.Days.Sum(d => d.Items.Count));
    }
}
