namespace MndCare.Domain.CellProducts;

/// <summary>The limits a lot's release results are judged against; an administrator edits them per product.</summary>
/// <remarks>
/// Defaults from the ISCT minimal criteria and published GMP examples (docs/therapy/cell-product.md,
/// "Release specification"). They are examples a clinic reviews against its manufacturer's own specification.
/// </remarks>
public sealed record ReleaseLimits
{
    /// <summary>Lowest viability, percent. Default 70: EudraCT 2010-024041-78 clinical-grade MSC [S3] (UC-MSC examples: 80-85 [S4][S5][S6]).</summary>
    public decimal MinViabilityPercent { get; init; } = 70m;

    /// <summary>Lowest CD73, percent. Default 95: ISCT [S1][S2]; [S3][S5].</summary>
    public decimal MinCd73Percent { get; init; } = 95m;

    /// <summary>Lowest CD90, percent. Default 95: ISCT [S1][S2]; [S3][S5].</summary>
    public decimal MinCd90Percent { get; init; } = 95m;

    /// <summary>Lowest CD105, percent. Default 95: ISCT [S1][S2]; [S3][S5].</summary>
    public decimal MinCd105Percent { get; init; } = 95m;

    /// <summary>Highest CD45, percent. Default 2: ISCT [S2]; [S4].</summary>
    public decimal MaxCd45Percent { get; init; } = 2m;

    /// <summary>Highest CD34, percent. Default 2: ISCT [S2]; [S4].</summary>
    public decimal MaxCd34Percent { get; init; } = 2m;

    /// <summary>Highest CD14, percent. Default 2: ISCT (CD14 or CD11b) [S2].</summary>
    public decimal MaxCd14Percent { get; init; } = 2m;

    /// <summary>Highest CD19, percent. Default 2: ISCT (CD79α or CD19) [S2]; [S4].</summary>
    public decimal MaxCd19Percent { get; init; } = 2m;

    /// <summary>Highest HLA-DR, percent. Default 2: ISCT [S2]; [S4].</summary>
    public decimal MaxHlaDrPercent { get; init; } = 2m;

    /// <summary>Endotoxin must be below this, EU/mL. Default 0.5: gel clot, 225 UC-MSC lots [S6] ([S4]: below 12.5).</summary>
    public decimal EndotoxinBelowEuPerMl { get; init; } = 0.5m;

    /// <summary>Lowest potency, percent, when potency is a release test; null (default) when it is only recorded [S5].</summary>
    public decimal? MinPotencyPercent { get; init; }

    /// <summary>Every limit with its API name, in the specification's order.</summary>
    public IReadOnlyList<(string Field, decimal? Value)> Named() =>
    [
        (ReleaseLimitFields.MinViabilityPercent, MinViabilityPercent), (ReleaseLimitFields.MinCd73Percent, MinCd73Percent),
        (ReleaseLimitFields.MinCd90Percent, MinCd90Percent), (ReleaseLimitFields.MinCd105Percent, MinCd105Percent),
        (ReleaseLimitFields.MaxCd45Percent, MaxCd45Percent), (ReleaseLimitFields.MaxCd34Percent, MaxCd34Percent),
        (ReleaseLimitFields.MaxCd14Percent, MaxCd14Percent), (ReleaseLimitFields.MaxCd19Percent, MaxCd19Percent),
        (ReleaseLimitFields.MaxHlaDrPercent, MaxHlaDrPercent), (ReleaseLimitFields.EndotoxinBelowEuPerMl, EndotoxinBelowEuPerMl),
        (ReleaseLimitFields.MinPotencyPercent, MinPotencyPercent),
    ];
}

/// <summary>The API names of a release specification's limits.</summary>
public static class ReleaseLimitFields
{
    /// <summary>Lowest viability, percent.</summary>
    public const string MinViabilityPercent = "minViabilityPercent";

    /// <summary>Lowest CD73, percent.</summary>
    public const string MinCd73Percent = "minCd73Percent";

    /// <summary>Lowest CD90, percent.</summary>
    public const string MinCd90Percent = "minCd90Percent";

    /// <summary>Lowest CD105, percent.</summary>
    public const string MinCd105Percent = "minCd105Percent";

    /// <summary>Highest CD45, percent.</summary>
    public const string MaxCd45Percent = "maxCd45Percent";

    /// <summary>Highest CD34, percent.</summary>
    public const string MaxCd34Percent = "maxCd34Percent";

    /// <summary>Highest CD14, percent.</summary>
    public const string MaxCd14Percent = "maxCd14Percent";

    /// <summary>Highest CD19, percent.</summary>
    public const string MaxCd19Percent = "maxCd19Percent";

    /// <summary>Highest HLA-DR, percent.</summary>
    public const string MaxHlaDrPercent = "maxHlaDrPercent";

    /// <summary>Endotoxin limit (results must be below it), EU/mL.</summary>
    public const string EndotoxinBelowEuPerMl = "endotoxinBelowEuPerMl";

    /// <summary>Lowest potency, percent; optional.</summary>
    public const string MinPotencyPercent = "minPotencyPercent";
}
