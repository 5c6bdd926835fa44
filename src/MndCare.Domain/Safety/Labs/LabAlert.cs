namespace MndCare.Domain.Safety.Labs;

/// <summary>An alert a lab result raises by the riluzole label's ALT thresholds.</summary>
/// <remarks>Riluzole US prescribing information (Rilutek), Warnings: hepatic injury ([S48] in docs/safety/labs.md).</remarks>
public enum LabAlert
{
    /// <summary>ALT above 3 × ULN (not at 3.0 ×): monitor closely.</summary>
    AltAboveThreeTimesUln,

    /// <summary>ALT above 5 × ULN: riluzole is not recommended and should be stopped (label wording).</summary>
    AltAboveFiveTimesUln,
}
