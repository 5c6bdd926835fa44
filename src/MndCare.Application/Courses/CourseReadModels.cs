using MndCare.Domain.Courses;

namespace MndCare.Application.Courses;

/// <summary>A clinic's course template: its id, whether it is archived, its values as wire names and its version (the ETag).</summary>
public sealed record CourseTemplateView(Guid Id, Guid ClinicId, bool Archived, CourseTemplateInput Template, string Version);

/// <summary>A treatment course as the API returns it: state, calendar, medications and double-bookings.</summary>
/// <param name="Id">The course.</param>
/// <param name="ClinicId">The clinic that runs it.</param>
/// <param name="PatientId">The patient.</param>
/// <param name="TemplateId">The template it was planned from.</param>
/// <param name="ConsultationId">The consultation whose signed report offered the programme; null when planned from the patient's record.</param>
/// <param name="Template">The template's values as they were when the course was planned.</param>
/// <param name="StartsOn">First day (yyyy-MM-dd, clinic's zone).</param>
/// <param name="EndsOn">Last day (yyyy-MM-dd, clinic's zone).</param>
/// <param name="TimeZoneId">The clinic's IANA zone in which the sessions are read.</param>
/// <param name="Status">planned, inProgress, completed or stoppedEarly.</param>
/// <param name="StopReason">Why it was stopped early; null otherwise.</param>
/// <param name="PlannedByUserId">The clinician who planned it.</param>
/// <param name="CreatedAt">When it was planned.</param>
/// <param name="StartedAt">When it was marked in progress.</param>
/// <param name="EndedAt">When it was completed or stopped.</param>
/// <param name="Sessions">The calendar, in time order.</param>
/// <param name="Unplaced">TCM sessions the calendar could not place (closed days).</param>
/// <param name="Medications">Concomitant medications, in the order recorded.</param>
/// <param name="Conflicts">Double-bookings of this course's sessions, with each other and with the clinic's other open courses.</param>
/// <param name="Version">The concurrency token (the ETag).</param>
public sealed record CourseView(
    Guid Id,
    Guid ClinicId,
    Guid PatientId,
    Guid TemplateId,
    Guid? ConsultationId,
    CourseTemplateInput Template,
    string StartsOn,
    string EndsOn,
    string TimeZoneId,
    string Status,
    string? StopReason,
    Guid PlannedByUserId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<UnplacedView> Unplaced,
    IReadOnlyList<MedicationView> Medications,
    IReadOnlyList<ConflictView> Conflicts,
    string Version);

/// <summary>A session; times carry the clinic's offset on that day.</summary>
/// <param name="Id">The session.</param>
/// <param name="Kind">mscInfusion, acupuncture, herbalMedicine, moxibustion, tuina or assessment.</param>
/// <param name="StartsAt">Start, ISO 8601 with the clinic's offset.</param>
/// <param name="EndsAt">End, ISO 8601 with the clinic's offset.</param>
/// <param name="DurationMinutes">Length in minutes.</param>
/// <param name="LocalDate">The clinic's calendar date (yyyy-MM-dd).</param>
/// <param name="InfusionNumber">1, 2, … for infusions; null otherwise.</param>
/// <param name="Timepoint">baseline or endOfCourse for assessments; null otherwise.</param>
/// <param name="Assessments">What an assessment session measures.</param>
/// <param name="Room">The room; null until assigned.</param>
/// <param name="StaffUserId">The staff member; null until assigned.</param>
/// <param name="History">Every move, oldest first.</param>
public sealed record SessionView(Guid Id, string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int DurationMinutes, string LocalDate,
    int? InfusionNumber, string? Timepoint, IReadOnlyList<string> Assessments, string? Room, Guid? StaffUserId, IReadOnlyList<RescheduleView> History);

/// <summary>One move of a session: from, to, why, by whom and when.</summary>
public sealed record RescheduleView(DateTimeOffset FromStartsAt, int FromDurationMinutes, DateTimeOffset ToStartsAt, int ToDurationMinutes,
    string Reason, Guid ByUserId, DateTimeOffset ChangedAt);

/// <summary>TCM sessions a course week could not hold.</summary>
public sealed record UnplacedView(string Kind, int CourseWeek, int Count);

/// <summary>A concomitant medication; <see cref="Name"/> only for medication "other".</summary>
public sealed record MedicationView(Guid Id, string Medication, string? Name, string DoseText, string StartsOn, string? StopsOn);

/// <summary>A double-booking of one of the course's sessions.</summary>
/// <param name="Code">roomDoubleBooked, staffDoubleBooked or patientDoubleBooked.</param>
/// <param name="SessionId">This course's session.</param>
/// <param name="OtherSessionId">The session it overlaps.</param>
/// <param name="OtherCourseId">The other session's course; null when it is this course.</param>
/// <param name="Refused">True for a patient double-booking (refused when planning or moving); room and staff are warnings.</param>
public sealed record ConflictView(string Code, Guid SessionId, Guid OtherSessionId, Guid? OtherCourseId, bool Refused);

/// <summary>The body of planning a course.</summary>
/// <param name="TemplateId">One of the clinic's templates that is not archived.</param>
/// <param name="StartsOn">The first day, yyyy-MM-dd in the clinic's zone; an open day.</param>
/// <param name="ConsultationId">The patient's consultation whose report offered the programme, when the course comes from one; stored
/// with the course.</param>
public sealed record PlanCourseInput(Guid? TemplateId, string? StartsOn, Guid? ConsultationId = null);

/// <summary>The body of stopping a course early.</summary>
public sealed record StopCourseInput(string? Reason);

/// <summary>The body of moving a session.</summary>
/// <param name="StartsAt">The new start, ISO 8601 with an offset (any offset; stored as the instant).</param>
/// <param name="DurationMinutes">The new length; null keeps it.</param>
/// <param name="Reason">Why (at least five characters).</param>
public sealed record RescheduleSessionInput(string? StartsAt, int? DurationMinutes, string? Reason);

/// <summary>The body of setting a session's room and staff member (null clears).</summary>
public sealed record AssignSessionInput(string? Room, Guid? StaffUserId);

/// <summary>The body of recording a concomitant medication.</summary>
/// <param name="Medication">riluzole, edaravone, tofersen or other.</param>
/// <param name="Name">The name, for other.</param>
/// <param name="DoseText">The dose as written.</param>
/// <param name="StartsOn">First day taken, yyyy-MM-dd.</param>
/// <param name="StopsOn">Last day taken, yyyy-MM-dd; optional.</param>
public sealed record MedicationInput(string? Medication, string? Name, string? DoseText, string? StartsOn, string? StopsOn);

/// <summary>The body of stopping a medication.</summary>
/// <param name="StopsOn">Last day taken, yyyy-MM-dd.</param>
public sealed record StopMedicationInput(string? StopsOn);

/// <summary>The body of creating or replacing a template: its values, and whether it is archived (no longer offered for new courses).</summary>
public sealed record CourseTemplateBody(CourseTemplateInput? Template, bool Archived = false);
