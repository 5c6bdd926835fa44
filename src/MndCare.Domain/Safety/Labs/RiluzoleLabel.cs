namespace MndCare.Domain.Safety.Labs;

/// <summary>The riluzole label's laboratory rules: ALT alert thresholds, liver monitoring dates and the neutrophil count on fever.</summary>
/// <remarks>Riluzole US prescribing information (Rilutek) [S48]: ALT "every month during the first 3 months of treatment, and
/// periodically thereafter"; "not recommended" when transaminases exceed 5 × ULN; 8 % of patients rise above 3 × ULN;
/// neutropenia: patients report febrile illness and have a white-cell count. EU SmPC [S48b]: ALT every 3 months for the rest of
/// the first year. Sources and choices: docs/safety/labs.md, ADR 0032.</remarks>
public static class RiluzoleLabel
{
    /// <summary>ALT above this multiple of the ULN (strictly) raises <see cref="LabAlert.AltAboveThreeTimesUln"/> [S48].</summary>
    public const decimal AltAlertAboveUlnMultiple = 3.0m;

    /// <summary>ALT above this multiple of the ULN (strictly): riluzole not recommended / stop [S48].</summary>
    public const decimal AltStopAboveUlnMultiple = 5.0m;

    /// <summary>Months after the start with an ALT check: baseline (0), monthly for 3 months [S48], then every 3 months to month 12 [S48b].</summary>
    public static IReadOnlyList<int> LiverMonitoringMonths { get; } = [0, 1, 2, 3, 6, 9, 12];

    /// <summary>The ALT alert a result raises, if any: only ALT with its ULN, strictly above 3× or 5× (exactly 3.0× raises none).</summary>
    /// <param name="test">The test.</param>
    /// <param name="value">The value, in the ULN's unit.</param>
    /// <param name="upperLimitOfNormal">The ULN.</param>
    public static LabAlert? AltAlert(LabTest test, decimal value, decimal? upperLimitOfNormal) =>
        test != LabTest.Alt || upperLimitOfNormal is not { } uln ? null
        : value > AltStopAboveUlnMultiple * uln ? LabAlert.AltAboveFiveTimesUln
        : value > AltAlertAboveUlnMultiple * uln ? LabAlert.AltAboveThreeTimesUln
        : null;

    /// <summary>The due dates of ALT checks for riluzole started on <paramref name="startsOn"/>, from <paramref name="today"/> on
    /// (dates already past are not scheduled: a clinician schedules a manual check instead).</summary>
    /// <param name="startsOn">The first day riluzole is taken.</param>
    /// <param name="today">The clinic's date.</param>
    public static IReadOnlyList<DateOnly> LiverMonitoringDueDates(DateOnly startsOn, DateOnly today) =>
        [.. LiverMonitoringMonths.Select(startsOn.AddMonths).Where(d => d >= today)];

    /// <summary>Days after signing of the first liver check for a hepatotoxic herb given with riluzole: two weeks (ADR 0034).</summary>
    /// <remarks>Neither label times checks for an added hepatotoxic drug; half the label's monthly interval [S48], because herb-induced
    /// liver injury usually shows within weeks (therapy-safety-tcm.md D6), and it is scheduled even when the prescription is shorter.</remarks>
    public const int HepatotoxicHerbFirstCheckDays = 14;

    /// <summary>The due dates of liver checks (ALT, AST, bilirubin) for a hepatotoxic herb prescribed to a patient on riluzole: two weeks
    /// after the first day, then on each whole month after it while the prescription lasts (the label's monthly rhythm [S48]).</summary>
    /// <param name="startsOn">The prescription's first day (the day it was signed).</param>
    /// <param name="endsOn">Its last day.</param>
    public static IReadOnlyList<DateOnly> HepatotoxicHerbLiverCheckDates(DateOnly startsOn, DateOnly endsOn)
    {
        var dates = new List<DateOnly> { startsOn.AddDays(HepatotoxicHerbFirstCheckDays) };
        for (var month = 1; startsOn.AddMonths(month) <= endsOn; month++)
        {
            dates.Add(startsOn.AddMonths(month));
        }
        return dates;
    }

    /// <summary>Whether a temperature in a patient on riluzole calls for a neutrophil count: fever from 38.0 °C
    /// (<see cref="CtcaeLabRows.FeverGrade1FromCelsius"/>) [S48].</summary>
    /// <param name="celsius">The temperature in °C.</param>
    public static bool FeverCallsForNeutrophils(decimal celsius) => celsius >= CtcaeLabRows.FeverGrade1FromCelsius;
}
