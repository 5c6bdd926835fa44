namespace MndCare.Domain.Criteria;

/// <summary>The exact, case-sensitive output strings of the criteria in the `mndcare assess` batch contract.</summary>
/// <remarks>Decision 14 (docs/instruments/assess-contract.md) and the instrument pages (the output values of each instrument).</remarks>
public static class CriteriaWireNames
{
    /// <summary>The wire name of a revised El Escorial category.</summary>
    /// <param name="value">The category.</param>
    public static string WireName(this ElEscorialCategory value) => value switch
    {
        ElEscorialCategory.Definite => "definite",
        ElEscorialCategory.Probable => "probable",
        ElEscorialCategory.ProbableLabSupported => "probableLabSupported",
        ElEscorialCategory.Possible => "possible",
        ElEscorialCategory.NotMet => "notMet",
        ElEscorialCategory.Incomplete => "incomplete",
    };

    /// <summary>The wire name of an Awaji category.</summary>
    /// <param name="value">The category.</param>
    public static string WireName(this AwajiCategory value) => value switch
    {
        AwajiCategory.Definite => "definite",
        AwajiCategory.Probable => "probable",
        AwajiCategory.Possible => "possible",
        AwajiCategory.NotMet => "notMet",
        AwajiCategory.Incomplete => "incomplete",
    };

    /// <summary>The wire name of a Gold Coast outcome.</summary>
    /// <param name="value">The outcome.</param>
    public static string WireName(this GoldCoastCategory value) => value switch
    {
        GoldCoastCategory.Als => "als",
        GoldCoastCategory.NotAls => "notAls",
        GoldCoastCategory.Incomplete => "incomplete",
    };

    /// <summary>The wire name of a PLS category.</summary>
    /// <param name="value">The category.</param>
    public static string WireName(this PlsCategory value) => value switch
    {
        PlsCategory.Definite => "definite",
        PlsCategory.Probable => "probable",
        PlsCategory.NotMet => "notMet",
    };

    /// <summary>The wire name of a region: bulbar, cervical, thoracic or lumbosacral.</summary>
    /// <param name="value">The region.</param>
    public static string WireName(this Region value) => value switch
    {
        Region.Bulbar => "bulbar",
        Region.Cervical => "cervical",
        Region.Thoracic => "thoracic",
        Region.Lumbosacral => "lumbosacral",
    };

    /// <summary>The wire name of a phenotype.</summary>
    /// <param name="value">The phenotype.</param>
    public static string WireName(this MndPhenotype value) => value switch
    {
        MndPhenotype.Als => "als",
        MndPhenotype.Pma => "pma",
        MndPhenotype.Pls => "pls",
        MndPhenotype.Pbp => "pbp",
        MndPhenotype.FlailArm => "flailArm",
        MndPhenotype.FlailLeg => "flailLeg",
        MndPhenotype.Undetermined => "undetermined",
    };
}
