namespace MndCare.Domain.CellProducts;

/// <summary>The exact, case-sensitive strings that stand for the cell product's values in the API, pages and exports.</summary>
/// <remarks>Issue 8, "JSON API", and docs/therapy/cell-product.md: lot statuses, negative|positive and normal|abnormal are contracts.</remarks>
public static class CellProductWireNames
{
    /// <summary>The wire name of a marker.</summary>
    public static string Of(InfectiousMarker value) => value switch
    {
        InfectiousMarker.Hiv => "hiv",
        InfectiousMarker.Hbv => "hbv",
        InfectiousMarker.Hcv => "hcv",
        InfectiousMarker.Syphilis => "syphilis",
        InfectiousMarker.Htlv => "htlv",
        InfectiousMarker.Cmv => "cmv",
    };

    /// <summary>The wire name of a screening result.</summary>
    public static string Of(ScreeningResult value) => value switch
    {
        ScreeningResult.NonReactive => "nonReactive",
        ScreeningResult.Reactive => "reactive",
    };

    /// <summary>The wire name of a detection result.</summary>
    public static string Of(DetectionResult value) => value switch
    {
        DetectionResult.Negative => "negative",
        DetectionResult.Positive => "positive",
    };

    /// <summary>The wire name of a karyotype.</summary>
    public static string Of(KaryotypeResult value) => value switch
    {
        KaryotypeResult.Normal => "normal",
        KaryotypeResult.Abnormal => "abnormal",
    };

    /// <summary>The wire name of a lot status.</summary>
    public static string Of(LotStatus value) => value switch
    {
        LotStatus.Quarantined => "quarantined",
        LotStatus.Released => "released",
        LotStatus.Failed => "failed",
        LotStatus.Expired => "expired",
        LotStatus.Recalled => "recalled",
    };

    /// <summary>The wire name of a unit status.</summary>
    public static string Of(UnitStatus value) => value switch
    {
        UnitStatus.Available => "available",
        UnitStatus.Issued => "issued",
        UnitStatus.Received => "received",
        UnitStatus.Thawed => "thawed",
        UnitStatus.Infused => "infused",
        UnitStatus.Returned => "returned",
        UnitStatus.Discarded => "discarded",
        UnitStatus.Blocked => "blocked",
    };

    /// <summary>The wire name of a custody event.</summary>
    public static string Of(CustodyEventKind value) => value switch
    {
        CustodyEventKind.Issued => "issued",
        CustodyEventKind.Received => "received",
        CustodyEventKind.Thawed => "thawed",
        CustodyEventKind.Infused => "infused",
        CustodyEventKind.Returned => "returned",
        CustodyEventKind.Discarded => "discarded",
        CustodyEventKind.Blocked => "blocked",
    };
}
