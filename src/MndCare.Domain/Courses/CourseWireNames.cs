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

    /// <summary>Parses a wire name; null when it is not exactly one of the names.</summary>
    /// <typeparam name="TEnum">One of the course enums.</typeparam>
    /// <param name="text">The wire name.</param>
    public static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(NameOf(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>All wire names of a course enum, in declaration order, for errors and forms.</summary>
    /// <typeparam name="TEnum">One of the course enums.</typeparam>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(NameOf)];

    private static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => value switch
    {
        SessionKind v => Of(v),
        TcmModality v => Of(v),
        CourseAssessmentKind v => Of(v),
        AssessmentTimepoint v => Of(v),
        CourseStatus v => Of(v),
        KnownMedication v => Of(v),
        BookingConflictKind v => Of(v),
        _ => throw new ArgumentOutOfRangeException(nameof(value), typeof(TEnum).Name + " has no course wire names."),
    };
}
