using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;

namespace MndCare.Domain.Tests.FollowUp;

// The follow-up schedule (docs/outcomes/follow-up.md, ADR 0038): baseline, end of course and months after the end ± the window; each
// rating counts once, for the nearest due date whose window holds it; a death closes what it left open. Dates are fixed values.
public sealed class FollowUpScheduleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5), End = new(2026, 1, 30);

    private static IReadOnlyList<FollowUpTimepoint> Default => FollowUpSchedule.Timepoints(Start, End, FollowUpPolicy.Default);

    private static FollowUpRating Rated(DateOnly on, bool self = false) => new(Guid.CreateVersion7(), on, self);

    [Fact]
    public void DefaultSchedule_IsBaselineEndOfCourseAndMonths1To12AfterTheEnd_Plus_Or_Minus14Days()
    {
        Assert.Equal(["baseline", "endOfCourse", "month1", "month3", "month6", "month12"], Default.Select(t => t.Code));
        // Baseline: due on the first day, counted from 14 days before it (before the first infusion, never after).
        Assert.Equal((Start, new DateOnly(2025, 12, 22), Start), (Default[0].DueOn, Default[0].WindowStart, Default[0].WindowEnd));
        Assert.Equal((End, new DateOnly(2026, 1, 16), new DateOnly(2026, 2, 13)), (Default[1].DueOn, Default[1].WindowStart, Default[1].WindowEnd));
        // Calendar months: 30 January + 1 month is 28 February (DateOnly.AddMonths clamps to the month's last day).
        Assert.Equal([new(2026, 2, 28), new(2026, 4, 30), new(2026, 7, 30), new(2027, 1, 30)], Default.Skip(2).Select(t => t.DueOn));
    }

    [Theory]
    // Status of month 1 (due 2026-02-28, window 02-14 to 03-14) without a rating, by today.
    [InlineData("2026-02-13", FollowUpStatus.Upcoming)]
    [InlineData("2026-02-14", FollowUpStatus.Due)]
    [InlineData("2026-02-28", FollowUpStatus.Due)]
    [InlineData("2026-03-01", FollowUpStatus.Overdue)]
    [InlineData("2026-03-14", FollowUpStatus.Overdue)]
    [InlineData("2026-03-15", FollowUpStatus.Missed)]
    public void WithoutARating_ATimepointIsUpcomingDueOverdueThenMissed(string today, FollowUpStatus expected) =>
        Assert.Equal(expected, FollowUpSchedule.Evaluate(Default, [], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), null)[2].Status);

    [Fact]
    public void ARatingInTheWindow_IsDone_WhateverItsMode_AndOneOutsideEveryWindowCountsForNothing()
    {
        var self = Rated(new DateOnly(2026, 3, 10), self: true);
        var states = FollowUpSchedule.Evaluate(Default, [self, Rated(new DateOnly(2026, 3, 25))], new DateOnly(2026, 4, 1), null);

        Assert.Equal((FollowUpStatus.Done, self), (states[2].Status, states[2].Rating));
        Assert.All(states.Skip(3), s => Assert.Null(s.Rating));
    }

    [Fact]
    public void OneRating_CountsOnce_ForTheNearestDueDate_WhenWindowsOverlap()
    {
        // A 30-day window: end of course (01-30) and month 1 (02-28) overlap from 01-29 to 03-01.
        var wide = FollowUpSchedule.Timepoints(Start, End, FollowUpPolicy.Create([1, 3], 30).Value);
        var nearEnd = Rated(new DateOnly(2026, 2, 10));
        var nearMonth1 = Rated(new DateOnly(2026, 2, 20));

        var onlyOne = FollowUpSchedule.Evaluate(wide, [nearEnd], new DateOnly(2026, 2, 25), null);
        var both = FollowUpSchedule.Evaluate(wide, [nearMonth1, nearEnd], new DateOnly(2026, 2, 25), null);

        Assert.Equal((FollowUpStatus.Done, FollowUpStatus.Due), (onlyOne[1].Status, onlyOne[2].Status));
        Assert.Equal((nearEnd, nearMonth1), (both[1].Rating, both[2].Rating));
    }

    [Fact]
    public void ATimepointKeepsTheRatingNearestItsDueDate()
    {
        var early = Rated(new DateOnly(2026, 2, 15));
        var onTime = Rated(new DateOnly(2026, 2, 27));

        Assert.Equal(onTime, FollowUpSchedule.Evaluate(Default, [onTime, early], new DateOnly(2026, 3, 1), null)[2].Rating);
    }

    [Fact]
    public void ADeath_ClosesWhatItLeftOpen_ButAMissedTimepointStaysMissed()
    {
        var states = FollowUpSchedule.Evaluate(Default, [Rated(End)], new DateOnly(2026, 6, 1), deathDate: new DateOnly(2026, 4, 20));

        Assert.Equal([FollowUpStatus.Missed, FollowUpStatus.Done, FollowUpStatus.Missed, FollowUpStatus.Closed, FollowUpStatus.Closed, FollowUpStatus.Closed],
            states.Select(s => s.Status));
    }

    [Theory]
    [InlineData(CourseStatus.Planned, false, true)]
    [InlineData(CourseStatus.InProgress, true, true)]
    [InlineData(CourseStatus.Completed, true, true)]
    [InlineData(CourseStatus.StoppedEarly, true, true)]
    [InlineData(CourseStatus.StoppedEarly, false, false)]
    public void EveryCourseHasFollowUp_ExceptOneStoppedBeforeItStarted(CourseStatus status, bool started, bool expected) =>
        Assert.Equal(expected, FollowUpSchedule.HasFollowUp(status, started));

    [Fact]
    public void ACourseStoppedEarly_IsFollowedFromTheDayItStopped()
    {
        var stopped = new DateOnly(2026, 1, 20);

        Assert.Equal(stopped, FollowUpSchedule.EndOf(CourseStatus.StoppedEarly, End, stopped));
        Assert.Equal(End, FollowUpSchedule.EndOf(CourseStatus.Completed, End, new DateOnly(2026, 2, 2)));
    }
}
