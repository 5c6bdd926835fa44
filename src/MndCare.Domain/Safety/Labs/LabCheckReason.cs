namespace MndCare.Domain.Safety.Labs;

/// <summary>Why a lab check was scheduled.</summary>
/// <remarks>docs/safety/labs.md, "Scheduled checks"; ADR 0032.</remarks>
public enum LabCheckReason
{
    /// <summary>ALT monitoring after riluzole starts (<see cref="RiluzoleLabel.LiverMonitoringMonths"/>).</summary>
    RiluzoleLiverMonitoring,

    /// <summary>Liver tests for a patient on riluzole given a hepatotoxic herb.</summary>
    HepatotoxicHerbWithRiluzole,

    /// <summary>A neutrophil count after fever in a patient on riluzole.</summary>
    FeverOnRiluzole,

    /// <summary>Scheduled by a clinician or nurse.</summary>
    Manual,
}

/// <summary>Where a lab check stands on a given day.</summary>
public enum LabCheckStatus
{
    /// <summary>Due later than <see cref="LabCheck.DueSoonDays"/> days from now.</summary>
    Upcoming,

    /// <summary>Due today or within <see cref="LabCheck.DueSoonDays"/> days.</summary>
    Due,

    /// <summary>The due date has passed without a result.</summary>
    Overdue,

    /// <summary>A result of the test answered it.</summary>
    Satisfied,
}

/// <summary>Wire names of lab-check reasons and statuses, as the API writes them.</summary>
public static class LabCheckWireNames
{
    /// <summary>The reason's wire name, for example "riluzoleLiverMonitoring".</summary>
    /// <param name="reason">The reason.</param>
    public static string Of(LabCheckReason reason) => reason switch
    {
        LabCheckReason.RiluzoleLiverMonitoring => "riluzoleLiverMonitoring",
        LabCheckReason.HepatotoxicHerbWithRiluzole => "hepatotoxicHerbWithRiluzole",
        LabCheckReason.FeverOnRiluzole => "feverOnRiluzole",
        LabCheckReason.Manual => "manual",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The status's wire name, for example "overdue".</summary>
    /// <param name="status">The status.</param>
    public static string Of(LabCheckStatus status) => status switch
    {
        LabCheckStatus.Upcoming => "upcoming",
        LabCheckStatus.Due => "due",
        LabCheckStatus.Overdue => "overdue",
        LabCheckStatus.Satisfied => "satisfied",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The alert's wire name, for example "altAbove3xUln".</summary>
    /// <param name="alert">The alert.</param>
    public static string Of(LabAlert alert) => alert switch
    {
        LabAlert.AltAboveThreeTimesUln => "altAbove3xUln",
        LabAlert.AltAboveFiveTimesUln => "altAbove5xUln",
        _ => throw new ArgumentOutOfRangeException(nameof(alert), alert, null),
    };

    /// <summary>The reason with <paramref name="wireName"/>, or null.</summary>
    /// <param name="wireName">A wire name as sent.</param>
    public static LabCheckReason? ReasonFrom(string? wireName) =>
        Enum.GetValues<LabCheckReason>().Select(r => (LabCheckReason?)r).FirstOrDefault(r => Of(r!.Value) == wireName);
}
