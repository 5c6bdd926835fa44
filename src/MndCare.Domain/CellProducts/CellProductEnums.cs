namespace MndCare.Domain.CellProducts;

/// <summary>An infectious-disease marker a cord donor is screened for; the minimum set.</summary>
/// <remarks>docs/therapy/cell-product.md, "Donor": a lot from a donor with any reactive or missing screen is never released.</remarks>
public enum InfectiousMarker
{
    /// <summary>Human immunodeficiency virus.</summary>
    Hiv,

    /// <summary>Hepatitis B virus.</summary>
    Hbv,

    /// <summary>Hepatitis C virus.</summary>
    Hcv,

    /// <summary>Treponema pallidum (syphilis).</summary>
    Syphilis,

    /// <summary>Human T-lymphotropic virus.</summary>
    Htlv,

    /// <summary>Cytomegalovirus.</summary>
    Cmv,
}

/// <summary>The result of one donor screening test.</summary>
public enum ScreeningResult
{
    /// <summary>Not reactive.</summary>
    NonReactive,

    /// <summary>Reactive: the donor's lots are never released.</summary>
    Reactive,
}

/// <summary>A detection test's result (sterility, mycoplasma).</summary>
public enum DetectionResult
{
    /// <summary>Nothing detected.</summary>
    Negative,

    /// <summary>Organisms detected.</summary>
    Positive,
}

/// <summary>A karyotype's result.</summary>
public enum KaryotypeResult
{
    /// <summary>No chromosomal alteration.</summary>
    Normal,

    /// <summary>A chromosomal alteration was found.</summary>
    Abnormal,
}

/// <summary>Where a lot stands; <see cref="Expired"/> is derived from the date asked about, never stored.</summary>
public enum LotStatus
{
    /// <summary>Registered, results pending or within specification but not yet released.</summary>
    Quarantined,

    /// <summary>Released by a second cell-lab user; usable until it expires.</summary>
    Released,

    /// <summary>A release result is out of specification; never usable.</summary>
    Failed,

    /// <summary>Past its expiry date (quarantined or released lots only).</summary>
    Expired,

    /// <summary>Recalled; its remaining units are blocked.</summary>
    Recalled,
}

/// <summary>Where one unit (bag or vial) of a lot stands in its chain of custody.</summary>
public enum UnitStatus
{
    /// <summary>In storage, never issued.</summary>
    Available,

    /// <summary>Issued from storage to the ward.</summary>
    Issued,

    /// <summary>Received on the ward.</summary>
    Received,

    /// <summary>Thawed for infusion.</summary>
    Thawed,

    /// <summary>Infused into a patient (used).</summary>
    Infused,

    /// <summary>Returned to storage unthawed; may be issued again.</summary>
    Returned,

    /// <summary>Discarded; final.</summary>
    Discarded,

    /// <summary>Blocked by a recall; may only be discarded.</summary>
    Blocked,
}

/// <summary>A hand-off or point of control in a unit's chain of custody.</summary>
public enum CustodyEventKind
{
    /// <summary>Issued from storage.</summary>
    Issued,

    /// <summary>Received on the ward.</summary>
    Received,

    /// <summary>Thawed.</summary>
    Thawed,

    /// <summary>Infused (recorded by the infusion step).</summary>
    Infused,

    /// <summary>Returned to storage.</summary>
    Returned,

    /// <summary>Discarded.</summary>
    Discarded,

    /// <summary>Blocked by the lot's recall.</summary>
    Blocked,
}
