namespace MndCare.Domain.Courses;

/// <summary>Where a treatment course stands.</summary>
/// <remarks>docs/therapy/courses.md, "Course states". Stored by name; the names are part of the data and never renamed.</remarks>
public enum CourseStatus
{
    /// <summary>Planned; no session has been recorded as started.</summary>
    Planned,

    /// <summary>Running.</summary>
    InProgress,

    /// <summary>Every session is behind it and the clinician closed it.</summary>
    Completed,

    /// <summary>Stopped before its end, with a reason.</summary>
    StoppedEarly,
}
