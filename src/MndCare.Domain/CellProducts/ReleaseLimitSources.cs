namespace MndCare.Domain.CellProducts;

/// <summary>Where each default release limit comes from, so screens cite the same sources as the code and the docs.</summary>
/// <remarks>docs/therapy/cell-product.md, "Release specification" and "Sources" (the dossier's S-numbers).</remarks>
public static class ReleaseLimitSources
{
    /// <summary>The sources of the default of a limit (API name), strongest first.</summary>
    /// <param name="field">A <see cref="ReleaseLimitFields"/> name.</param>
    public static IReadOnlyList<string> Of(string field) => field switch
    {
        ReleaseLimitFields.MinViabilityPercent => ["S3", "S4", "S5", "S6"],
        ReleaseLimitFields.MinCd73Percent or ReleaseLimitFields.MinCd90Percent or ReleaseLimitFields.MinCd105Percent => ["S1", "S2", "S3", "S5"],
        ReleaseLimitFields.MaxCd45Percent or ReleaseLimitFields.MaxCd34Percent or ReleaseLimitFields.MaxCd19Percent
            or ReleaseLimitFields.MaxHlaDrPercent => ["S2", "S4"],
        ReleaseLimitFields.MaxCd14Percent => ["S2"],
        ReleaseLimitFields.EndotoxinBelowEuPerMl => ["S6", "S4", "S7"],
        ReleaseLimitFields.MinPotencyPercent => ["S4", "S5"],
        _ => [],
    };

    /// <summary>The full citations, by S-number.</summary>
    public static IReadOnlyDictionary<string, string> Citations { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["S1"] = "Dominici M, et al. Minimal criteria for defining multipotent mesenchymal stromal cells. The ISCT position statement. Cytotherapy 2006;8(4):315-317, doi 10.1080/14653240600855905.",
        ["S2"] = "Summary of the ISCT criteria with thresholds (≥95 % CD105/CD73/CD90; ≤2 % CD45, CD34, CD14 or CD11b, CD79α or CD19, HLA-DR).",
        ["S3"] = "Stability enhancement of clinical grade MSC products, J Transl Med 2018, Table 2 (EudraCT 2010-024041-78: viability ≥70 %).",
        ["S4"] = "Stem Cell Rev Rep 2020;16(5):979-991, Table 1 (WJ-MSC product MSCTC-0010).",
        ["S5"] = "UC-MSC trial protocol release criteria, BMJ Open, Table 3.",
        ["S6"] = "Quality evaluation system for MSC products, Stem Cell Res Ther 2020, Table 4 (225 UC-MSC lots).",
        ["S7"] = "USP 35 <85> Bacterial Endotoxins Test (K = 5 EU/kg for routes other than intrathecal).",
    };
}
