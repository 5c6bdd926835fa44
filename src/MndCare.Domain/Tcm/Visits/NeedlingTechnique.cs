namespace MndCare.Domain.Tcm.Visits;

/// <summary>How the needles were stimulated.</summary>
public enum NeedlingTechnique
{
    /// <summary>Manual stimulation (手法针刺).</summary>
    Manual,

    /// <summary>Electro-acupuncture (电针), with its frequency.</summary>
    Electro,
}
