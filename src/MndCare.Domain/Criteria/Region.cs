namespace MndCare.Domain.Criteria;

/// <summary>A body region of the diagnostic criteria, in rostro-caudal order.</summary>
/// <remarks>Brooks BR et al., ALS 2000;1:293-299 ("regions reflect neuronal pools"); Decision 6
/// (docs/instruments/decided-readings.md) fixes the order bulbar &lt; cervical &lt; thoracic &lt; lumbosacral for "rostral" tests.
/// The numeric values are that order.</remarks>
public enum Region
{
    /// <summary>Jaw, face, palate, tongue, larynx.</summary>
    Bulbar = 0,

    /// <summary>Neck, arms, hands, diaphragm (upper limb).</summary>
    Cervical = 1,

    /// <summary>Back and abdomen.</summary>
    Thoracic = 2,

    /// <summary>Back, abdomen, legs, feet (lower limb).</summary>
    Lumbosacral = 3,
}
