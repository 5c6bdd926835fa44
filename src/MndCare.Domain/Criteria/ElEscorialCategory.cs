namespace MndCare.Domain.Criteria;

/// <summary>The diagnostic category of the revised El Escorial (Airlie House) criteria.</summary>
/// <remarks>Brooks BR et al. El Escorial revisited. ALS 2000;1:293-299; Decisions 6 and 7 (docs/instruments/decided-readings.md).
/// After <see cref="Incomplete"/> the members ascend with diagnostic certainty, so the default is the safe
/// <see cref="Incomplete"/>.</remarks>
public enum ElEscorialCategory
{
    /// <summary>Progression is not documented or other diseases are not excluded (Decision 6).</summary>
    Incomplete,

    /// <summary>No category is met.</summary>
    NotMet,

    /// <summary>Clinically possible ALS.</summary>
    Possible,

    /// <summary>Clinically probable, laboratory-supported ALS.</summary>
    ProbableLabSupported,

    /// <summary>Clinically probable ALS.</summary>
    Probable,

    /// <summary>Clinically definite ALS.</summary>
    Definite,
}
