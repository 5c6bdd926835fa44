using MndCare.Domain.Results;
using MndCare.Domain.Time;

namespace MndCare.Domain.Courses;

/// <summary>The sessions of a course, generated from its template, its first day and the clinic's calendar settings.</summary>
/// <remarks>
/// docs/therapy/courses.md, "Calendar". Sessions are held only on open days (working days that are not closed dates). Day 1
/// is the start date and must be open: the baseline assessment, then the first infusion. Each next infusion falls on the
/// first open day at least the template's spacing after the one before. The end-of-course assessment is on the last open
/// day, after every infusion. Each TCM modality's weekly sessions are spread evenly over the open days of each course week
/// (seven days from the start); what a week cannot hold is listed in <see cref="Unplaced"/>.
/// </remarks>
public sealed record CourseCalendar
{
    private CourseCalendar(DateOnly startsOn, DateOnly endsOn, string timeZoneId, IReadOnlyList<PlannedSession> sessions,
        IReadOnlyList<UnplacedSessions> unplaced)
    {
        StartsOn = startsOn;
        EndsOn = endsOn;
        TimeZoneId = timeZoneId;
        Sessions = sessions;
        Unplaced = unplaced;
    }

    /// <summary>The course's first day, in the clinic's zone.</summary>
    public DateOnly StartsOn { get; }

    /// <summary>The course's last day (start + length - 1), in the clinic's zone; the last session may be earlier.</summary>
    public DateOnly EndsOn { get; }

    /// <summary>The clinic's IANA time zone, in which every local date and time is read.</summary>
    public string TimeZoneId { get; }

    /// <summary>The sessions, in time order.</summary>
    public IReadOnlyList<PlannedSession> Sessions { get; }

    /// <summary>TCM sessions the open days could not hold; empty in an ordinary week.</summary>
    public IReadOnlyList<UnplacedSessions> Unplaced { get; }

    /// <summary>Generates the sessions of a course.</summary>
    /// <param name="template">A valid template.</param>
    /// <param name="startsOn">The course's first day in the clinic's zone; must be open.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    /// <param name="options">The clinic's working days, closed dates and session times.</param>
    public static Result<CourseCalendar> Generate(CourseTemplate template, DateOnly startsOn, string? timeZoneId, CourseCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(options);
        if (ClinicTime.FindZone(timeZoneId) is not { } zone)
        {
            return new ValidationError("timeZoneId", CourseErrorCodes.UnknownTimeZone, "timeZoneId is not a known IANA time zone.");
        }
        if (!options.IsOpen(startsOn))
        {
            return new ValidationError("startsOn", CourseErrorCodes.StartNotOpen, "The clinic is closed on the first day of the course.");
        }
        var infusionDates = CourseDays.InfusionDates(startsOn, template.LengthDays, template.InfusionCount, template.InfusionSpacingDays, options.IsOpen);
        if (infusionDates is null || CourseDays.LastOpenDay(startsOn, template.LengthDays, options.IsOpen) is not { } endAssessmentDay)
        {
            return new ValidationError("startsOn", CourseErrorCodes.InfusionsDoNotFit,
                "With the clinic's closed days, the infusions do not fit in a course starting on this day.");
        }

        var sessions = new List<PlannedSession>();
        PlannedSession At(SessionKind kind, DateOnly date, int? infusionNumber = null, AssessmentTimepoint? timepoint = null)
        {
            var slot = options.Slots[kind];
            var assessments = timepoint is { } point ? template.AssessmentsAt(point) : [];
            return new(kind, date, ClinicTime.ToUtc(date, slot.StartsAt, zone), slot.DurationMinutes, infusionNumber, timepoint, assessments);
        }
        sessions.Add(At(SessionKind.Assessment, startsOn, timepoint: AssessmentTimepoint.Baseline));
        sessions.AddRange(infusionDates.Select((date, i) => At(SessionKind.MscInfusion, date, infusionNumber: i + 1)));
        sessions.Add(At(SessionKind.Assessment, endAssessmentDay, timepoint: AssessmentTimepoint.EndOfCourse));

        var unplaced = new List<UnplacedSessions>();
        for (var week = 0; week < template.LengthWeeks; week++)
        {
            var openDays = CourseDays.OpenDaysOfWeek(startsOn, week, options.IsOpen);
            foreach (var (modality, perWeek) in template.TcmSessionsPerWeek.OrderBy(m => m.Key))
            {
                var kind = CourseWireNames.SessionKindOf(modality);
                var days = CourseDays.Spread(openDays, perWeek);
                sessions.AddRange(days.Select(day => At(kind, day)));
                if (days.Count < perWeek)
                {
                    unplaced.Add(new UnplacedSessions(kind, week + 1, perWeek - days.Count));
                }
            }
        }
        var ordered = sessions.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Kind).ToList();
        return new CourseCalendar(startsOn, CourseDays.LastDay(startsOn, template.LengthDays), zone.Id, ordered, unplaced);
    }
}
