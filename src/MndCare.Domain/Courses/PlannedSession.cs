namespace MndCare.Domain.Courses;

/// <summary>A session a course calendar places: its kind, its time (a UTC instant read in the clinic's zone) and its length.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="LocalDate">The clinic's calendar date of the session.</param>
/// <param name="StartsAtUtc">The instant it starts, in UTC.</param>
/// <param name="DurationMinutes">Its length in minutes.</param>
/// <param name="InfusionNumber">1 for the first infusion, 2 for the second...; null for other kinds.</param>
/// <param name="Timepoint">Baseline or end of course for an assessment; null for other kinds.</param>
/// <param name="Assessments">What an assessment session measures; empty for other kinds.</param>
public sealed record PlannedSession(SessionKind Kind, DateOnly LocalDate, DateTime StartsAtUtc, int DurationMinutes,
    int? InfusionNumber, AssessmentTimepoint? Timepoint, IReadOnlyList<CourseAssessmentKind> Assessments)
{
    /// <summary>The instant it ends, in UTC.</summary>
    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);
}
