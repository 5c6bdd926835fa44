namespace MndCare.Domain.Courses;

/// <summary>TCM sessions a course week could not hold because the clinic is closed on too many of its days; shown to the clinician.</summary>
/// <param name="Kind">The session kind.</param>
/// <param name="CourseWeek">The course week, 1 for the first.</param>
/// <param name="Count">How many sessions are missing that week.</param>
public sealed record UnplacedSessions(SessionKind Kind, int CourseWeek, int Count);
