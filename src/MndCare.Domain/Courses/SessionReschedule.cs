namespace MndCare.Domain.Courses;

/// <summary>One change of a session's time, kept in its history: from when, to when, why, by whom and when it was changed.</summary>
/// <param name="FromStartsAtUtc">The start before the change (UTC).</param>
/// <param name="FromDurationMinutes">The length before the change.</param>
/// <param name="ToStartsAtUtc">The start after the change (UTC).</param>
/// <param name="ToDurationMinutes">The length after the change.</param>
/// <param name="Reason">Why, as the user wrote it (at least five characters).</param>
/// <param name="ByUserId">Who changed it.</param>
/// <param name="ChangedAtUtc">When it was changed (UTC).</param>
public sealed record SessionReschedule(DateTime FromStartsAtUtc, int FromDurationMinutes, DateTime ToStartsAtUtc, int ToDurationMinutes,
    string Reason, Guid ByUserId, DateTime ChangedAtUtc);
