using MndCare.Domain.Courses;

namespace MndCare.Domain.FollowUp;

/// <summary>A course's follow-up schedule (baseline, end of course and the policy's months after the end) and each timepoint's status.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Schedule" and "Status"; ADR 0038.</remarks>
public static class FollowUpSchedule
{
    /// <summary>Whether a course has follow-up: every course except one stopped before it started (no treatment was given).</summary>
    /// <param name="status">The course's status.</param>
    /// <param name="started">Whether the course was ever started.</param>
    public static bool HasFollowUp(CourseStatus status, bool started) => status switch
    {
        CourseStatus.StoppedEarly => started,
        CourseStatus.Planned or CourseStatus.InProgress or CourseStatus.Completed => true,
    };

    /// <summary>The day the course ended, from which follow-up counts: the day it was stopped for a course stopped early, otherwise
    /// its planned last day.</summary>
    /// <param name="status">The course's status.</param>
    /// <param name="endsOn">The planned last day.</param>
    /// <param name="stoppedOn">The day it was stopped, in the clinic's zone, or null.</param>
    public static DateOnly EndOf(CourseStatus status, DateOnly endsOn, DateOnly? stoppedOn) => status switch
    {
        CourseStatus.StoppedEarly when stoppedOn is { } stopped && stopped < endsOn => stopped,
        CourseStatus.Planned or CourseStatus.InProgress or CourseStatus.Completed or CourseStatus.StoppedEarly => endsOn,
    };

    /// <summary>The timepoints of a course that starts on <paramref name="startsOn"/> and ends on <paramref name="endsOn"/>: baseline
    /// due on the first day (window: the days before it), end of course and each month after the end, ± the window.</summary>
    /// <param name="startsOn">The first day.</param>
    /// <param name="endsOn">The day it ended (<see cref="EndOf"/>).</param>
    /// <param name="policy">The clinic's policy.</param>
    public static IReadOnlyList<FollowUpTimepoint> Timepoints(DateOnly startsOn, DateOnly endsOn, FollowUpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var w = policy.WindowDays;
        FollowUpTimepoint Around(FollowUpTimepointKind kind, int? months, DateOnly due) => new(kind, months, due, due.AddDays(-w), due.AddDays(w));
        return
        [
            new FollowUpTimepoint(FollowUpTimepointKind.Baseline, null, startsOn, startsOn.AddDays(-w), startsOn),
            Around(FollowUpTimepointKind.EndOfCourse, null, endsOn),
            .. policy.MonthsAfterEnd.Select(m => Around(FollowUpTimepointKind.AfterEnd, m, endsOn.AddMonths(m))),
        ];
    }

    /// <summary>Each timepoint's status on <paramref name="today"/>. A rating counts for the timepoint whose window holds it and whose
    /// due date is nearest (the earlier on a tie), so one rating never counts twice; a timepoint keeps the rating nearest its due date.
    /// A timepoint without a rating is closed when the patient died before its window closed.</summary>
    /// <param name="timepoints">The course's timepoints.</param>
    /// <param name="ratings">The patient's current ALSFRS-R ratings (any mode).</param>
    /// <param name="today">Today in the clinic's zone.</param>
    /// <param name="deathDate">The patient's death date, or null.</param>
    public static IReadOnlyList<FollowUpTimepointState> Evaluate(IReadOnlyList<FollowUpTimepoint> timepoints, IEnumerable<FollowUpRating> ratings,
        DateOnly today, DateOnly? deathDate)
    {
        ArgumentNullException.ThrowIfNull(timepoints);
        ArgumentNullException.ThrowIfNull(ratings);
        var counted = new Dictionary<FollowUpTimepoint, FollowUpRating>();
        foreach (var rating in ratings.OrderBy(r => r.RatedOn).ThenBy(r => r.AssessmentId))
        {
            var nearest = timepoints.Where(t => t.Contains(rating.RatedOn)).MinBy(t => Distance(t, rating.RatedOn));
            if (nearest is not null && (!counted.TryGetValue(nearest, out var kept) || Distance(nearest, rating.RatedOn) < Distance(nearest, kept.RatedOn)))
            {
                counted[nearest] = rating;
            }
        }
        return [.. timepoints.Select(t => counted.TryGetValue(t, out var r)
            ? new FollowUpTimepointState(t, FollowUpStatus.Done, r)
            : new FollowUpTimepointState(t, StatusWithout(t, today, deathDate), null))];
    }

    private static int Distance(FollowUpTimepoint timepoint, DateOnly date) => Math.Abs(date.DayNumber - timepoint.DueOn.DayNumber);

    private static FollowUpStatus StatusWithout(FollowUpTimepoint t, DateOnly today, DateOnly? deathDate) =>
        deathDate is { } died && died <= t.WindowEnd ? FollowUpStatus.Closed
        : today < t.WindowStart ? FollowUpStatus.Upcoming
        : today <= t.DueOn ? FollowUpStatus.Due
        : today <= t.WindowEnd ? FollowUpStatus.Overdue
        : FollowUpStatus.Missed;
}
