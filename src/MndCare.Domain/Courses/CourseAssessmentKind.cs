namespace MndCare.Domain.Courses;

/// <summary>A measurement a course template makes due at baseline or at the end of the course.</summary>
/// <remarks>docs/therapy/courses.md, "Assessments": the demo clinic's choice of what a course is measured by.</remarks>
public enum CourseAssessmentKind
{
    /// <summary>The ALSFRS-R (King's and MiToS stages follow from it).</summary>
    AlsfrsR,

    /// <summary>Forced vital capacity, in percent of predicted.</summary>
    Fvc,

    /// <summary>Body weight; the infusion dose is per kilogram.</summary>
    Weight,

    /// <summary>Safety laboratory tests: full blood count, liver (ALT) and kidney function.</summary>
    SafetyLabs,
}
