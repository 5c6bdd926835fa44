namespace MndCare.Domain.Courses;

/// <summary>Finds sessions that overlap in time and share a room, a staff member or a patient.</summary>
/// <remarks>docs/therapy/courses.md, "Double-bookings". Intervals are half-open: a session ending at 10:00 and one starting at
/// 10:00 do not overlap. Rooms match when equal ignoring case and surrounding spaces. A pair sharing two things is two
/// conflicts.</remarks>
public static class DoubleBookings
{
    /// <summary>Every conflict among <paramref name="slots"/>, ordered by the first session's start.</summary>
    /// <param name="slots">Sessions, each with an end after its start; a session listed twice counts once.</param>
    public static IReadOnlyList<BookingConflict> Find(IEnumerable<BookedSlot> slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var ordered = slots.DistinctBy(s => s.SessionId).OrderBy(s => s.StartsAtUtc).ThenBy(s => s.SessionId).ToList();
        foreach (var slot in ordered)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(slot.EndsAtUtc, slot.StartsAtUtc, nameof(slots));
        }
        var conflicts = new List<BookingConflict>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var first = ordered[i];
            for (var j = i + 1; j < ordered.Count && ordered[j].StartsAtUtc < first.EndsAtUtc; j++)
            {
                var second = ordered[j];
                if (SameRoom(first.Room, second.Room))
                {
                    conflicts.Add(new BookingConflict(BookingConflictKind.Room, first.SessionId, second.SessionId));
                }
                if (first.StaffUserId is { } staff && staff == second.StaffUserId)
                {
                    conflicts.Add(new BookingConflict(BookingConflictKind.Staff, first.SessionId, second.SessionId));
                }
                if (first.PatientId == second.PatientId)
                {
                    conflicts.Add(new BookingConflict(BookingConflictKind.Patient, first.SessionId, second.SessionId));
                }
            }
        }
        return conflicts;
    }

    private static bool SameRoom(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b)
        && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
