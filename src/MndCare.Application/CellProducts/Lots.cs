using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Identity;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Domain.Time;
using MndCare.Persistence;
using MndCare.Persistence.CellProducts;

namespace MndCare.Application.CellProducts;

/// <summary>Lots for the cell lab: list, read, register with units, enter release results, two-person release and recall; every
/// read, change and refusal audited.</summary>
/// <remarks>docs/therapy/cell-product.md. Release and recall are electronic signatures (<see cref="SignaturePassword"/>); a refused
/// release or recall changes nothing. The status "expired" is derived from the lot's clinic's today.</remarks>
public sealed class Lots(MndCareDbContext db, CellProductScope scope, ReleaseSpecifications specifications, SignaturePassword signature,
    AuditTrail audit, TimeProvider clock)
{
    /// <summary>Audit actions, one per use case.</summary>
    public const string ListAction = "lot.list", ReadAction = "lot.read", CreateAction = "lot.create", ResultsAction = "lot.results",
        ReleaseAction = "lot.release", RecallAction = "lot.recall";

    // A registration whose save failed is tried once more (see RegisterAsync).
    private const int RegisterAttempts = 2;

    /// <summary>The lots of the actor's clinics, newest first; <paramref name="status"/> narrows to one status.</summary>
    public async Task<Result<IReadOnlyList<LotSummary>>> ListAsync(Actor actor, string? status, CancellationToken cancellationToken)
    {
        var entry = CellProductScope.Entry(ListAction, AuditOutcome.Success, null, CellProductScope.LotEntityType, null);
        var clinics = await scope.ClinicsAsync(actor, Permission.ReadCellProducts, entry, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<IReadOnlyList<LotSummary>>.Failure(clinics.Errors);
        }
        var wanted = WireNames.Parse<LotStatus>(status);
        if (status is not null && wanted is null)
        {
            return await audit.RefuseAsync<IReadOnlyList<LotSummary>>(actor, new ValidationError("status", CellProductErrorCodes.InvalidFormat,
                "status must be one of: " + string.Join(", ", WireNames.All<LotStatus>()) + "."), entry with { Outcome = AuditOutcome.Invalid });
        }
        var ids = clinics.Value.Select(c => c.Id).ToList();
        // Read without units and custody: a list needs the lot's own columns only.
        var lots = await db.Lots.AsNoTracking().Where(l => ids.Contains(l.ClinicId)).OrderByDescending(l => l.CreatedAtUtc).ThenBy(l => l.Id)
            .Select(l => new { l.Id, l.ClinicId, l.RecordedStatus, l.Details.LotNumber, l.Details.ProductCode, l.Details.DonorCode,
                l.Details.ManufacturedOn, l.Details.ExpiresOn, l.Details.UnitsProduced })
            .ToListAsync(cancellationToken);
        var today = clinics.Value.ToDictionary(c => c.Id, scope.TodayIn);
        var rows = lots.Select(l => (Lot: l, Status: Lot.StatusFrom(l.RecordedStatus, l.ExpiresOn, today[l.ClinicId])))
            .Where(r => wanted is null || r.Status == wanted)
            .Select(r => new LotSummary(r.Lot.Id, r.Lot.LotNumber.Value, r.Lot.ProductCode.Value, r.Lot.DonorCode.Value, CellProductWireNames.Of(r.Status),
                r.Lot.ManufacturedOn, r.Lot.ExpiresOn, r.Lot.UnitsProduced)).ToList();
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { status, ids = rows.Select(r => r.Id) }) }, cancellationToken);
        return rows;
    }

    /// <summary>One lot of the actor's clinics, as posted, with results, judgement, release, recall and units.</summary>
    public async Task<Result<LotRecord>> GetAsync(Actor actor, Guid lotId, CancellationToken cancellationToken)
    {
        var found = await scope.FindLotAsync(actor, lotId, Permission.ReadCellProducts, ReadAction, track: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<LotRecord>.Failure(found.Errors);
        }
        var (lot, clinic) = found.Value;
        await audit.RecordAsync(actor, Entry(ReadAction, AuditOutcome.Success, lot), cancellationToken);
        return await ToRecordAsync(lot, clinic, cancellationToken);
    }

    /// <summary>Registers a quarantined lot and its coded units in <paramref name="clinicId"/> (or the actor's only cell-lab clinic).</summary>
    public async Task<Result<LotRecord>> RegisterAsync(Actor actor, Guid? clinicId, LotInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refused = CellProductScope.Entry(CreateAction, AuditOutcome.Invalid, clinicId, CellProductScope.LotEntityType, null);
        var target = await scope.TargetClinicAsync(actor, clinicId, Permission.ManageCellProducts, refused, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<LotRecord>.Failure(target.Errors);
        }
        var clinic = target.Value;
        refused = refused with { ClinicId = clinic.Id };
        var details = LotDetails.Create(input, scope.TodayIn(clinic));
        if (!details.IsSuccess)
        {
            return await audit.RefuseAsync<LotRecord>(actor, details.Errors, refused);
        }
        var d = details.Value;
        var errors = new List<Error>();
        if (await scope.ContainsMrnAsync(clinic.Id, LotNumber.Field, d.LotNumber.Value, cancellationToken) is { } inLotNumber)
        {
            errors.Add(inLotNumber);
        }
        if (!await db.Donors.AnyAsync(x => x.ClinicId == clinic.Id && x.Code == d.DonorCode, cancellationToken))
        {
            errors.Add(new ValidationError(DonorCode.Field, CellProductErrorCodes.UnknownDonor,
                "No donor of this clinic has this donor code; register the donor first."));
        }
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<LotRecord>(actor, errors, refused);
        }
        // A save that fails is tried once more, from the duplicate check on: two first lots of a new product both add its default
        // specification, and the later save fails on the (clinic, product, version) key; tried again, it finds version 1 stored.
        for (var attempt = 1; ; attempt++)
        {
            if (await db.Lots.AnyAsync(l => l.ClinicId == clinic.Id && l.Details.LotNumber == d.LotNumber, cancellationToken))
            {
                return await audit.RefuseAsync<LotRecord>(actor, DuplicateLotNumber(), refused with { Outcome = AuditOutcome.Conflict });
            }
            var lot = Lot.Register(RecordId.New(clock), clinic.Id, d, actor.UserId!.Value, clock.GetUtcNow(), RecordId.New(clock));
            db.AddLot(lot);
            // The product's specification exists from its first lot on, so the clinic sees what its lots will be judged against.
            await specifications.CurrentAsync(clinic.Id, d.ProductCode, cancellationToken);
            // A failure on the second try is the unique (clinic, lot number) index catching a simultaneous registration.
            var conflict = await audit.SaveAsync(actor, [Entry(CreateAction, AuditOutcome.Success, lot) with { Changes = Registered(lot) }],
                _ => DuplicateLotNumber(), cancellationToken);
            if (conflict is null)
            {
                return await ToRecordAsync(lot, clinic, cancellationToken);
            }
            if (attempt == RegisterAttempts)
            {
                return await audit.RefuseAsync<LotRecord>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
            }
        }
    }

    /// <summary>Enters (or re-enters, while quarantined) the release results and judges them against the product's current
    /// specification; results out of specification fail the lot. The enterer is recorded: they may not release it.</summary>
    public async Task<Result<ResultsJudged>> EnterResultsAsync(Actor actor, Guid lotId, LotResultsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await scope.FindLotAsync(actor, lotId, Permission.ManageCellProducts, ResultsAction, track: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<ResultsJudged>.Failure(found.Errors);
        }
        var (lot, clinic) = found.Value;
        var refused = Entry(ResultsAction, AuditOutcome.Invalid, lot);
        var results = LotResults.Create(input);
        if (!results.IsSuccess)
        {
            return await audit.RefuseAsync<ResultsJudged>(actor, results.Errors, refused);
        }
        var specification = await specifications.CurrentAsync(clinic.Id, lot.Details.ProductCode, cancellationToken);
        var (before, previous) = (lot.RecordedStatus, lot.Results);
        var entered = lot.EnterResults(results.Value, specification, actor.UserId!.Value, clock.GetUtcNow(), RecordId.New(clock));
        if (!entered.IsSuccess)
        {
            return await audit.RefuseAsync<ResultsJudged>(actor, entered.Errors, refused with { Outcome = AuditOutcome.Conflict });
        }
        var judgement = lot.Judgement!;
        var conflict = await audit.SaveAsync(actor, [Entry(ResultsAction, AuditOutcome.Success, lot) with
        {
            Changes =
            [
                new FieldChange("results", previous is null ? null : Json(previous), Json(results.Value)),
                new FieldChange("specificationVersion", null, judgement.SpecificationVersion.ToString(CultureInfo.InvariantCulture)),
                new FieldChange("outOfSpecification", null, string.Join(",", judgement.OutOfSpecification)),
                new FieldChange("status", CellProductWireNames.Of(before), CellProductWireNames.Of(lot.RecordedStatus)),
            ],
        }], _ => CellProductScope.Changed("lot"), cancellationToken);
        return conflict is null
            ? new ResultsJudged(judgement.WithinSpecification, judgement.OutOfSpecification, judgement.SpecificationVersion,
                CellProductWireNames.Of(lot.StatusOn(scope.TodayIn(clinic))))
            : await audit.RefuseAsync<ResultsJudged>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    /// <summary>Releases the lot, signed with the releaser's password, when every rule holds; otherwise every reason, and nothing
    /// changes.</summary>
    public async Task<Result<LotStatusView>> ReleaseAsync(Actor actor, Guid lotId, string? password, CancellationToken cancellationToken)
    {
        var found = await scope.FindLotAsync(actor, lotId, Permission.ManageCellProducts, ReleaseAction, track: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<LotStatusView>.Failure(found.Errors);
        }
        var (lot, clinic) = found.Value;
        var refused = Entry(ReleaseAction, AuditOutcome.Denied, lot);
        var signed = await signature.VerifyAsync(actor, password, "the lot was not released");
        if (!signed.IsSuccess)
        {
            return await audit.RefuseAsync<LotStatusView>(actor, signed.Errors, refused);
        }
        var donor = await db.Donors.AsNoTracking().SingleAsync(x => x.ClinicId == lot.ClinicId && x.Code == lot.Details.DonorCode, cancellationToken);
        var now = clock.GetUtcNow();
        var released = lot.Release(donor, signed.Value.Id, scope.TodayIn(clinic), now, RecordId.New(clock));
        if (!released.IsSuccess)
        {
            return await audit.RefuseAsync<LotStatusView>(actor, released.Errors, refused with { Outcome = AuditOutcome.Conflict });
        }
        return await SaveSignedAsync(actor, lot, ReleaseAction, "approved for release by " + signed.Value.DisplayName, signed.Value.DisplayName, now,
            [new FieldChange("status", CellProductWireNames.Of(LotStatus.Quarantined), CellProductWireNames.Of(lot.RecordedStatus))], refused,
            cancellationToken);
    }

    /// <summary>Recalls the lot, signed with the recaller's password: its remaining units are blocked.</summary>
    public async Task<Result<LotStatusView>> RecallAsync(Actor actor, Guid lotId, string? reason, string? password, CancellationToken cancellationToken)
    {
        var found = await scope.FindLotAsync(actor, lotId, Permission.ManageCellProducts, RecallAction, track: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<LotStatusView>.Failure(found.Errors);
        }
        var (lot, _) = found.Value;
        var refused = Entry(RecallAction, AuditOutcome.Denied, lot);
        var signed = await signature.VerifyAsync(actor, password, "the lot was not recalled");
        if (!signed.IsSuccess)
        {
            return await audit.RefuseAsync<LotStatusView>(actor, signed.Errors, refused);
        }
        var before = lot.RecordedStatus;
        var blocked = lot.Units.Where(u => !u.IsFinal).Select(u => u.Code.Value).ToList();
        var now = clock.GetUtcNow();
        var recalled = lot.Recall(reason, signed.Value.Id, now, RecordId.New(clock));
        if (!recalled.IsSuccess)
        {
            // A short reason is invalid input, a lot that cannot be recalled a conflict: the error decides the outcome.
            return await audit.RefuseAsync<LotStatusView>(actor, recalled.Errors, refused with { Outcome = AuditOutcome.Success });
        }
        return await SaveSignedAsync(actor, lot, RecallAction, "recalled by " + signed.Value.DisplayName, signed.Value.DisplayName, now,
            [
                new FieldChange("status", CellProductWireNames.Of(before), CellProductWireNames.Of(lot.RecordedStatus)),
                new FieldChange("blockedUnits", null, string.Join(",", blocked)),
            ], refused, cancellationToken);
    }

    // A signed step (release, recall) saved with the signature's meaning, the signer's name and the time, as 21 CFR 11.50 asks.
    private async Task<Result<LotStatusView>> SaveSignedAsync(Actor actor, Lot lot, string action, string meaning, string signerName, DateTimeOffset now,
        IReadOnlyList<FieldChange> changes, AuditEntry refused, CancellationToken cancellationToken)
    {
        var conflict = await audit.SaveAsync(actor, [Entry(action, AuditOutcome.Success, lot) with
        {
            Reason = lot.RecallReason,
            Changes = [.. changes, new FieldChange("meaning", null, meaning)],
        }], _ => CellProductScope.Changed("lot"), cancellationToken);
        return conflict is null
            ? new LotStatusView(lot.Id, CellProductWireNames.Of(lot.RecordedStatus), new SignedStep(actor.UserId!.Value, signerName, now.UtcDateTime))
            : await audit.RefuseAsync<LotStatusView>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    private async Task<LotRecord> ToRecordAsync(Lot lot, Clinic clinic, CancellationToken cancellationToken)
    {
        var names = await scope.NamesAsync([lot.ResultsEnteredByUserId, lot.ReleasedByUserId, lot.RecalledByUserId,
            .. lot.CustodyEvents.Select(e => (Guid?)e.PersonUserId)], cancellationToken);
        SignedStep? Step(Guid? userId, DateTime? at) =>
            userId is { } id && at is { } when ? new SignedStep(id, names.GetValueOrDefault(id, string.Empty), when) : null;
        var d = lot.Details;
        return new LotRecord(lot.Id, d.LotNumber.Value, d.ProductCode.Value, d.DonorCode.Value, d.ManufacturedOn, d.ExpiresOn, d.Passage,
            d.CellsPerUnit.Cells, d.UnitsProduced, CellProductWireNames.Of(lot.StatusOn(scope.TodayIn(clinic))),
            lot.Results is { } r ? LotResultsView.Of(r) : null, lot.Judgement is { } j ? JudgementView.Of(j) : null,
            Step(lot.ResultsEnteredByUserId, lot.ResultsEnteredAtUtc), Step(lot.ReleasedByUserId, lot.ReleasedAtUtc),
            Step(lot.RecalledByUserId, lot.RecalledAtUtc), lot.RecallReason,
            [.. lot.Units.Select(u => new UnitView(u.Code.Value, CellProductWireNames.Of(u.Status), u.StorageLocation))],
            d.ThawToEndLimitMinutes, d.StorageMaxCelsius, CustodyViews(lot.CustodyEvents, names), clinic.TimeZoneId);
    }

    /// <summary>Hand-offs as the API shows them, oldest first, with the person's name.</summary>
    internal static IReadOnlyList<CustodyView> CustodyViews(IEnumerable<CustodyEvent> events, IReadOnlyDictionary<Guid, string> names) =>
        [.. events.Select(e => new CustodyView(e.UnitCode.Value, CellProductWireNames.Of(e.Kind), e.PersonUserId,
            names.GetValueOrDefault(e.PersonUserId, string.Empty), e.AtUtc))];

    private static string Json(LotResults results) => JsonSerializer.Serialize(LotResultsView.Of(results), JsonSerializerOptions.Web);

    private static FieldChange[] Registered(Lot lot)
    {
        var d = lot.Details;
        return
        [
            new FieldChange(LotNumber.Field, null, d.LotNumber.Value),
            new FieldChange(ProductCode.Field, null, d.ProductCode.Value),
            new FieldChange(DonorCode.Field, null, d.DonorCode.Value),
            new FieldChange("manufacturedOn", null, ClinicTime.Format(d.ManufacturedOn)),
            new FieldChange("expiresOn", null, ClinicTime.Format(d.ExpiresOn)),
            new FieldChange("passage", null, d.Passage.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("cellsPerUnit", null, d.CellsPerUnit.Cells.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("unitsProduced", null, d.UnitsProduced.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("thawToEndLimitMinutes", null, d.ThawToEndLimitMinutes?.ToString(CultureInfo.InvariantCulture)),
            new FieldChange("storageMaxCelsius", null, d.StorageMaxCelsius?.ToString("G29", CultureInfo.InvariantCulture)),
            new FieldChange("status", null, CellProductWireNames.Of(lot.RecordedStatus)),
        ];
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Lot lot) =>
        CellProductScope.Entry(action, outcome, lot.ClinicId, CellProductScope.LotEntityType, lot.Id.ToString("D"));

    private static ConflictError DuplicateLotNumber() =>
        new(CellProductErrorCodes.DuplicateLotNumber, "Another lot of this clinic already has this lot number.");
}
