namespace MndCare.Domain.Courses;

/// <summary>A session as the double-booking check sees it: who, where, with whom, and the half-open interval [start, end).</summary>
/// <param name="SessionId">The session.</param>
/// <param name="PatientId">Its patient.</param>
/// <param name="StartsAtUtc">When it starts (UTC).</param>
/// <param name="EndsAtUtc">When it ends (UTC); after the start.</param>
/// <param name="Room">The room; null when not assigned.</param>
/// <param name="StaffUserId">The staff member; null when not assigned.</param>
public readonly record struct BookedSlot(Guid SessionId, Guid PatientId, DateTime StartsAtUtc, DateTime EndsAtUtc, string? Room, Guid? StaffUserId);
