using MndCare.Domain.Auditing;
using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.CellProducts;

/// <summary>A manufactured lot of cells: its details, release results and judgement, two-person release, recall, and its
/// units' chain of custody.</summary>
/// <remarks>
/// Issue 8 and docs/therapy/cell-product.md. A lot starts quarantined; results within specification keep it quarantined
/// and results out of specification fail it at once; only a quarantined lot is released, by a second cell-lab user, when
/// its donor's screening is complete and negative and it has not expired. A refused action changes nothing.
/// Quarantined, failed, expired and recalled lots are never usable (<see cref="CanBeUsed"/>).
/// </remarks>
public sealed class Lot
{
    /// <summary>Longest recall reason, in text elements.</summary>
    public const int MaxRecallReasonLength = 2000;

    private readonly List<CellUnit> _units = [];
    private readonly List<CustodyEvent> _custodyEvents = [];

    private Lot()
    {
        Details = null!;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic whose cell lab holds the lot.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>Lot number, product, donor, dates, passage, cells per unit and units produced.</summary>
    public LotDetails Details { get; private set; }

    /// <summary>The stored status (quarantined, released, failed or recalled); <see cref="StatusOn"/> adds expiry.</summary>
    public LotStatus RecordedStatus { get; private set; }

    /// <summary>The release results; null until entered.</summary>
    public LotResults? Results { get; private set; }

    /// <summary>The judgement of <see cref="Results"/>, with the specification version used; null until results are entered.</summary>
    public ReleaseJudgement? Judgement { get; private set; }

    /// <summary>Who entered the results last; they may not release the lot.</summary>
    public Guid? ResultsEnteredByUserId { get; private set; }

    /// <summary>When the results were entered (UTC).</summary>
    public DateTime? ResultsEnteredAtUtc { get; private set; }

    /// <summary>Who released the lot.</summary>
    public Guid? ReleasedByUserId { get; private set; }

    /// <summary>When the lot was released (UTC).</summary>
    public DateTime? ReleasedAtUtc { get; private set; }

    /// <summary>Why the lot was recalled; null unless recalled.</summary>
    public string? RecallReason { get; private set; }

    /// <summary>Who recalled the lot.</summary>
    public Guid? RecalledByUserId { get; private set; }

    /// <summary>When the lot was recalled (UTC).</summary>
    public DateTime? RecalledAtUtc { get; private set; }

    /// <summary>The units, in sequence order (however they were stored).</summary>
    public IReadOnlyList<CellUnit> Units => [.. _units.OrderBy(u => u.Code.Sequence)];

    /// <summary>Every hand-off of every unit, in time order (however they were stored).</summary>
    public IReadOnlyList<CustodyEvent> CustodyEvents => [.. _custodyEvents.OrderBy(e => e.AtUtc)];

    /// <summary>Who registered the lot.</summary>
    public Guid RegisteredByUserId { get; private set; }

    /// <summary>When it was registered (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When anything last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>Registers a quarantined lot and its units, coded from the lot number.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="details">Checked details (the caller also checks the lot number against the clinic's MRNs).</param>
    /// <param name="userId">Who registers it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static Lot Register(Guid id, Guid clinicId, LotDetails details, Guid userId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(details);
        var lot = new Lot
        {
            Id = id,
            ClinicId = clinicId,
            Details = details,
            RecordedStatus = LotStatus.Quarantined,
            RegisteredByUserId = userId,
            CreatedAtUtc = now.UtcDateTime,
            UpdatedAtUtc = now.UtcDateTime,
            Version = version,
        };
        for (var sequence = 1; sequence <= details.UnitsProduced; sequence++)
        {
            lot._units.Add(CellUnit.Produced(UnitCode.For(details.LotNumber, sequence)));
        }
        return lot;
    }

    /// <summary>The status on <paramref name="date"/>: a quarantined or released lot past its expiry date is expired.</summary>
    /// <param name="date">The clinic's date asked about.</param>
    public LotStatus StatusOn(DateOnly date) => StatusFrom(RecordedStatus, Details.ExpiresOn, date);

    /// <summary>The status on <paramref name="date"/> of a lot stored as <paramref name="recorded"/> that expires on
    /// <paramref name="expiresOn"/> (for lists read without the whole lot).</summary>
    /// <param name="recorded">The stored status.</param>
    /// <param name="expiresOn">The expiry date.</param>
    /// <param name="date">The clinic's date asked about.</param>
    public static LotStatus StatusFrom(LotStatus recorded, DateOnly expiresOn, DateOnly date) =>
        recorded is LotStatus.Quarantined or LotStatus.Released && date > expiresOn ? LotStatus.Expired : recorded;

    /// <summary>Whether <paramref name="date"/> is after the expiry date (the lot is usable through its expiry date).</summary>
    /// <param name="date">The clinic's date.</param>
    public bool IsExpiredOn(DateOnly date) => StatusFrom(LotStatus.Quarantined, Details.ExpiresOn, date) == LotStatus.Expired;

    /// <summary>Whether the lot may be ordered, dispensed or infused on <paramref name="date"/>: released and not expired.</summary>
    /// <param name="date">The clinic's date.</param>
    public bool CanBeUsed(DateOnly date) => WhyNotUsable(date) is null;

    /// <summary>Why the lot may not be used on <paramref name="date"/> (lotQuarantined, lotFailed, lotExpired, lotRecalled); null
    /// when it may.</summary>
    /// <param name="date">The clinic's date.</param>
    public ConflictError? WhyNotUsable(DateOnly date) => StatusOn(date) switch
    {
        LotStatus.Released => null,
        LotStatus.Quarantined => new ConflictError(CellProductErrorCodes.LotQuarantined, "The lot is quarantined: it has not been released."),
        LotStatus.Failed => new ConflictError(CellProductErrorCodes.LotFailed, "The lot failed its release tests."),
        LotStatus.Expired => new ConflictError(CellProductErrorCodes.LotExpired, "The lot has expired."),
        LotStatus.Recalled => new ConflictError(CellProductErrorCodes.LotRecalled, "The lot was recalled."),
    };

    /// <summary>Why the unit may not be used on <paramref name="date"/> (its lot, or unitNotInLot, unitAlreadyUsed,
    /// unitNotAvailable); null when it may.</summary>
    /// <param name="code">The scanned or typed unit code.</param>
    /// <param name="date">The clinic's date.</param>
    public ConflictError? WhyUnitNotUsable(UnitCode code, DateOnly date)
    {
        if (FindUnit(code) is not { } unit)
        {
            return new ConflictError(CellProductErrorCodes.UnitNotInLot, "The unit is not from this lot.");
        }
        return WhyNotUsable(date) ?? unit.Status switch
        {
            UnitStatus.Infused => new ConflictError(CellProductErrorCodes.UnitAlreadyUsed, "The unit was already infused."),
            UnitStatus.Discarded or UnitStatus.Blocked => new ConflictError(CellProductErrorCodes.UnitNotAvailable, "The unit is discarded or blocked."),
            UnitStatus.Available or UnitStatus.Issued or UnitStatus.Received or UnitStatus.Thawed or UnitStatus.Returned => null,
        };
    }

    /// <summary>The unit with <paramref name="code"/>; null when it is not from this lot.</summary>
    /// <param name="code">The unit code.</param>
    public CellUnit? FindUnit(UnitCode code) => _units.Find(u => u.Code == code);

    /// <summary>Enters (or, while quarantined, re-enters) the release results and judges them; out of specification fails the lot.</summary>
    /// <param name="results">Checked results.</param>
    /// <param name="specification">The product's current specification.</param>
    /// <param name="userId">Who enters them.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Lot> EnterResults(LotResults results, ReleaseSpecification specification, Guid userId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.ProductCode != Details.ProductCode)
        {
            throw new ArgumentException("The specification is another product's.", nameof(specification));
        }
        if (RecordedStatus != LotStatus.Quarantined)
        {
            return NotAllowed("enter results");
        }
        Results = results;
        Judgement = specification.Judge(results);
        ResultsEnteredByUserId = userId;
        ResultsEnteredAtUtc = now.UtcDateTime;
        RecordedStatus = Judgement.WithinSpecification ? LotStatus.Quarantined : LotStatus.Failed;
        Touch(now, version);
        return this;
    }

    /// <summary>The reasons a release by <paramref name="releaserUserId"/> on <paramref name="releaseDate"/> would be refused, in a
    /// fixed order; empty when it would be allowed.</summary>
    /// <param name="donor">The lot's donor.</param>
    /// <param name="releaserUserId">Who would sign the release.</param>
    /// <param name="releaseDate">The clinic's date.</param>
    public IReadOnlyList<ConflictError> ReleaseRefusals(Donor donor, Guid releaserUserId, DateOnly releaseDate)
    {
        ArgumentNullException.ThrowIfNull(donor);
        if (donor.Code != Details.DonorCode || donor.ClinicId != ClinicId)
        {
            throw new ArgumentException("The donor is not this lot's donor.", nameof(donor));
        }
        var refusals = new List<ConflictError>();
        if (RecordedStatus is LotStatus.Released or LotStatus.Recalled)
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.InvalidTransition, "Only a quarantined lot can be released."));
        }
        if (Judgement is null)
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.ResultsMissing, "No release results were entered."));
        }
        else if (!Judgement.WithinSpecification)
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.OutOfSpecification,
                "Results out of specification: " + string.Join(", ", Judgement.OutOfSpecification) + "."));
        }
        var gaps = donor.ScreeningGaps();
        if (gaps.Any(g => g.Problem == ScreeningProblem.Missing))
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.DonorScreeningIncomplete, "Donor screening has no result for: "
                + string.Join(", ", gaps.Where(g => g.Problem == ScreeningProblem.Missing).Select(g => g.MarkerCode)) + "."));
        }
        if (gaps.Any(g => g.Problem == ScreeningProblem.Reactive))
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.DonorScreeningReactive, "Donor screening is reactive for: "
                + string.Join(", ", gaps.Where(g => g.Problem == ScreeningProblem.Reactive).Select(g => g.MarkerCode)) + "."));
        }
        if (IsExpiredOn(releaseDate))
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.LotExpired, "The lot has expired."));
        }
        if (ResultsEnteredByUserId == releaserUserId)
        {
            refusals.Add(new ConflictError(CellProductErrorCodes.ReleaserEnteredResults,
                "The person who entered the results cannot release the lot; a second cell-lab user must."));
        }
        return refusals;
    }

    /// <summary>Releases the lot (after the caller verified the releaser's password), or every reason it is refused; a refused
    /// release changes nothing.</summary>
    /// <param name="donor">The lot's donor.</param>
    /// <param name="releaserUserId">Who signs the release.</param>
    /// <param name="releaseDate">The clinic's date.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Lot> Release(Donor donor, Guid releaserUserId, DateOnly releaseDate, DateTimeOffset now, Guid version)
    {
        var refusals = ReleaseRefusals(donor, releaserUserId, releaseDate);
        if (refusals.Count > 0)
        {
            return Result<Lot>.Failure([.. refusals]);
        }
        RecordedStatus = LotStatus.Released;
        ReleasedByUserId = releaserUserId;
        ReleasedAtUtc = now.UtcDateTime;
        Touch(now, version);
        return this;
    }

    /// <summary>Recalls a quarantined or released lot and blocks every unit not yet infused or discarded; nothing changes on an error.</summary>
    /// <param name="reason">Why (at least <see cref="ReasonForChange.MinLength"/> text elements).</param>
    /// <param name="userId">Who recalls it (after the caller verified the password).</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Lot> Recall(string? reason, Guid userId, DateTimeOffset now, Guid version)
    {
        const string field = "reason";
        var text = FreeText.Required(reason, field, MaxRecallReasonLength, multiline: true);
        if (!text.IsSuccess)
        {
            return Result<Lot>.Failure(text.Errors);
        }
        if (ReasonForChange.TooShort(text.Value, field) is not null)
        {
            return new ValidationError(field, CellProductErrorCodes.TooShort,
                $"Say why the lot is recalled (at least {ReasonForChange.MinLength} characters).");
        }
        if (RecordedStatus is not (LotStatus.Quarantined or LotStatus.Released))
        {
            return NotAllowed("recall it");
        }
        RecordedStatus = LotStatus.Recalled;
        RecallReason = text.Value;
        RecalledByUserId = userId;
        RecalledAtUtc = now.UtcDateTime;
        foreach (var unit in _units.Where(u => !u.IsFinal))
        {
            unit.Status = UnitStatus.Blocked;
            _custodyEvents.Add(new CustodyEvent(unit.Code, CustodyEventKind.Blocked, userId, now.UtcDateTime));
        }
        Touch(now, version);
        return this;
    }

    /// <summary>Records a hand-off of one unit (issued, received, thawed, infused, returned, discarded) by a person at a time;
    /// nothing changes on an error.</summary>
    /// <param name="code">The unit.</param>
    /// <param name="kind">The hand-off; blocking is done by <see cref="Recall"/> only.</param>
    /// <param name="personUserId">The person responsible.</param>
    /// <param name="at">When it happened; not before the unit's previous event, not after <paramref name="now"/>.</param>
    /// <param name="clinicDate">The clinic's date of <paramref name="at"/>; issuing, receiving, thawing and infusing need a usable lot.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Lot> RecordCustody(UnitCode code, CustodyEventKind kind, Guid personUserId, DateTimeOffset at, DateOnly clinicDate,
        DateTimeOffset now, Guid version)
    {
        if (FindUnit(code) is not { } unit)
        {
            return new ConflictError(CellProductErrorCodes.UnitNotInLot, "The unit is not from this lot.");
        }
        if (UnitTransitions.NeedsUsableLot(kind) && WhyNotUsable(clinicDate) is { } notUsable)
        {
            return notUsable;
        }
        if (UnitTransitions.Next(unit.Status, kind) is not { } next)
        {
            return new ConflictError(CellProductErrorCodes.InvalidUnitTransition,
                $"A unit that is {CellProductWireNames.Of(unit.Status)} cannot be {CellProductWireNames.Of(kind)}.");
        }
        if (at > now)
        {
            return new ValidationError("at", CellProductErrorCodes.InFuture, "The hand-off time is in the future.");
        }
        if (_custodyEvents.Where(e => e.UnitCode == code).MaxBy(e => e.AtUtc) is { } previous && at.UtcDateTime < previous.AtUtc)
        {
            return new ValidationError("at", CellProductErrorCodes.EventOutOfOrder, "The hand-off time is before the unit's previous hand-off.");
        }
        unit.Status = next;
        _custodyEvents.Add(new CustodyEvent(code, kind, personUserId, at.UtcDateTime));
        Touch(now, version);
        return this;
    }

    /// <summary>Marks a unit given to a patient after a passed bedside identity check: an "infused" hand-off by the nurse, from any
    /// state a usable unit can be in; nothing changes on an error.</summary>
    /// <remarks>The passed check proves the unit reached the bedside, so hand-offs the ward did not record (issued, received,
    /// thawed) are not required first; the custody log shows which were. docs/therapy/infusion.md, "Bedside identity check".</remarks>
    /// <param name="code">The unit.</param>
    /// <param name="nurseUserId">The nurse whose check passed.</param>
    /// <param name="at">When (the start of the infusion).</param>
    /// <param name="clinicDate">The clinic's date of <paramref name="at"/>.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Lot> GiveAtBedside(UnitCode code, Guid nurseUserId, DateTimeOffset at, DateOnly clinicDate, Guid version)
    {
        if (WhyUnitNotUsable(code, clinicDate) is { } notUsable)
        {
            return notUsable;
        }
        FindUnit(code)!.Status = UnitStatus.Infused;
        _custodyEvents.Add(new CustodyEvent(code, CustodyEventKind.Infused, nurseUserId, at.UtcDateTime));
        Touch(at, version);
        return this;
    }

    /// <summary>Records where a unit is stored.</summary>
    /// <param name="code">The unit.</param>
    /// <param name="location">The storage location.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Lot> StoreUnit(UnitCode code, string? location, DateTimeOffset now, Guid version)
    {
        if (FindUnit(code) is not { } unit)
        {
            return new ConflictError(CellProductErrorCodes.UnitNotInLot, "The unit is not from this lot.");
        }
        var place = StorageLocation.Check(location);
        if (!place.IsSuccess)
        {
            return Result<Lot>.Failure(place.Errors);
        }
        unit.StorageLocation = place.Value;
        Touch(now, version);
        return this;
    }

    private ConflictError NotAllowed(string action) =>
        new(CellProductErrorCodes.InvalidTransition, $"A lot that is {CellProductWireNames.Of(RecordedStatus)} does not allow you to {action}.");

    private void Touch(DateTimeOffset now, Guid version)
    {
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }
}
