namespace MndCare.Domain.Courses;

/// <summary>The exact, case-sensitive strings that stand for course values in the API, the CLI and exports.</summary>
/// <remarks>docs/therapy/courses.md lists them; they are contracts and never renamed.</remarks>
public static class CourseWireNames
{
    /// <summary>The wire name of a session kind.</summary>
    /// <param name="value">The value.</param>
    public static string Of(SessionKind value) => value switch
    {
        SessionKind.MscInfusion => "mscInfusion",
        SessionKind.Acupuncture => "acupuncture",
        SessionKind.HerbalMedicine => "herbalMedicine",
        SessionKind.Moxibustion => "moxibustion",
        SessionKind.Tuina => "tuina",
        SessionKind.Assessment => "assessment",
    };

    /// <summary>The wire name of a TCM modality (the same as its session kind's).</summary>
    /// <param name="value">The value.</param>
    public static string Of(TcmModality value) => Of(SessionKindOf(value));

    /// <summary>The wire name of an assessment due in a course.</summary>
    /// <param name="value">The value.</param>
    public static string Of(CourseAssessmentKind value) => value switch
    {
        CourseAssessmentKind.AlsfrsR => "alsfrsR",
        CourseAssessmentKind.Fvc => "fvc",
        CourseAssessmentKind.Weight => "weight",
        CourseAssessmentKind.SafetyLabs => "safetyLabs",
    };

    /// <summary>The wire name of an assessment timepoint.</summary>
    /// <param name="value">The value.</param>
    public static string Of(AssessmentTimepoint value) => value switch
    {
        AssessmentTimepoint.Baseline => "baseline",
        AssessmentTimepoint.EndOfCourse => "endOfCourse",
    };

    /// <summary>The wire name of a course status.</summary>
    /// <param name="value">The value.</param>
    public static string Of(CourseStatus value) => value switch
    {
        CourseStatus.Planned => "planned",
        CourseStatus.InProgress => "inProgress",
        CourseStatus.Completed => "completed",
        CourseStatus.StoppedEarly => "stoppedEarly",
    };

    /// <summary>The wire name of a medication.</summary>
    /// <param name="value">The value.</param>
    public static string Of(KnownMedication value) => value switch
    {
        KnownMedication.Riluzole => "riluzole",
        KnownMedication.Edaravone => "edaravone",
        KnownMedication.Tofersen => "tofersen",
        KnownMedication.Other => "other",
    };

    /// <summary>The code of a double-booking, as the API returns it.</summary>
    /// <param name="value">The value.</param>
    public static string Of(BookingConflictKind value) => value switch
    {
        BookingConflictKind.Room => CourseErrorCodes.RoomDoubleBooked,
        BookingConflictKind.Staff => CourseErrorCodes.StaffDoubleBooked,
        BookingConflictKind.Patient => CourseErrorCodes.PatientDoubleBooked,
    };

    /// <summary>The session kind a TCM modality is scheduled as.</summary>
    /// <param name="value">The modality.</param>
    public static SessionKind SessionKindOf(TcmModality value) => value switch
    {
        TcmModality.Acupuncture => SessionKind.Acupuncture,
        TcmModality.HerbalMedicine => SessionKind.HerbalMedicine,
        TcmModality.Moxibustion => SessionKind.Moxibustion,
        TcmModality.Tuina => SessionKind.Tuina,
    };
}
