using MndCare.Application.Demo;

namespace MndCare.Application.Outcomes.Patients;

/// <summary>How fast ALSFRS-R falls in a population: the mean decline and the range that holds 95% of patients, points per month.</summary>
/// <param name="Source">Where the figures come from ("precisionAls", or an imported cohort's name).</param>
/// <param name="MeanPerMonth">Mean decline (positive: loss).</param>
/// <param name="SlowestPerMonth">The slow end of the 95% range.</param>
/// <param name="FastestPerMonth">The fast end of the 95% range.</param>
/// <param name="ValidMonths">The follow-up the figures describe; the range is not drawn beyond it.</param>
public sealed record PopulationDecline(string Source, double MeanPerMonth, double SlowestPerMonth, double FastestPerMonth, double ValidMonths)
{
    /// <summary>The fast end of PRECISION-ALS's range: 95% of patients decline by 0.04-1.96 points per month [S68].</summary>
    public const double PrecisionAlsFastestPerMonth = 1.96;

    /// <summary>PRECISION-ALS: population cohorts, 7,030 patients, mean 0.89 points per month over 24 months, 95% of patients
    /// between 0.04 and 1.96 (van Eijk RPA et al. ALS-FTD 2025;26(sup1):30–40 [S68]); the figures the demo cohort uses.</summary>
    public static PopulationDecline PrecisionAls { get; } = new("precisionAls", NaturalHistoryParameters.AlsfrsRSlopeMeanPerMonth,
        NaturalHistoryParameters.AlsfrsRSlopeMinPerMonth, PrecisionAlsFastestPerMonth, 24);
}
