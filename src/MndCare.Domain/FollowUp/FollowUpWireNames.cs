namespace MndCare.Domain.FollowUp;

/// <summary>The exact, case-sensitive strings that stand for follow-up values in the API and on the pages.</summary>
/// <remarks>docs/outcomes/follow-up.md, "API", lists them; they are contracts and never renamed.</remarks>
public static class FollowUpWireNames
{
    /// <summary>The wire name of an event kind.</summary>
    /// <param name="value">The value.</param>
    public static string Of(ClinicalEventKind value) => value switch
    {
        ClinicalEventKind.Gastrostomy => "gastrostomy",
        ClinicalEventKind.NonInvasiveVentilation => "nonInvasiveVentilation",
        ClinicalEventKind.PermanentVentilation => "permanentVentilation",
        ClinicalEventKind.Tracheostomy => "tracheostomy",
        ClinicalEventKind.Death => "death",
    };

    /// <summary>The wire name of a source.</summary>
    /// <param name="value">The value.</param>
    public static string Of(ClinicalEventSource value) => value switch
    {
        ClinicalEventSource.Clinic => "clinic",
        ClinicalEventSource.Portal => "portal",
    };

    /// <summary>The wire name of a timepoint's status.</summary>
    /// <param name="value">The value.</param>
    public static string Of(FollowUpStatus value) => value switch
    {
        FollowUpStatus.Upcoming => "upcoming",
        FollowUpStatus.Due => "due",
        FollowUpStatus.Overdue => "overdue",
        FollowUpStatus.Missed => "missed",
        FollowUpStatus.Done => "done",
        FollowUpStatus.Closed => "closed",
    };

    /// <summary>The wire name of who entered a self-report.</summary>
    /// <param name="value">The value.</param>
    public static string Of(SelfReportEntrant value) => value switch
    {
        SelfReportEntrant.Patient => "patient",
        SelfReportEntrant.Caregiver => "caregiver",
    };

    /// <summary>The wire name of a self-report's setting.</summary>
    /// <param name="value">The value.</param>
    public static string Of(SelfReportSetting value) => value switch
    {
        SelfReportSetting.Home => "home",
    };

    /// <summary>Parses an event kind's wire name; null when it is none.</summary>
    /// <param name="text">The wire name.</param>
    public static ClinicalEventKind? ParseKind(string? text) => Parse<ClinicalEventKind>(text, Of);

    /// <summary>Parses a status's wire name; null when it is none.</summary>
    /// <param name="text">The wire name.</param>
    public static FollowUpStatus? ParseStatus(string? text) => Parse<FollowUpStatus>(text, Of);

    /// <summary>Parses who entered a self-report; null when it is none.</summary>
    /// <param name="text">The wire name.</param>
    public static SelfReportEntrant? ParseEntrant(string? text) => Parse<SelfReportEntrant>(text, Of);

    private static TEnum? Parse<TEnum>(string? text, Func<TEnum, string> name) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(v => string.Equals(name(v), text, StringComparison.Ordinal)).Select(v => (TEnum?)v).FirstOrDefault();
}
