namespace MndCare.Domain.Assessments;

/// <summary>King's clinical stage of ALS.</summary>
/// <remarks>Roche JC et al. Brain 2012;135:847-852 (stages 1-4B); stage 5 = death (Decision 4).</remarks>
public enum KingsStage
{
    /// <summary>One region involved (also when no mapped region is, with a note).</summary>
    One,

    /// <summary>Two regions involved.</summary>
    Two,

    /// <summary>Three regions involved.</summary>
    Three,

    /// <summary>Gastrostomy (item 5b answered).</summary>
    FourA,

    /// <summary>Non-invasive or invasive ventilation.</summary>
    FourB,

    /// <summary>Both 4A and 4B; 4B is not ranked above 4A (Decision 4).</summary>
    FourAAndFourB,

    /// <summary>Death.</summary>
    Five,
}
