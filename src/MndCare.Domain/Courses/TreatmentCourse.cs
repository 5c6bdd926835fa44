using System.Globalization;
using MndCare.Domain.Auditing;
using MndCare.Domain.Results;
using MndCare.Domain.Text;
using MndCare.Domain.Time;

namespace MndCare.Domain.Courses;

/// <summary>A patient's treatment course: the template it follows, its calendar of sessions, its medications and where it stands.</summary>
/// <remarks>
/// docs/therapy/courses.md, "Course states": planned, then in progress, then completed; or stopped early, with a reason,
/// from planned or in progress. Any other transition is refused with <see cref="CourseErrorCodes.InvalidTransition"/>.
/// Sessions change only while the course is planned or in progress; medications can be recorded in any state.
/// </remarks>
public sealed class TreatmentCourse
{
    /// <summary>Longest reason (for stopping early or rescheduling), in text elements.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Longest room name, in text elements.</summary>
    public const int MaxRoomLength = 100;

    private readonly List<CourseSession> _sessions = [];
    private readonly List<ConcomitantMedication> _medications = [];

    private TreatmentCourse(CourseTemplate template)
    {
        Template = template;
        TimeZoneId = string.Empty;
        Unplaced = [];
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic that runs the course.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The template it was planned from.</summary>
    public Guid TemplateId { get; private set; }

    /// <summary>The consultation whose signed report offered the programme; null for a course planned from the patient's record.</summary>
    public Guid? ConsultationId { get; private set; }

    /// <summary>The template as it was when the course was planned (a later edit of the template does not change the course).</summary>
    public CourseTemplate Template { get; private set; }

    /// <summary>The first day, in the clinic's zone.</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day (first day + length - 1), in the clinic's zone.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>The clinic's IANA time zone when the course was planned.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Where the course stands.</summary>
    public CourseStatus Status { get; private set; }

    /// <summary>Why it was stopped early; null otherwise.</summary>
    public string? StopReason { get; private set; }

    /// <summary>The clinician who planned it.</summary>
    public Guid PlannedByUserId { get; private set; }

    /// <summary>When it was planned (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it was marked in progress (UTC); null before.</summary>
    public DateTime? StartedAtUtc { get; private set; }

    /// <summary>When it was completed or stopped early (UTC); null before.</summary>
    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>When anything last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>The sessions, in time order.</summary>
    public IReadOnlyList<CourseSession> Sessions => [.. _sessions.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Kind)];

    /// <summary>The concomitant medications, in the order recorded.</summary>
    public IReadOnlyList<ConcomitantMedication> Medications => _medications;

    /// <summary>TCM sessions the calendar could not place when the course was planned (closed days); for the planner to see.</summary>
    public IReadOnlyList<UnplacedSessions> Unplaced { get; private set; }

    /// <summary>Whether sessions may still be rescheduled or assigned: while planned or in progress.</summary>
    public bool IsScheduleOpen => Status is CourseStatus.Planned or CourseStatus.InProgress;

    /// <summary>Plans a course: generates its calendar from the template and the clinic's settings.</summary>
    /// <param name="ids">The course's id, clinic, patient and template.</param>
    /// <param name="template">A valid template; kept as it is now.</param>
    /// <param name="startsOn">The first day, in the clinic's zone; the clinic must be open.</param>
    /// <param name="timeZoneId">The clinic's IANA time zone.</param>
    /// <param name="options">The clinic's working days, closed dates and session times.</param>
    /// <param name="newSessionId">Creates a new UUIDv7 for each session.</param>
    /// <param name="plannedByUserId">The clinician.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static Result<TreatmentCourse> Plan(CourseIds ids, CourseTemplate template, DateOnly startsOn, string? timeZoneId,
        CourseCalendarOptions options, Func<Guid> newSessionId, Guid plannedByUserId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(newSessionId);
        var calendar = CourseCalendar.Generate(template, startsOn, timeZoneId, options);
        if (!calendar.IsSuccess)
        {
            return Result<TreatmentCourse>.Failure(calendar.Errors);
        }
        var course = new TreatmentCourse(template)
        {
            Id = ids.CourseId,
            ClinicId = ids.ClinicId,
            PatientId = ids.PatientId,
            TemplateId = ids.TemplateId,
            ConsultationId = ids.ConsultationId,
            StartsOn = calendar.Value.StartsOn,
            EndsOn = calendar.Value.EndsOn,
            TimeZoneId = calendar.Value.TimeZoneId,
            Status = CourseStatus.Planned,
            PlannedByUserId = plannedByUserId,
            CreatedAtUtc = now.UtcDateTime,
            Unplaced = calendar.Value.Unplaced,
        };
        course._sessions.AddRange(calendar.Value.Sessions.Select(plan => CourseSession.FromPlan(newSessionId(), plan, course.TimeZoneId)));
        course.Touch(now, version);
        return course;
    }

    /// <summary>Marks a planned course in progress, from its first day in the clinic's zone.</summary>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<TreatmentCourse> Start(DateTimeOffset now, Guid version)
    {
        if (Status != CourseStatus.Planned)
        {
            return NotAllowed(CourseStatus.InProgress);
        }
        if (ClinicTime.LocalDate(now, TimeZoneId) < StartsOn)
        {
            return new ConflictError(CourseErrorCodes.NotYetStarted,
                $"The course starts on {ClinicTime.Format(StartsOn)}; it cannot be in progress before.");
        }
        Status = CourseStatus.InProgress;
        StartedAtUtc = now.UtcDateTime;
        Touch(now, version);
        return this;
    }

    /// <summary>Completes a course in progress once every session has started; a course ended before that is stopped early.</summary>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<TreatmentCourse> Complete(DateTimeOffset now, Guid version)
    {
        if (Status != CourseStatus.InProgress)
        {
            return NotAllowed(CourseStatus.Completed);
        }
        if (_sessions.Any(s => s.StartsAtUtc > now.UtcDateTime))
        {
            return new ConflictError(CourseErrorCodes.SessionsStillAhead, "A session is still ahead; stop the course early instead.");
        }
        Status = CourseStatus.Completed;
        EndedAtUtc = now.UtcDateTime;
        Touch(now, version);
        return this;
    }

    /// <summary>Stops a planned or running course early; the reason (at least five characters) is required.</summary>
    /// <param name="reason">Why, as the clinician writes it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<TreatmentCourse> StopEarly(string? reason, DateTimeOffset now, Guid version)
    {
        if (!IsScheduleOpen)
        {
            return NotAllowed(CourseStatus.StoppedEarly);
        }
        var validReason = Reason(reason);
        if (!validReason.IsSuccess)
        {
            return Result<TreatmentCourse>.Failure(validReason.Errors);
        }
        Status = CourseStatus.StoppedEarly;
        StopReason = validReason.Value;
        EndedAtUtc = now.UtcDateTime;
        Touch(now, version);
        return this;
    }

    /// <summary>Moves a session to another time (and optionally length), with a reason; the old time stays in its history.</summary>
    /// <remarks>Refused when the patient would be in two sessions at once; rooms and staff are checked across courses by the caller.</remarks>
    /// <param name="sessionId">The session.</param>
    /// <param name="startsAtUtc">The new start (UTC; <c>ClinicTime.ToUtc</c> converts a clinic wall-clock time).</param>
    /// <param name="durationMinutes">The new length, or null to keep it.</param>
    /// <param name="reason">Why (at least five characters).</param>
    /// <param name="byUserId">Who moves it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<CourseSession> RescheduleSession(Guid sessionId, DateTime startsAtUtc, int? durationMinutes, string? reason,
        Guid byUserId, DateTimeOffset now, Guid version)
    {
        if (startsAtUtc.Kind == DateTimeKind.Local)
        {
            throw new ArgumentException("Pass a UTC time.", nameof(startsAtUtc));
        }
        startsAtUtc = DateTime.SpecifyKind(startsAtUtc, DateTimeKind.Utc);
        if (!IsScheduleOpen)
        {
            return NotAllowed("change its sessions");
        }
        if (_sessions.Find(s => s.Id == sessionId) is not { } session)
        {
            return new NotFoundError("session");
        }
        var errors = new List<Error>();
        var validReason = Reason(reason);
        errors.AddRange(validReason.Errors);
        var minutes = durationMinutes ?? session.DurationMinutes;
        if (minutes is < SessionSlot.MinDurationMinutes or > SessionSlot.MaxDurationMinutes)
        {
            errors.Add(new ValidationError("durationMinutes", ValidationError.OutOfRange,
                $"A session lasts from {SessionSlot.MinDurationMinutes} to {SessionSlot.MaxDurationMinutes} minutes."));
        }
        if (startsAtUtc == session.StartsAtUtc && minutes == session.DurationMinutes)
        {
            errors.Add(new ValidationError("startsAt", CourseErrorCodes.Unchanged, "The session already has this time."));
        }
        if (errors.Count > 0)
        {
            return Result<CourseSession>.Failure(errors);
        }
        var moved = session.ToBookedSlot(PatientId) with { StartsAtUtc = startsAtUtc, EndsAtUtc = startsAtUtc.AddMinutes(minutes) };
        var slots = _sessions.Where(s => s.Id != sessionId).Select(s => s.ToBookedSlot(PatientId)).Append(moved);
        if (DoubleBookings.Find(slots).FirstOrDefault(c => c.IsRefused && c.Involves(sessionId)) is { } clash)
        {
            var other = clash.FirstSessionId == sessionId ? clash.SecondSessionId : clash.FirstSessionId;
            return new ConflictError(clash.Code, $"The patient already has session {other} at that time.");
        }
        session.MoveTo(startsAtUtc, minutes, validReason.Value, byUserId, now);
        Touch(now, version);
        return session;
    }

    /// <summary>Sets (or clears) a session's room and staff member; overlaps are shown by <see cref="Conflicts"/>, not refused.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="room">The room as the clinic names it, or null.</param>
    /// <param name="staffUserId">The staff member, or null.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<CourseSession> AssignSession(Guid sessionId, string? room, Guid? staffUserId, DateTimeOffset now, Guid version)
    {
        if (!IsScheduleOpen)
        {
            return NotAllowed("change its sessions");
        }
        if (_sessions.Find(s => s.Id == sessionId) is not { } session)
        {
            return new NotFoundError("session");
        }
        var validRoom = FreeText.Optional(room, "room", MaxRoomLength);
        if (!validRoom.IsSuccess)
        {
            return Result<CourseSession>.Failure(validRoom.Errors);
        }
        session.Assign(validRoom.Value, staffUserId);
        Touch(now, version);
        return session;
    }

    /// <summary>The double-bookings among this course's own sessions (other courses' sessions are the caller's to add).</summary>
    public IReadOnlyList<BookingConflict> Conflicts() => DoubleBookings.Find(_sessions.Select(s => s.ToBookedSlot(PatientId)));

    /// <summary>Records a concomitant medication.</summary>
    /// <param name="medication">A checked entry (<see cref="ConcomitantMedication.Create"/>).</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public void AddMedication(ConcomitantMedication medication, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(medication);
        if (_medications.Exists(m => m.Id == medication.Id))
        {
            throw new InvalidOperationException("The medication is already on the course.");
        }
        _medications.Add(medication);
        Touch(now, version);
    }

    /// <summary>Records the last day a medication was taken (not before its first).</summary>
    /// <param name="medicationId">The medication entry.</param>
    /// <param name="stopsOn">The last day taken.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<ConcomitantMedication> StopMedication(Guid medicationId, DateOnly stopsOn, DateTimeOffset now, Guid version)
    {
        if (_medications.Find(m => m.Id == medicationId) is not { } medication)
        {
            return new NotFoundError("medication");
        }
        var stopped = medication.Stop(stopsOn);
        if (stopped.IsSuccess)
        {
            Touch(now, version);
        }
        return stopped;
    }

    /// <summary>The medications taken on <paramref name="date"/> (start and stop dates included).</summary>
    /// <param name="date">A calendar date.</param>
    public IReadOnlyList<ConcomitantMedication> MedicationsActiveOn(DateOnly date) => [.. _medications.Where(m => m.IsActiveOn(date))];

    private static Result<string> Reason(string? reason)
    {
        var text = FreeText.Required(reason, "reason", MaxReasonLength, multiline: true);
        if (text.IsSuccess && new StringInfo(text.Value).LengthInTextElements < ReasonForChange.MinLength)
        {
            return new ValidationError("reason", "tooShort", $"Say why, in at least {ReasonForChange.MinLength} characters.");
        }
        return text;
    }

    private void Touch(DateTimeOffset now, Guid version)
    {
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }

    private ConflictError NotAllowed(CourseStatus target) => NotAllowed("make it " + CourseWireNames.Of(target));

    private ConflictError NotAllowed(string what) =>
        new(CourseErrorCodes.InvalidTransition, $"The course is {CourseWireNames.Of(Status)}; you cannot {what} now.");
}
