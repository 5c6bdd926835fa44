namespace MndCare.Domain.CellProducts;

/// <summary>The wire names of a lot's release results (issue 8, PUT /api/lots/{id}/results); judgements list these.</summary>
public static class LotResultFields
{
    /// <summary>Viable cells, percent.</summary>
    public const string ViabilityPercent = "viabilityPercent";

    /// <summary>CD73-positive cells, percent.</summary>
    public const string Cd73Percent = "cd73Percent";

    /// <summary>CD90-positive cells, percent.</summary>
    public const string Cd90Percent = "cd90Percent";

    /// <summary>CD105-positive cells, percent.</summary>
    public const string Cd105Percent = "cd105Percent";

    /// <summary>CD45-positive cells, percent.</summary>
    public const string Cd45Percent = "cd45Percent";

    /// <summary>CD34-positive cells, percent.</summary>
    public const string Cd34Percent = "cd34Percent";

    /// <summary>CD14-positive cells, percent.</summary>
    public const string Cd14Percent = "cd14Percent";

    /// <summary>CD19-positive cells, percent.</summary>
    public const string Cd19Percent = "cd19Percent";

    /// <summary>HLA-DR-positive cells, percent.</summary>
    public const string HlaDrPercent = "hlaDrPercent";

    /// <summary>Sterility: negative or positive.</summary>
    public const string Sterility = "sterility";

    /// <summary>Mycoplasma: negative or positive.</summary>
    public const string Mycoplasma = "mycoplasma";

    /// <summary>Endotoxin, EU/mL.</summary>
    public const string EndotoxinEuPerMl = "endotoxinEuPerMl";

    /// <summary>Karyotype: normal or abnormal.</summary>
    public const string Karyotype = "karyotype";

    /// <summary>Potency, percent (e.g. inhibition of PHA-stimulated PBMC proliferation); optional.</summary>
    public const string PotencyPercent = "potencyPercent";
}
