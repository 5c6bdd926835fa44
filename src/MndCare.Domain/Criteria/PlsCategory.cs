namespace MndCare.Domain.Criteria;

/// <summary>The certainty of primary lateral sclerosis under the 2020 consensus criteria.</summary>
/// <remarks>Turner MR et al. Primary lateral sclerosis: consensus diagnostic criteria. JNNP 2020;91:373-377;
/// Decision 11 (docs/instruments/decided-readings.md). The members ascend with certainty; there is no "incomplete" (Decision 6).</remarks>
public enum PlsCategory
{
    /// <summary>The criteria are not met (including missing dates, progression or exclusion).</summary>
    NotMet,

    /// <summary>Probable PLS: 2 to 4 years since onset.</summary>
    Probable,

    /// <summary>Definite PLS: more than 4 years since onset.</summary>
    Definite,
}
