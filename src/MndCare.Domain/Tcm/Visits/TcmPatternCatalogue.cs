namespace MndCare.Domain.Tcm.Visits;

/// <summary>The TCM patterns shipped with MndCare: the 痿证 textbook scheme and the patterns ALS studies name.</summary>
/// <remarks>../shared/reference/therapy-safety-tcm.md D2 ([S37], [S39], [S40b], [S40c]). No TM1 code is verified there (D3 and "Open items"
/// 2), so none is stored; the clinic adds its own patterns (<see cref="TcmPatternLimits"/>).</remarks>
public static class TcmPatternCatalogue
{
    /// <summary>The shipped patterns, in the order the reference lists them.</summary>
    public static IReadOnlyList<TcmPattern> Shipped { get; } =
    [
        // 痿证 textbook scheme [S39]; the last three rows are marked unverified there.
        new("lungHeatDamagingFluids", "肺热津伤", "Lung heat damaging fluids", null, "[S39]"),
        new("dampHeatInvasion", "湿热浸淫", "Damp-heat invasion", null, "[S39]"),
        new("spleenStomachDeficiency", "脾胃虚弱", "Spleen-stomach deficiency", null, "[S39] unverified row; [S40b]"),
        new("liverKidneyDepletion", "肝肾亏损", "Liver-kidney depletion", null, "[S39] unverified row"),
        new("bloodStasisInCollaterals", "脉络瘀阻", "Blood stasis in the collaterals", null, "[S39] unverified row"),
        // ALS-specific Chinese studies [S40b], [S37], [S40c].
        new("liverKidneyDeficiency", "肝肾亏虚", "Liver-kidney deficiency", null, "[S40b]"),
        new("pectoralQiDeficiency", "宗气不足", "Pectoral (zong) qi deficiency", null, "[S40b]"),
        new("spleenKidneyYangDeficiency", "脾肾阳虚", "Spleen-kidney yang deficiency", null, "[S40c]"),
        new("liverKidneyYinDeficiency", "肝肾阴虚", "Liver-kidney yin deficiency", null, "[S40c]"),
    ];

    /// <summary>The prefix of a clinic's own pattern codes.</summary>
    public const string ClinicCodePrefix = "clinic.";
}
