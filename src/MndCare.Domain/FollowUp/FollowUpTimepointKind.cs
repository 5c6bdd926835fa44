namespace MndCare.Domain.FollowUp;

/// <summary>Which follow-up timepoint of a course.</summary>
public enum FollowUpTimepointKind
{
    /// <summary>Before the first infusion: due on the first day, counted from the window's days before it.</summary>
    Baseline,

    /// <summary>At the end of the course.</summary>
    EndOfCourse,

    /// <summary>A number of months after the end of the course.</summary>
    AfterEnd,
}
