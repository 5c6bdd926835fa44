namespace MndCare.Domain.Courses;

/// <summary>What two overlapping sessions share.</summary>
/// <remarks>docs/therapy/courses.md, "Double-bookings".</remarks>
public enum BookingConflictKind
{
    /// <summary>The same room.</summary>
    Room,

    /// <summary>The same staff member.</summary>
    Staff,

    /// <summary>The same patient.</summary>
    Patient,
}
