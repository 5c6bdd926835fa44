using MndCare.Domain.Courses;

namespace MndCare.Domain.Tcm.Visits;

/// <summary>A planned course session a TCM session fills: its course, its id and its kind.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="SessionId">The course session.</param>
/// <param name="Kind">What the calendar planned there.</param>
public sealed record CourseSlot(Guid CourseId, Guid SessionId, SessionKind Kind);
