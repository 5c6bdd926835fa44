using MndCare.Domain.Courses;
using MndCare.Domain.Results;

namespace MndCare.Domain.Tests.Courses;

// Calendar rules: docs/therapy/courses.md, "Calendar" (the demo clinic's choices: sessions on open days, Monday to Friday,
// default times) and "Time zones" (wall-clock times in the clinic's zone, stored as UTC instants).
public sealed class CourseCalendarTests
{
    private const string Shanghai = "Asia/Shanghai";

    private static CourseCalendar Generate(CourseTemplate template, string startsOn, string zone = Shanghai, CourseCalendarOptions? options = null) =>
        CourseCalendar.Generate(template, DateOnly.Parse(startsOn, System.Globalization.CultureInfo.InvariantCulture), zone,
            options ?? CourseCalendarOptions.Default).Value;

    private static string[] Dates(CourseCalendar calendar, SessionKind kind) =>
        [.. calendar.Sessions.Where(s => s.Kind == kind).Select(s => s.LocalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];

    private static string[] Utc(CourseCalendar calendar, SessionKind kind) =>
        [.. calendar.Sessions.Where(s => s.Kind == kind).Select(s => s.StartsAtUtc.ToString("yyyy-MM-ddTHH:mmZ", System.Globalization.CultureInfo.InvariantCulture))];

    private static CourseCalendarOptions Closed(params string[] dates) => CourseCalendarOptions.Create(CourseCalendarOptions.MondayToFriday,
        dates.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture))).Value;

    [Fact]
    public void FourWeekDemo_InShanghai_FromAMonday()
    {
        var calendar = Generate(CourseTemplate.FourWeekDemo, "2026-12-07");

        // Shanghai is UTC+8 all year: 10:00 local is 02:00 UTC, 08:30 is 00:30.
        Assert.Equal(["2026-12-07T02:00Z", "2026-12-14T02:00Z", "2026-12-21T02:00Z", "2026-12-28T02:00Z"], Utc(calendar, SessionKind.MscInfusion));
        Assert.Equal([1, 2, 3, 4], calendar.Sessions.Where(s => s.Kind == SessionKind.MscInfusion).Select(s => s.InfusionNumber!.Value));
        // Baseline on day 1 before the first infusion; end of course on the last open day (Friday 1 January; 3 January is a Sunday).
        Assert.Equal(["2026-12-07T00:30Z", "2027-01-01T00:30Z"], Utc(calendar, SessionKind.Assessment));
        Assert.Equal([AssessmentTimepoint.Baseline, AssessmentTimepoint.EndOfCourse],
            calendar.Sessions.Where(s => s.Kind == SessionKind.Assessment).Select(s => s.Timepoint!.Value));
        Assert.Equal(CourseTemplate.FourWeekDemo.BaselineAssessments, calendar.Sessions[0].Assessments);
        Assert.Equal(new DateOnly(2027, 1, 3), calendar.EndsOn);

        // Acupuncture every working day; herbal review on Wednesdays; moxibustion and tuina Monday, Wednesday, Friday.
        Assert.Equal(20, Dates(calendar, SessionKind.Acupuncture).Length);
        Assert.Equal(["2026-12-09", "2026-12-16", "2026-12-23", "2026-12-30"], Dates(calendar, SessionKind.HerbalMedicine));
        Assert.Equal(["2026-12-07", "2026-12-09", "2026-12-11"], Dates(calendar, SessionKind.Moxibustion)[..3]);
        Assert.Equal(12, Dates(calendar, SessionKind.Tuina).Length);
        Assert.Equal(2 + 4 + 20 + 4 + 12 + 12, calendar.Sessions.Count);
        Assert.Empty(calendar.Unplaced);
        Assert.DoesNotContain(calendar.Sessions, s => s.LocalDate.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal([.. calendar.Sessions.OrderBy(s => s.StartsAtUtc)], calendar.Sessions);
    }

    [Fact]
    public void ThreeWeekDemo_InShanghai_FromAWednesday_WeeksRunSevenDaysFromTheStart()
    {
        var calendar = Generate(CourseTemplate.ThreeWeekDemo, "2026-12-09");

        Assert.Equal(["2026-12-09", "2026-12-16", "2026-12-23"], Dates(calendar, SessionKind.MscInfusion));
        // 21 days end on Tuesday 29 December, an open day.
        Assert.Equal(["2026-12-09", "2026-12-29"], Dates(calendar, SessionKind.Assessment));
        // Course week 1 is Wednesday 9 to Tuesday 15: its open days Wed, Thu, Fri, Mon, Tue; two sessions fall on the 2nd and 4th.
        Assert.Equal(["2026-12-10", "2026-12-14"], Dates(calendar, SessionKind.Moxibustion)[..2]);
        Assert.Equal(["2026-12-11", "2026-12-18", "2026-12-25"], Dates(calendar, SessionKind.HerbalMedicine));
        Assert.Equal(2 + 3 + 15 + 3 + 6 + 9, calendar.Sessions.Count);
    }

    [Fact]
    public void Sessions_TakeTheDefaultTimesAndLengths()
    {
        var calendar = Generate(CourseTemplate.FourWeekDemo, "2026-12-07");
        var firstDay = calendar.Sessions.Where(s => s.LocalDate == new DateOnly(2026, 12, 7)).ToList();
        // 08:30 assessment (60), 10:00 infusion (120), 14:00 acupuncture (45), 15:00 moxibustion (30), 15:45 tuina (45), local.
        Assert.Equal([SessionKind.Assessment, SessionKind.MscInfusion, SessionKind.Acupuncture, SessionKind.Moxibustion, SessionKind.Tuina],
            firstDay.Select(s => s.Kind));
        Assert.Equal([60, 120, 45, 30, 45], firstDay.Select(s => s.DurationMinutes));
        Assert.Equal(new DateTime(2026, 12, 7, 4, 0, 0, DateTimeKind.Utc), firstDay[1].EndsAtUtc);
        Assert.Empty(DoubleBookings.Find(calendar.Sessions.Select((s, i) =>
            new BookedSlot(new Guid(i, 0, 0, new byte[8]), Guid.Empty, s.StartsAtUtc, s.EndsAtUtc, null, null))));
    }

    [Fact]
    public void DaylightSaving_NewYork_KeepsTheWallClockTime()
    {
        // US daylight saving starts Sunday 8 March 2026: 10:00 EST is 15:00 UTC, 10:00 EDT is 14:00 UTC.
        var calendar = Generate(CourseTemplate.FourWeekDemo, "2026-03-02", "America/New_York");
        Assert.Equal(["2026-03-02T15:00Z", "2026-03-09T14:00Z", "2026-03-16T14:00Z", "2026-03-23T14:00Z"], Utc(calendar, SessionKind.MscInfusion));
        Assert.Equal(["2026-03-02T13:30Z", "2026-03-27T12:30Z"], Utc(calendar, SessionKind.Assessment));
    }

    [Fact]
    public void DaylightSaving_London_KeepsTheWallClockTime()
    {
        // British Summer Time starts Sunday 29 March 2026.
        var calendar = Generate(CourseTemplate.ThreeWeekDemo, "2026-03-23", "Europe/London");
        Assert.Equal(["2026-03-23T10:00Z", "2026-03-30T09:00Z", "2026-04-06T09:00Z"], Utc(calendar, SessionKind.MscInfusion));
    }

    [Fact]
    public void DaylightSaving_ASessionInTheSkippedHour_MovesForwardByTheGap()
    {
        // A clinic open every day with its assessment at 02:15: on 8 March 2026 New York skips 02:00-03:00, so it is held at 03:15 EDT.
        var options = CourseCalendarOptions.Create(Enum.GetValues<DayOfWeek>(), [],
            new Dictionary<SessionKind, SessionSlot> { [SessionKind.Assessment] = new(new TimeOnly(2, 15), 30) }).Value;
        var calendar = Generate(CourseTemplate.ThreeWeekDemo, "2026-03-08", "America/New_York", options);
        Assert.Equal(new DateTime(2026, 3, 8, 7, 15, 0, DateTimeKind.Utc), calendar.Sessions[0].StartsAtUtc);
        Assert.Equal(SessionKind.Assessment, calendar.Sessions[0].Kind);
    }

    [Fact]
    public void ClosedDates_AreSkipped_AndWhatAWeekCannotHoldIsListed()
    {
        // The clinic closes on New Year's Day (a demo closed date).
        var calendar = Generate(CourseTemplate.FourWeekDemo, "2026-12-07", options: Closed("2027-01-01"));

        Assert.Equal("2026-12-31", Dates(calendar, SessionKind.Assessment)[1]);
        Assert.DoesNotContain("2027-01-01", Dates(calendar, SessionKind.Acupuncture));
        // Week 4 has four open days: one acupuncture session cannot be placed; three moxibustion sessions spread over Mon, Wed, Thu.
        Assert.Equal([new UnplacedSessions(SessionKind.Acupuncture, 4, 1)], calendar.Unplaced);
        Assert.Equal(["2026-12-28", "2026-12-30", "2026-12-31"], Dates(calendar, SessionKind.Moxibustion)[9..]);
    }

    [Fact]
    public void ClosedDates_ThatLeaveNoRoomForTheInfusions_AreRefused()
    {
        var result = CourseCalendar.Generate(CourseTemplate.FourWeekDemo, new DateOnly(2026, 12, 7), Shanghai,
            Closed("2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01"));
        Assert.Equal(CourseErrorCodes.InfusionsDoNotFit, Assert.Single(result.Errors).Code);
    }

    [Theory]
    // Demo clinic's rule: the course starts on an open day (it is not moved silently).
    [InlineData("2026-12-12", Shanghai, "startsOn", CourseErrorCodes.StartNotOpen)]   // a Saturday
    [InlineData("2026-12-07", "Mars/Olympus", "timeZoneId", CourseErrorCodes.UnknownTimeZone)]
    public void Generate_RefusesBadInput(string startsOn, string zone, string field, string code)
    {
        var result = CourseCalendar.Generate(CourseTemplate.FourWeekDemo, DateOnly.Parse(startsOn, System.Globalization.CultureInfo.InvariantCulture),
            zone, CourseCalendarOptions.Default);
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public void Options_AreChecked()
    {
        Assert.Equal(CourseErrorCodes.NoWorkingDays, Assert.Single(CourseCalendarOptions.Create([], []).Errors).Code);
        Assert.Equal(("slots.acupuncture", CourseErrorCodes.SessionTimesOverlap), Field(Slot(SessionKind.Acupuncture, 10, 30, 45)));
        Assert.Equal(("slots.tuina", CourseErrorCodes.EndsNextDay), Field(Slot(SessionKind.Tuina, 23, 30, 60)));
        Assert.Equal(("slots.tuina", "outOfRange"), Field(Slot(SessionKind.Tuina, 18, 0, 0)));
        // A long session that covers two later ones overlaps each of them.
        Assert.Equal(2, Slot(SessionKind.Assessment, 8, 0, 340).Errors.Count);
    }

    private static Result<CourseCalendarOptions> Slot(SessionKind kind, int hour, int minute, int minutes) =>
        CourseCalendarOptions.Create(CourseCalendarOptions.MondayToFriday, [],
            new Dictionary<SessionKind, SessionSlot> { [kind] = new(new TimeOnly(hour, minute), minutes) });

    private static (string, string) Field(Result<CourseCalendarOptions> result)
    {
        var error = Assert.IsType<ValidationError>(Assert.Single(result.Errors));
        return (error.Field, error.Code);
    }
}
