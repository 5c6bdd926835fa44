using MndCare.Domain.Results;
using MndCare.Domain.Time;

namespace MndCare.Domain.Assessments;

/// <summary>ΔFS: ALSFRS-R points lost per month since symptom onset.</summary>
/// <remarks>Kimura F et al. Neurology 2006;66:265-267; formula as in Labra 2016 and Decision 3
/// (docs/instruments/decided-readings.md): ΔFS = (48 − total) / months(onset → assessment), months = days / 30.4375. The onset must
/// be before the assessment; otherwise there is no value.</remarks>
public static class ProgressionRate
{
    /// <summary>Error code: symptom onset is not before the assessment, so ΔFS has no value (Decision 3).</summary>
    public const string OnsetNotBeforeAssessment = "onsetNotBeforeAssessment";

    /// <summary>ΔFS at <paramref name="assessmentDate"/>, or an error when onset is not before it.</summary>
    /// <param name="totalScore">ALSFRS-R total, 0-48.</param>
    /// <param name="onsetDate">Date of the first symptom.</param>
    /// <param name="assessmentDate">Date of the ALSFRS-R.</param>
    public static Result<double> DeltaFs(int totalScore, DateOnly onsetDate, DateOnly assessmentDate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalScore);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(totalScore, AlsfrsR.MaxTotal);
        if (onsetDate >= assessmentDate)
        {
            return new ValidationError("onsetDate", OnsetNotBeforeAssessment, "ΔFS needs symptom onset before the assessment date.");
        }
        return FromMonths(totalScore, ClinicalTime.MonthsBetween(onsetDate, assessmentDate));
    }

    /// <summary>ΔFS from a symptom duration already in months (must be positive).</summary>
    /// <param name="totalScore">ALSFRS-R total, 0-48.</param>
    /// <param name="monthsSinceOnset">Months from onset to the ALSFRS-R, &gt; 0.</param>
    public static double FromMonths(int totalScore, double monthsSinceOnset)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthsSinceOnset);
        return (AlsfrsR.MaxTotal - totalScore) / monthsSinceOnset;
    }
}
