namespace MndCare.Domain.Patients;

/// <summary>The exact, case-sensitive strings that stand for domain values in the API, the CLI and exports.</summary>
public static class WireNames
{
    /// <summary>The wire name of a sex.</summary>
    /// <param name="value">The value.</param>
    public static string Of(Sex value) => value switch
    {
        Sex.Female => "female",
        Sex.Male => "male",
        Sex.Other => "other",
        Sex.Unknown => "unknown",
    };

    /// <summary>The wire name of an onset site.</summary>
    /// <param name="value">The value.</param>
    public static string Of(OnsetSite value) => value switch
    {
        OnsetSite.Bulbar => "bulbar",
        OnsetSite.UpperLimb => "upperLimb",
        OnsetSite.LowerLimb => "lowerLimb",
        OnsetSite.Trunk => "trunk",
        OnsetSite.Respiratory => "respiratory",
        OnsetSite.Generalized => "generalized",
    };

    /// <summary>The BCP 47 tag of a language.</summary>
    /// <param name="value">The value.</param>
    public static string Of(PreferredLanguage value) => value switch
    {
        PreferredLanguage.English => "en",
        PreferredLanguage.SimplifiedChinese => "zh-Hans",
    };

    /// <summary>Parses a wire name; null when it is not exactly one of the names.</summary>
    /// <typeparam name="TEnum">An enum with wire names (see the list below).</typeparam>
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

    /// <summary>All wire names of an enum, for error messages and forms.</summary>
    /// <typeparam name="TEnum">An enum with wire names (see the list below).</typeparam>
    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => NameOf(v))];

    /// <summary>The wire name of any enum value that has one.</summary>
    /// <param name="value">The value.</param>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => NameOf(value);

    private static string NameOf<TEnum>(TEnum value) where TEnum : struct, Enum => value switch
    {
        Sex s => Of(s),
        OnsetSite o => Of(o),
        PreferredLanguage l => Of(l),
        Clinics.ClinicRole r => Clinics.ClinicRoleNames.Of(r),
        Consultations.YesNoUnknown v => Consultations.QuestionnaireChoices.Of(v),
        Consultations.BreathingSupport v => Consultations.QuestionnaireChoices.Of(v),
        Consultations.ReportedDiagnosis v => Consultations.QuestionnaireChoices.Of(v),
        Consultations.GeneticTesting v => Consultations.QuestionnaireChoices.Of(v),
        Consultations.ConsultationStatus v => Consultations.QuestionnaireChoices.Of(v),
        Consultations.ProgrammeRecommendation v => Consultations.ProgrammeRecommendationNames.Of(v),
        Consultations.OfferConcern v => Consultations.OfferSafeguard.WireName(v),
        Consultations.Eligibility.EligibilityOutcome v => v switch
        {
            Consultations.Eligibility.EligibilityOutcome.Met => "met",
            Consultations.Eligibility.EligibilityOutcome.NotMet => "notMet",
            Consultations.Eligibility.EligibilityOutcome.Unknown => "unknown",
        },
        Consultations.Files.MedicalFileCategory v => Consultations.Files.MedicalFileCategories.WireName(v),
        Consultations.Files.MedicalFileKind v => Consultations.Files.MedicalFileKinds.WireName(v),
        CellProducts.InfectiousMarker v => CellProducts.CellProductWireNames.Of(v),
        CellProducts.ScreeningResult v => CellProducts.CellProductWireNames.Of(v),
        CellProducts.DetectionResult v => CellProducts.CellProductWireNames.Of(v),
        CellProducts.KaryotypeResult v => CellProducts.CellProductWireNames.Of(v),
        CellProducts.LotStatus v => CellProducts.CellProductWireNames.Of(v),
        CellProducts.UnitStatus v => CellProducts.CellProductWireNames.Of(v),
        CellProducts.CustodyEventKind v => CellProducts.CellProductWireNames.Of(v),
        Courses.SessionKind v => Courses.CourseWireNames.Of(v),
        Courses.TcmModality v => Courses.CourseWireNames.Of(v),
        Courses.CourseAssessmentKind v => Courses.CourseWireNames.Of(v),
        Courses.AssessmentTimepoint v => Courses.CourseWireNames.Of(v),
        Courses.CourseStatus v => Courses.CourseWireNames.Of(v),
        Courses.KnownMedication v => Courses.CourseWireNames.Of(v),
        Courses.BookingConflictKind v => Courses.CourseWireNames.Of(v),
        _ => throw new ArgumentOutOfRangeException(nameof(value), typeof(TEnum).Name + " has no wire names."),
    };
}
