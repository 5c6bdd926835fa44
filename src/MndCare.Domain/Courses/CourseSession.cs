using MndCare.Domain.Time;

namespace MndCare.Domain.Courses;

/// <summary>A session of a treatment course: what, when (a UTC instant and the clinic's zone), how long, where and with whom.</summary>
/// <remarks>docs/therapy/courses.md, "Sessions". Changed only through its <see cref="TreatmentCourse"/>, which checks the course's
/// state and the patient's other sessions; every change of time is kept in <see cref="History"/>.</remarks>
public sealed class CourseSession
{
    private readonly List<SessionReschedule> _history = [];

    private CourseSession()
    {
        TimeZoneId = string.Empty;
        Assessments = [];
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>What happens.</summary>
    public SessionKind Kind { get; private set; }

    /// <summary>The instant it starts, in UTC.</summary>
    public DateTime StartsAtUtc { get; private set; }

    /// <summary>Its length in minutes.</summary>
    public int DurationMinutes { get; private set; }

    /// <summary>The clinic's IANA time zone, in which the session is read.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>1 for the first infusion, 2 for the second...; null for other kinds.</summary>
    public int? InfusionNumber { get; private set; }

    /// <summary>Baseline or end of course for an assessment; null for other kinds.</summary>
    public AssessmentTimepoint? Timepoint { get; private set; }

    /// <summary>What an assessment session measures; empty for other kinds.</summary>
    public IReadOnlyList<CourseAssessmentKind> Assessments { get; private set; }

    /// <summary>The room, as the clinic names it; null until assigned.</summary>
    public string? Room { get; private set; }

    /// <summary>The staff member who runs it; null until assigned.</summary>
    public Guid? StaffUserId { get; private set; }

    /// <summary>Every change of time, oldest first.</summary>
    public IReadOnlyList<SessionReschedule> History => _history;

    /// <summary>The instant it ends, in UTC.</summary>
    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);

    /// <summary>The start as the clinic's clock shows it, with that offset.</summary>
    public DateTimeOffset LocalStart => ClinicTime.Local(StartsAtUtc, TimeZoneId);

    /// <summary>The clinic's calendar date of the session.</summary>
    public DateOnly LocalDate => ClinicTime.LocalDate(StartsAtUtc, TimeZoneId);

    /// <summary>This session as the double-booking check sees it.</summary>
    /// <param name="patientId">The course's patient.</param>
    public BookedSlot ToBookedSlot(Guid patientId) => new(Id, patientId, StartsAtUtc, EndsAtUtc, Room, StaffUserId);

    internal static CourseSession FromPlan(Guid id, PlannedSession plan, string timeZoneId) => new()
    {
        Id = id,
        Kind = plan.Kind,
        StartsAtUtc = plan.StartsAtUtc,
        DurationMinutes = plan.DurationMinutes,
        TimeZoneId = timeZoneId,
        InfusionNumber = plan.InfusionNumber,
        Timepoint = plan.Timepoint,
        Assessments = plan.Assessments,
    };

    internal void MoveTo(DateTime startsAtUtc, int durationMinutes, string reason, Guid byUserId, DateTimeOffset now)
    {
        _history.Add(new SessionReschedule(StartsAtUtc, DurationMinutes, startsAtUtc, durationMinutes, reason, byUserId, now.UtcDateTime));
        StartsAtUtc = startsAtUtc;
        DurationMinutes = durationMinutes;
    }

    internal void Assign(string? room, Guid? staffUserId)
    {
        Room = room;
        StaffUserId = staffUserId;
    }
}
