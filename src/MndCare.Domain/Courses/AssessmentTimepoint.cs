namespace MndCare.Domain.Courses;

/// <summary>When in a course an assessment session falls.</summary>
public enum AssessmentTimepoint
{
    /// <summary>On the first day, before the first infusion.</summary>
    Baseline,

    /// <summary>On the last open day of the course, after the last infusion.</summary>
    EndOfCourse,
}
