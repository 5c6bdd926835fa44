using MndCare.Domain.Consultations;

namespace MndCare.Domain.Courses;

/// <summary>The stable codes of course errors and double-bookings, as the API returns them and the pages translate them.</summary>
/// <remarks>docs/therapy/courses.md states the rule behind each. Field-level input errors also use the shared codes
/// <c>required</c>, <c>outOfRange</c>, <c>tooLong</c>, <c>tooShort</c> and <c>invalidCharacters</c>.</remarks>
public static class CourseErrorCodes
{
    /// <summary>The course's status does not allow the change (the same code as every other refused transition).</summary>
    public const string InvalidTransition = ConsultationErrorCodes.InvalidTransition;

    /// <summary>The template's infusions do not fit in the course before its end-of-course assessment.</summary>
    public const string InfusionsDoNotFit = "infusionsDoNotFit";

    /// <summary>An assessment is listed twice at the same timepoint.</summary>
    public const string DuplicateAssessment = "duplicateAssessment";

    /// <summary>The course would start on a day the clinic is closed.</summary>
    public const string StartNotOpen = "startNotOpen";

    /// <summary>The time zone is not a known IANA zone.</summary>
    public const string UnknownTimeZone = "unknownTimeZone";

    /// <summary>Two kinds of session would overlap on a day when both fall (the default times overlap).</summary>
    public const string SessionTimesOverlap = "sessionTimesOverlap";

    /// <summary>A session's default time would run past midnight.</summary>
    public const string EndsNextDay = "endsNextDay";

    /// <summary>The clinic has no working day in the week.</summary>
    public const string NoWorkingDays = "noWorkingDays";

    /// <summary>A rescheduling that does not change the time or the duration.</summary>
    public const string Unchanged = "unchanged";

    /// <summary>A course cannot start before its first day, in the clinic's zone.</summary>
    public const string NotYetStarted = "courseNotYetStarted";

    /// <summary>A course cannot be completed while a session is still ahead; stop it early instead.</summary>
    public const string SessionsStillAhead = "sessionsStillAhead";

    /// <summary>A medication's stop date is before its start date.</summary>
    public const string StopBeforeStart = "stopBeforeStart";

    /// <summary>A template names a TCM modality that does not exist.</summary>
    public const string UnknownModality = "unknownModality";

    /// <summary>A template names an assessment that does not exist.</summary>
    public const string UnknownAssessment = "unknownAssessment";

    /// <summary>A medication that is not one of the known names or other.</summary>
    public const string UnknownMedication = "unknownMedication";

    /// <summary>A template that is archived is no longer offered for new courses.</summary>
    public const string TemplateArchived = "templateArchived";

    /// <summary>A session is assigned to someone who is not on the clinic's staff.</summary>
    public const string UnknownStaff = "unknownStaff";

    /// <summary>Two overlapping sessions in the same room (a warning).</summary>
    public const string RoomDoubleBooked = "roomDoubleBooked";

    /// <summary>Two overlapping sessions with the same staff member (a warning).</summary>
    public const string StaffDoubleBooked = "staffDoubleBooked";

    /// <summary>Two overlapping sessions of the same patient (refused).</summary>
    public const string PatientDoubleBooked = "patientDoubleBooked";
}
