using System.Collections.ObjectModel;
using MndCare.Domain.Results;

namespace MndCare.Domain.Courses;

/// <summary>A clinic's calendar settings for generating course sessions: its working days, closed dates and default session times.</summary>
/// <remarks>docs/therapy/courses.md, "Calendar": the defaults are the demo clinic's choice, not a published standard.</remarks>
public sealed record CourseCalendarOptions
{
    private const int MinutesPerDay = 24 * 60;

    private CourseCalendarOptions(IReadOnlySet<DayOfWeek> workingDays, IReadOnlySet<DateOnly> closedDates,
        IReadOnlyDictionary<SessionKind, SessionSlot> slots)
    {
        WorkingDays = workingDays;
        ClosedDates = closedDates;
        Slots = slots;
    }

    /// <summary>The weekdays the clinic holds sessions (Monday to Friday by default).</summary>
    public IReadOnlySet<DayOfWeek> WorkingDays { get; }

    /// <summary>Dates the clinic is closed although they fall on a working day (public holidays); none by default.</summary>
    public IReadOnlySet<DateOnly> ClosedDates { get; }

    /// <summary>The default time and length of each kind of session.</summary>
    public IReadOnlyDictionary<SessionKind, SessionSlot> Slots { get; }

    /// <summary>The demo clinic's working week (Monday to Friday).</summary>
    public static IReadOnlySet<DayOfWeek> MondayToFriday { get; } = new ReadOnlySet<DayOfWeek>(new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    });

    /// <summary>The demo clinic's default session times: assessments first, the infusion with an hour of observation, TCM in the afternoon.</summary>
    public static IReadOnlyDictionary<SessionKind, SessionSlot> DefaultSlots { get; } = new ReadOnlyDictionary<SessionKind, SessionSlot>(new Dictionary<SessionKind, SessionSlot>
    {
        [SessionKind.Assessment] = new(new TimeOnly(8, 30), 60),
        // The infusion itself and the hour of vital signs after it (issue 8, "Monitoring").
        [SessionKind.MscInfusion] = new(new TimeOnly(10, 0), 120),
        [SessionKind.HerbalMedicine] = new(new TimeOnly(13, 30), 30),
        [SessionKind.Acupuncture] = new(new TimeOnly(14, 0), 45),
        [SessionKind.Moxibustion] = new(new TimeOnly(15, 0), 30),
        [SessionKind.Tuina] = new(new TimeOnly(15, 45), 45),
    });

    /// <summary>The demo clinic's settings: Monday to Friday, no closed dates, the default session times.</summary>
    public static CourseCalendarOptions Default { get; } = new(MondayToFriday, ReadOnlySet<DateOnly>.Empty, DefaultSlots);

    /// <summary>Whether sessions can be held on <paramref name="date"/>.</summary>
    /// <param name="date">A calendar date in the clinic's zone.</param>
    public bool IsOpen(DateOnly date) => WorkingDays.Contains(date.DayOfWeek) && !ClosedDates.Contains(date);

    /// <summary>Checked settings, or every problem found.</summary>
    /// <param name="workingDays">The weekdays sessions are held; at least one.</param>
    /// <param name="closedDates">Holidays; may be empty.</param>
    /// <param name="slots">A time for each session kind; kinds left out keep their default. Two kinds may not overlap.</param>
    public static Result<CourseCalendarOptions> Create(IEnumerable<DayOfWeek> workingDays, IEnumerable<DateOnly> closedDates,
        IReadOnlyDictionary<SessionKind, SessionSlot>? slots = null)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentNullException.ThrowIfNull(closedDates);
        var errors = new List<Error>();
        var days = workingDays.ToHashSet();
        if (days.Count == 0)
        {
            errors.Add(new ValidationError("workingDays", CourseErrorCodes.NoWorkingDays, "The clinic needs at least one working day."));
        }
        var merged = new Dictionary<SessionKind, SessionSlot>(DefaultSlots);
        foreach (var (kind, slot) in slots ?? new Dictionary<SessionKind, SessionSlot>())
        {
            merged[kind] = slot;
        }
        foreach (var (kind, slot) in merged)
        {
            var field = "slots." + CourseWireNames.Of(kind);
            if (slot.DurationMinutes is < SessionSlot.MinDurationMinutes or > SessionSlot.MaxDurationMinutes)
            {
                errors.Add(new ValidationError(field, ValidationError.OutOfRange,
                    $"A session lasts from {SessionSlot.MinDurationMinutes} to {SessionSlot.MaxDurationMinutes} minutes."));
            }
            else if (slot.EndMinuteOfDay > MinutesPerDay)
            {
                errors.Add(new ValidationError(field, CourseErrorCodes.EndsNextDay, "A session must end on the day it starts."));
            }
        }
        // Any two kinds can fall on the same day, so no two default times may overlap: a generated calendar never double-books the patient.
        var ordered = merged.OrderBy(s => s.Value.StartMinuteOfDay).ThenBy(s => s.Key).ToList();
        var latest = ordered[0];
        foreach (var slot in ordered.Skip(1))
        {
            if (slot.Value.StartMinuteOfDay < latest.Value.EndMinuteOfDay)
            {
                errors.Add(new ValidationError("slots." + CourseWireNames.Of(slot.Key), CourseErrorCodes.SessionTimesOverlap,
                    $"The {CourseWireNames.Of(slot.Key)} time overlaps the {CourseWireNames.Of(latest.Key)} time."));
            }
            if (slot.Value.EndMinuteOfDay > latest.Value.EndMinuteOfDay)
            {
                latest = slot;
            }
        }
        return errors.Count > 0
            ? Result<CourseCalendarOptions>.Failure(errors)
            : new CourseCalendarOptions(days.AsReadOnly(), closedDates.ToHashSet().AsReadOnly(), merged.AsReadOnly());
    }
}
