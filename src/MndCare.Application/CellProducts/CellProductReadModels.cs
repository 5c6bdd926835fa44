using MndCare.Domain.CellProducts;

namespace MndCare.Application.CellProducts;

/// <summary>One lot in a list (GET /api/lots).</summary>
public sealed record LotSummary(Guid Id, string LotNumber, string ProductCode, string DonorCode, string Status, DateOnly ManufacturedOn,
    DateOnly ExpiresOn, int UnitsProduced);

/// <summary>A lot as posted, with its status, results, judgement, release and recall, units and their hand-offs (GET /api/lots/{id}).</summary>
public sealed record LotRecord(Guid Id, string LotNumber, string ProductCode, string DonorCode, DateOnly ManufacturedOn, DateOnly ExpiresOn,
    int Passage, long CellsPerUnit, int UnitsProduced, string Status, LotResultsView? Results, JudgementView? Judgement,
    SignedStep? ResultsEntered, SignedStep? Released, SignedStep? Recalled, string? RecallReason, IReadOnlyList<UnitView> Units,
    int? ThawToEndLimitMinutes, decimal? StorageMaxCelsius, IReadOnlyList<CustodyView> Custody, string TimeZoneId);

/// <summary>Release results, with the wire names they were posted with.</summary>
public sealed record LotResultsView(decimal ViabilityPercent, decimal Cd73Percent, decimal Cd90Percent, decimal Cd105Percent, decimal Cd45Percent,
    decimal Cd34Percent, decimal Cd14Percent, decimal Cd19Percent, decimal HlaDrPercent, string Sterility, string Mycoplasma,
    decimal EndotoxinEuPerMl, string Karyotype, decimal? PotencyPercent)
{
    internal static LotResultsView Of(LotResults r) => new(r.ViabilityPercent, r.Cd73Percent, r.Cd90Percent, r.Cd105Percent, r.Cd45Percent,
        r.Cd34Percent, r.Cd14Percent, r.Cd19Percent, r.HlaDrPercent, CellProductWireNames.Of(r.Sterility), CellProductWireNames.Of(r.Mycoplasma),
        r.EndotoxinEuPerMl, CellProductWireNames.Of(r.Karyotype), r.PotencyPercent);
}

/// <summary>The judgement of a lot's results (PUT /api/lots/{id}/results answers it), with the specification version used.</summary>
public sealed record JudgementView(bool WithinSpecification, IReadOnlyList<string> OutOfSpecification, string ProductCode, int SpecificationVersion)
{
    internal static JudgementView Of(ReleaseJudgement j) => new(j.WithinSpecification, j.OutOfSpecification, j.ProductCode.Value, j.SpecificationVersion);
}

/// <summary>The judgement of newly entered results (PUT /api/lots/{id}/results), and the lot's status after it.</summary>
public sealed record ResultsJudged(bool WithinSpecification, IReadOnlyList<string> OutOfSpecification, int SpecificationVersion, string Status);

/// <summary>Who did a step (entered results, released, recalled) and when (UTC).</summary>
public sealed record SignedStep(Guid UserId, string Name, DateTime AtUtc);

/// <summary>One unit of a lot.</summary>
public sealed record UnitView(string Code, string Status, string? StorageLocation);

/// <summary>One hand-off of a unit: the event (issued, received, thawed, infused, returned, discarded, blocked), who and when (UTC).</summary>
public sealed record CustodyView(string UnitCode, string Event, Guid PersonUserId, string PersonName, DateTime AtUtc);

/// <summary>One unit with its lot and its chain of custody, oldest hand-off first (GET /api/units/{code}).</summary>
public sealed record UnitRecord(string Code, Guid LotId, string LotNumber, string LotStatus, string Status, string? StorageLocation,
    IReadOnlyList<CustodyView> Custody, string TimeZoneId);

/// <summary>A hand-off as posted (POST /api/units/{code}/custody); <see cref="Location"/>, when given, is where the unit is stored now.</summary>
public sealed record CustodyInput(string? Event, DateTimeOffset? At, string? Location);

/// <summary>A storage temperature reading as posted (POST /api/storage/temperatures); null means not given.</summary>
public sealed record TemperatureInput(string? Location, decimal? Celsius, DateTimeOffset? TakenAt);

/// <summary>One storage temperature reading, with the tightest limit of the lots stored there and whether it was warmer.</summary>
public sealed record TemperatureView(Guid Id, string Location, decimal Celsius, DateTime TakenAtUtc, string RecordedBy, decimal? StorageMaxCelsius,
    bool WarmerThanAllowed, string TimeZoneId);

/// <summary>A storage location's limit: the coldest "store at or below" of the lots with units kept there (not infused or discarded).</summary>
public sealed record StorageLimitView(string Location, decimal? StorageMaxCelsius, IReadOnlyList<string> LotNumbers);

/// <summary>The temperature log (GET /api/storage/temperatures): readings newest first, and each location's limit.</summary>
public sealed record TemperatureLogView(IReadOnlyList<TemperatureView> Readings, IReadOnlyList<StorageLimitView> Locations);

/// <summary>A lot's status after a release or recall.</summary>
public sealed record LotStatusView(Guid Id, string Status, SignedStep By);

/// <summary>A donor as posted, with the markers that keep the donor's lots from release (GET /api/donors/{donorCode}).</summary>
public sealed record DonorRecord(Guid Id, string DonorCode, DateOnly ConsentedOn, IReadOnlyList<ScreeningView> Screening,
    bool ScreeningCompleteAndNegative, IReadOnlyList<ScreeningGapView> ScreeningGaps);

/// <summary>One screening result: marker (hiv, hbv, hcv, syphilis, htlv, cmv), result (nonReactive, reactive) and test date.</summary>
public sealed record ScreeningView(string Marker, string Result, DateOnly TestedOn);

/// <summary>A marker that is missing or reactive.</summary>
public sealed record ScreeningGapView(string Marker, string Problem);

/// <summary>A screening result as posted; null means not given.</summary>
public sealed record ScreeningInput(string? Marker, string? Result, DateOnly? TestedOn);

/// <summary>A donor as posted (POST /api/donors); null means not given.</summary>
public sealed record DonorInput(string? DonorCode, DateOnly? ConsentedOn, IReadOnlyList<ScreeningInput>? Screening);

/// <summary>A donor in a list (GET /api/donors): code, consent, and whether the screening is complete and negative.</summary>
public sealed record DonorSummary(Guid Id, string DonorCode, DateOnly ConsentedOn, bool ScreeningCompleteAndNegative, IReadOnlyList<ScreeningGapView> ScreeningGaps);

/// <summary>The current version of one product's release specification in one clinic.</summary>
public sealed record SpecificationView(Guid ClinicId, string ProductCode, int Version, ReleaseLimits Limits, DateTime CreatedAtUtc);

/// <summary>A specification's limits as posted (PUT /api/release-specification/{productCode}); null means not given. Every limit is
/// required except <see cref="MinPotencyPercent"/> (null: potency is recorded, not a release test).</summary>
public sealed record ReleaseLimitsInput(decimal? MinViabilityPercent, decimal? MinCd73Percent, decimal? MinCd90Percent, decimal? MinCd105Percent,
    decimal? MaxCd45Percent, decimal? MaxCd34Percent, decimal? MaxCd14Percent, decimal? MaxCd19Percent, decimal? MaxHlaDrPercent,
    decimal? EndotoxinBelowEuPerMl, decimal? MinPotencyPercent);

/// <summary>The clinic's current specifications, and the default a new product starts from.</summary>
public sealed record SpecificationList(IReadOnlyList<SpecificationView> Specifications, ReleaseLimits DefaultLimits);
