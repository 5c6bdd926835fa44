namespace MndCare.Domain.Courses;

/// <summary>Two sessions that overlap in time and share a room, a staff member or a patient.</summary>
/// <remarks>docs/therapy/courses.md, "Double-bookings": a patient in two places at once is refused; a shared room or staff
/// member is a warning (multi-bed rooms, a nurse watching two infusions).</remarks>
/// <param name="Kind">What the two sessions share.</param>
/// <param name="FirstSessionId">The session that starts first (the smaller id when both start together).</param>
/// <param name="SecondSessionId">The other session.</param>
public sealed record BookingConflict(BookingConflictKind Kind, Guid FirstSessionId, Guid SecondSessionId)
{
    /// <summary>The code the API returns: roomDoubleBooked, staffDoubleBooked or patientDoubleBooked.</summary>
    public string Code => CourseWireNames.Of(Kind);

    /// <summary>Whether the change that causes it is refused (a patient cannot be in two sessions); otherwise it is a warning.</summary>
    public bool IsRefused => Kind switch
    {
        BookingConflictKind.Patient => true,
        BookingConflictKind.Room or BookingConflictKind.Staff => false,
    };

    /// <summary>Whether <paramref name="sessionId"/> is one of the two sessions.</summary>
    /// <param name="sessionId">A session id.</param>
    public bool Involves(Guid sessionId) => FirstSessionId == sessionId || SecondSessionId == sessionId;
}
