namespace MndCare.Domain.Tcm.Prescriptions;

/// <summary>How the herbs are made ready to take.</summary>
/// <remarks>The usual dosage forms of Chinese materia medica (汤剂, 颗粒剂, 散剂, 丸剂); docs/tcm/prescriptions.md.</remarks>
public enum HerbalPreparation
{
    /// <summary>Decocted from the crude herbs (汤剂).</summary>
    Decoction,

    /// <summary>Dispensed as concentrated granules dissolved in water (颗粒剂).</summary>
    Granules,

    /// <summary>Ground to a powder (散剂).</summary>
    Powder,

    /// <summary>Made into pills (丸剂).</summary>
    Pills,
}
