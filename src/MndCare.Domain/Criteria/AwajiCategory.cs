namespace MndCare.Domain.Criteria;

/// <summary>The diagnostic category of the Awaji-shima criteria.</summary>
/// <remarks>de Carvalho M et al. Electrodiagnostic criteria for diagnosis of ALS. Clin Neurophysiol
/// 2008;119:497-503; Decisions 6 and 8 (docs/instruments/decided-readings.md). After <see cref="Incomplete"/> the members ascend
/// with diagnostic certainty.</remarks>
public enum AwajiCategory
{
    /// <summary>Progression is not documented or other diseases are not excluded (Decision 6).</summary>
    Incomplete,

    /// <summary>No category is met.</summary>
    NotMet,

    /// <summary>Possible ALS.</summary>
    Possible,

    /// <summary>Probable ALS.</summary>
    Probable,

    /// <summary>Definite ALS.</summary>
    Definite,
}
