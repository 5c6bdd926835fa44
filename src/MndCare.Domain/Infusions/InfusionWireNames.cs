namespace MndCare.Domain.Infusions;

/// <summary>The exact, case-sensitive strings that stand for infusion values in the API, the CLI and exports.</summary>
public static class InfusionWireNames
{
    /// <summary>The wire name of a status.</summary>
    /// <param name="value">The value.</param>
    public static string Of(InfusionStatus value) => value switch
    {
        InfusionStatus.Ordered => "ordered",
        InfusionStatus.InProgress => "inProgress",
        InfusionStatus.Completed => "completed",
        InfusionStatus.Stopped => "stopped",
    };

    /// <summary>The wire name of a checkpoint kind.</summary>
    /// <param name="value">The value.</param>
    public static string Of(CheckpointKind value) => value switch
    {
        CheckpointKind.Baseline => "baseline",
        CheckpointKind.During => "during",
        CheckpointKind.After => "after",
    };

    /// <summary>The wire name of a checkpoint status.</summary>
    /// <param name="value">The value.</param>
    public static string Of(CheckpointStatus value) => value switch
    {
        CheckpointStatus.Recorded => "recorded",
        CheckpointStatus.Due => "due",
        CheckpointStatus.Upcoming => "upcoming",
        CheckpointStatus.Overdue => "overdue",
    };

    /// <summary>The wire name of a vital sign's direction.</summary>
    /// <param name="value">The value.</param>
    public static string Of(VitalSignDirection value) => value switch
    {
        VitalSignDirection.Low => "low",
        VitalSignDirection.High => "high",
    };

    /// <summary>The wire name of a dose basis.</summary>
    /// <param name="value">The value.</param>
    public static string Of(DoseBasis value) => value switch
    {
        DoseBasis.Ordered => "ordered",
        DoseBasis.Delivered => "delivered",
    };
}
