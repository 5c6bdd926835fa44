using MndCare.Domain.Explanations;
using MndCare.Domain.Results;
using static MndCare.Domain.Criteria.RegionSet;

namespace MndCare.Domain.Criteria;

/// <summary>The 2020 consensus criteria for primary lateral sclerosis.</summary>
/// <remarks>Turner MR, Barohn RJ, Corcia P, et al. Primary lateral sclerosis: consensus diagnostic criteria. JNNP
/// 2020;91:373-377. Procedure of Decision 11 (docs/instruments/pls.md) with the PLS bullet of
/// Decision 14: age at assessment at least 25 years, at least 2 years since onset, UMN signs in at least 2 of the
/// bulbar, cervical (upper limb) and lumbosacral (lower limb) regions, no LMN evidence of any kind in any region,
/// progression documented and other diseases excluded; definite after more than 4 years, probable from 2 to 4 years
/// inclusive; otherwise not met, with an error naming a missing birth or onset date.</remarks>
public static class PlsCriteria
{
    /// <summary>Minimum age at assessment, in years.</summary>
    /// <remarks>Turner 2020 ("age ≥ 25 years"); Decision 11.</remarks>
    public const double MinimumAgeYears = 25;

    /// <summary>Minimum time since symptom onset, in years, for probable PLS.</summary>
    /// <remarks>Turner 2020 ("symptoms of progressive UMN dysfunction for ≥ 2 years"); Decision 11.</remarks>
    public const double MinimumYearsSinceOnset = 2;

    /// <summary>Time since onset, in years, that must be exceeded for definite PLS (exactly 4.0 is probable).</summary>
    /// <remarks>Turner 2020 ("probable PLS: 2-4 years; definite PLS: &gt; 4 years"); Decision 11.</remarks>
    public const double DefiniteAfterYears = 4;

    /// <summary>Regions among bulbar, cervical and lumbosacral that need UMN signs.</summary>
    /// <remarks>Turner 2020 ("≥ 2 of 3 regions: bulbar, upper limb, lower limb"); Decision 11.</remarks>
    public const int MinimumUmnRegions = 2;

    /// <summary>The API name of the birth date, named by the error when the age is unknown.</summary>
    public const string BirthDateField = "birthDate";

    /// <summary>The API name of the onset date, named by the error when the time since onset is unknown.</summary>
    public const string OnsetDateField = "onsetDate";

    /// <summary>The error code of a missing date.</summary>
    public const string MissingInputCode = "missingInput";

    private static readonly ValidationError MissingBirthDate =
        new(BirthDateField, MissingInputCode, "PLS criteria need the birth date (age at assessment).");

    private static readonly ValidationError MissingOnsetDate =
        new(OnsetDateField, MissingInputCode, "PLS criteria need the onset date (time since onset).");

    /// <summary>Classifies the findings; not met when any criterion fails or cannot be checked.</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    /// <param name="ageYears">Age at assessment in fractional years (days / 365.25); null when the birth date is unknown.</param>
    /// <param name="yearsSinceOnset">Years from onset to assessment (days / 365.25); null when the onset date is unknown.</param>
    public static CriteriaResult<PlsCategory> Classify(Findings findings, double? ageYears, double? yearsSinceOnset)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var set = Of(findings);
        var umn = set.Umn & BulbarCervicalLumbosacral;
        var lmn = set.AnyLmn;
        var failures = new List<ClinicalReason>(2);
        if (ageYears is not { } age)
        {
            failures.Add(new(ReasonCodes.PlsAgeUnknown));
        }
        else if (!(age >= MinimumAgeYears))
        {
            failures.Add(new(ReasonCodes.PlsTooYoung));
        }
        if (yearsSinceOnset is not { } years)
        {
            failures.Add(new(ReasonCodes.PlsOnsetUnknown));
        }
        else if (!(years >= MinimumYearsSinceOnset))
        {
            failures.Add(new(ReasonCodes.PlsTooEarly));
        }
        if (Count(umn) < MinimumUmnRegions)
        {
            failures.Add(CriteriaText.Regions(ReasonCodes.PlsTooFewUmnRegions, umn));
        }
        if (lmn != 0)
        {
            failures.Add(CriteriaText.Regions(ReasonCodes.PlsLmnEvidence, lmn));
        }
        if (!findings.ProgressionDocumented)
        {
            failures.Add(new(ReasonCodes.PlsNoProgression));
        }
        if (!findings.AlternativeExcluded)
        {
            failures.Add(new(ReasonCodes.PlsNotExcluded));
        }
        var errors = MissingDates(ageYears is null, yearsSinceOnset is null);
        var category = Categorize(findings, ageYears, yearsSinceOnset);
        if (category == PlsCategory.NotMet)
        {
            return new(category, failures, errors);
        }
        var met = CriteriaText.Regions(ReasonCodes.PlsCriteriaMet, umn);
        return category == PlsCategory.Definite
            ? new(category, [met, new(ReasonCodes.PlsDefinite)], errors)
            : new(category, [met, new(ReasonCodes.PlsProbable)], errors);
    }

    /// <summary>The category alone, without reasons or errors (for batch assessment).</summary>
    /// <param name="findings">The regional findings with progression and exclusion.</param>
    /// <param name="ageYears">Age at assessment in fractional years; null when unknown.</param>
    /// <param name="yearsSinceOnset">Years from onset to assessment; null when unknown.</param>
    public static PlsCategory Categorize(Findings findings, double? ageYears, double? yearsSinceOnset)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var set = Of(findings);
        var met = ageYears >= MinimumAgeYears && yearsSinceOnset >= MinimumYearsSinceOnset
            && Count(set.Umn & BulbarCervicalLumbosacral) >= MinimumUmnRegions && set.AnyLmn == 0
            && findings.ProgressionDocumented && findings.AlternativeExcluded;
        return !met ? PlsCategory.NotMet : yearsSinceOnset > DefiniteAfterYears ? PlsCategory.Definite : PlsCategory.Probable;
    }

    /// <summary>The dates PLS needs and lacks, as errors naming them (Decision 14).</summary>
    /// <param name="ageYears">Age at assessment; null when the birth date is unknown.</param>
    /// <param name="yearsSinceOnset">Years since onset; null when the onset date is unknown.</param>
    public static IReadOnlyList<Error> MissingInputs(double? ageYears, double? yearsSinceOnset) => MissingDates(ageYears is null, yearsSinceOnset is null);

    private static Error[] MissingDates(bool birthMissing, bool onsetMissing) => (birthMissing, onsetMissing) switch
    {
        (false, false) => [],
        (true, false) => [MissingBirthDate],
        (false, true) => [MissingOnsetDate],
        (true, true) => [MissingBirthDate, MissingOnsetDate],
    };
}
