namespace MndCare.Domain.Courses;

/// <summary>A course template as a clinic keeps it: its id, clinic, values and whether it is archived (no longer offered).</summary>
/// <remarks>docs/therapy/courses.md, "Templates per clinic". Archiving keeps the template for the courses planned from it;
/// a course keeps its own copy of the values, so an edit never changes a planned course.</remarks>
public sealed class ClinicCourseTemplate
{
    private ClinicCourseTemplate()
    {
        Template = CourseTemplate.FourWeekDemo;
    }

    /// <summary>The record id (UUIDv7); a course names it as its template.</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic that offers it.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The template's values.</summary>
    public CourseTemplate Template { get; private set; }

    /// <summary>Whether it is no longer offered for new courses.</summary>
    public bool IsArchived { get; private set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>A template offered by <paramref name="clinicId"/>.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="template">A checked template.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    /// <param name="isArchived">Whether it is created archived (kept, not offered).</param>
    public static ClinicCourseTemplate Create(Guid id, Guid clinicId, CourseTemplate template, DateTimeOffset now, Guid version, bool isArchived = false)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new() { Id = id, ClinicId = clinicId, Template = template, IsArchived = isArchived, UpdatedAtUtc = now.UtcDateTime, Version = version };
    }

    /// <summary>Replaces the values and the archived flag; courses already planned keep their copy.</summary>
    /// <param name="template">A checked template.</param>
    /// <param name="isArchived">Whether it is no longer offered.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public void Replace(CourseTemplate template, bool isArchived, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        IsArchived = isArchived;
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }
}
