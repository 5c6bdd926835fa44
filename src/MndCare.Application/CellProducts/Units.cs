using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.CellProducts;

/// <summary>Units and their chain of custody: read a unit by its code, record a hand-off (issued, received, thawed, returned,
/// discarded) with the person and the time, and where the unit is stored; audited.</summary>
/// <remarks>docs/therapy/cell-product.md, "Units". The cell lab records every hand-off; ward nurses also record "received" and
/// "thawed". "Infused" comes only from a passed bedside identity check and "blocked" only from a recall.</remarks>
public sealed class Units(MndCareDbContext db, CellProductScope scope, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Audit actions, one per use case.</summary>
    public const string ReadAction = "unit.read", CustodyAction = "unit.custody", StoreAction = "unit.store";

    /// <summary>The hand-offs recorded here, in the order a unit meets them.</summary>
    public static readonly IReadOnlyList<CustodyEventKind> RecordedHandOffs =
        [CustodyEventKind.Issued, CustodyEventKind.Received, CustodyEventKind.Thawed, CustodyEventKind.Returned, CustodyEventKind.Discarded];

    /// <summary>Whether the hand-off happens on the ward, so a nurse may record it too.</summary>
    public static bool IsWardHandOff(CustodyEventKind kind) => kind is CustodyEventKind.Received or CustodyEventKind.Thawed;

    /// <summary>One unit of the actor's clinics, with its lot and its chain of custody.</summary>
    public async Task<Result<UnitRecord>> GetAsync(Actor actor, string? unitCode, CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, unitCode, ReadAction, track: false, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<UnitRecord>.Failure(found.Errors);
        }
        var (lot, clinic, code) = found.Value;
        await audit.RecordAsync(actor, Entry(ReadAction, AuditOutcome.Success, lot, code), cancellationToken);
        return await ToRecordAsync(lot, clinic, code, cancellationToken);
    }

    /// <summary>Records a hand-off of the unit by the actor at <see cref="CustodyInput.At"/>, and, when given, where it is stored now;
    /// nothing changes on an error.</summary>
    public async Task<Result<UnitRecord>> RecordCustodyAsync(Actor actor, string? unitCode, CustodyInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await FindAsync(actor, unitCode, CustodyAction, track: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<UnitRecord>.Failure(found.Errors);
        }
        var (lot, clinic, code) = found.Value;
        var refused = Entry(CustodyAction, AuditOutcome.Invalid, lot, code);
        var kind = WireNames.Parse<CustodyEventKind>(input.Event);
        var errors = new List<Error>();
        if (kind is not { } handOff || !RecordedHandOffs.Contains(handOff))
        {
            errors.Add(new ValidationError("event", input.Event is null ? ValidationError.Required : CellProductErrorCodes.InvalidFormat,
                "event must be one of: " + string.Join(", ", RecordedHandOffs.Select(CellProductWireNames.Of)) + "."));
        }
        else if (!actor.Can(Permission.ManageCellProducts, clinic.Id) && !(IsWardHandOff(handOff) && actor.Can(Permission.AdministerInfusions, clinic.Id)))
        {
            return await audit.RefuseAsync<UnitRecord>(actor, new ForbiddenError("record this hand-off"), refused with { Outcome = AuditOutcome.Denied });
        }
        if (input.At is null)
        {
            errors.Add(new ValidationError("at", ValidationError.Required, "at is required."));
        }
        var location = string.IsNullOrWhiteSpace(input.Location) ? (Result<string>?)null : StorageLocation.Check(input.Location);
        errors.AddRange(location?.Errors ?? []);
        if (errors.Count > 0)
        {
            return await audit.RefuseAsync<UnitRecord>(actor, errors, refused);
        }
        var unit = lot.FindUnit(code)!;
        var (status, place) = (unit.Status, unit.StorageLocation);
        var now = clock.GetUtcNow();
        var at = input.At!.Value;
        var recorded = lot.RecordCustody(code, kind!.Value, actor.UserId!.Value, at, clinic.LocalDate(at), now, RecordId.New(clock));
        if (recorded.IsSuccess && location is { } storedAt)
        {
            recorded = lot.StoreUnit(code, storedAt.Value, now, RecordId.New(clock));
        }
        if (!recorded.IsSuccess)
        {
            return await audit.RefuseAsync<UnitRecord>(actor, recorded.Errors, refused with { Outcome = AuditOutcome.Success });
        }
        var conflict = await audit.SaveAsync(actor, [Entry(CustodyAction, AuditOutcome.Success, lot, code) with
        {
            Changes =
            [
                new FieldChange("event", null, CellProductWireNames.Of(kind.Value)),
                new FieldChange("at", null, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)),
                new FieldChange("status", CellProductWireNames.Of(status), CellProductWireNames.Of(unit.Status)),
                .. place == unit.StorageLocation ? [] : new[] { new FieldChange(StorageLocation.Field, place, unit.StorageLocation) },
            ],
        }], _ => CellProductScope.Changed("lot"), cancellationToken);
        return conflict is null
            ? await ToRecordAsync(lot, clinic, code, cancellationToken)
            : await audit.RefuseAsync<UnitRecord>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    /// <summary>Records where the unit is stored (cell lab); a spent unit (infused, discarded) is not stored anywhere.</summary>
    public async Task<Result<UnitRecord>> StoreAsync(Actor actor, string? unitCode, string? location, CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, unitCode, StoreAction, track: true, cancellationToken);
        if (!found.IsSuccess)
        {
            return Result<UnitRecord>.Failure(found.Errors);
        }
        var (lot, clinic, code) = found.Value;
        var refused = Entry(StoreAction, AuditOutcome.Invalid, lot, code);
        if (!actor.Can(Permission.ManageCellProducts, clinic.Id))
        {
            return await audit.RefuseAsync<UnitRecord>(actor, new ForbiddenError("record where a unit is stored"), refused with { Outcome = AuditOutcome.Denied });
        }
        var unit = lot.FindUnit(code)!;
        if (unit.IsFinal)
        {
            return await audit.RefuseAsync<UnitRecord>(actor, new ConflictError(CellProductErrorCodes.InvalidUnitTransition,
                $"A unit that is {CellProductWireNames.Of(unit.Status)} is not stored."), refused with { Outcome = AuditOutcome.Conflict });
        }
        var before = unit.StorageLocation;
        var stored = lot.StoreUnit(code, location, clock.GetUtcNow(), RecordId.New(clock));
        if (!stored.IsSuccess)
        {
            return await audit.RefuseAsync<UnitRecord>(actor, stored.Errors, refused);
        }
        var conflict = await audit.SaveAsync(actor, [Entry(StoreAction, AuditOutcome.Success, lot, code) with
        {
            Changes = [new FieldChange(StorageLocation.Field, before, unit.StorageLocation)],
        }], _ => CellProductScope.Changed("lot"), cancellationToken);
        return conflict is null
            ? await ToRecordAsync(lot, clinic, code, cancellationToken)
            : await audit.RefuseAsync<UnitRecord>(actor, conflict, refused with { Outcome = AuditOutcome.Conflict });
    }

    // The lot holding the unit in the actor's clinics with ReadCellProducts; a unit of another clinic is "not found", like its lot.
    private async Task<Result<(Lot Lot, Clinic Clinic, UnitCode Code)>> FindAsync(Actor actor, string? unitCode, string action, bool track,
        CancellationToken cancellationToken)
    {
        var refused = CellProductScope.Entry(action, AuditOutcome.NotFound, null, CellProductScope.LotEntityType, null) with
        {
            Details = System.Text.Json.JsonSerializer.Serialize(new { unitCode }),
        };
        var clinics = await scope.ClinicsAsync(actor, Permission.ReadCellProducts, refused, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<(Lot, Clinic, UnitCode)>.Failure(clinics.Errors);
        }
        var code = UnitCode.Create(unitCode);
        if (!code.IsSuccess)
        {
            return await audit.RefuseAsync<(Lot, Clinic, UnitCode)>(actor, code.Errors, refused with { Outcome = AuditOutcome.Invalid });
        }
        var ids = clinics.Value.Select(c => c.Id).ToList();
        var lots = track ? db.Lots : db.Lots.AsNoTracking();
        var lot = await lots.Where(l => ids.Contains(l.ClinicId) && l.Units.Any(u => u.Code == code.Value))
            .OrderBy(l => l.ClinicId).FirstOrDefaultAsync(cancellationToken);
        return lot is null
            ? await audit.RefuseAsync<(Lot, Clinic, UnitCode)>(actor, new NotFoundError("unit"), refused)
            : (lot, clinics.Value.Single(c => c.Id == lot.ClinicId), code.Value);
    }

    private async Task<UnitRecord> ToRecordAsync(Lot lot, Clinic clinic, UnitCode code, CancellationToken cancellationToken)
    {
        var unit = lot.FindUnit(code)!;
        var events = lot.CustodyEvents.Where(e => e.UnitCode == code).ToList();
        var names = await scope.NamesAsync(events.Select(e => (Guid?)e.PersonUserId), cancellationToken);
        return new UnitRecord(unit.Code.Value, lot.Id, lot.Details.LotNumber.Value, CellProductWireNames.Of(lot.StatusOn(scope.TodayIn(clinic))),
            CellProductWireNames.Of(unit.Status), unit.StorageLocation, Lots.CustodyViews(events, names), clinic.TimeZoneId);
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Lot lot, UnitCode code) =>
        CellProductScope.Entry(action, outcome, lot.ClinicId, CellProductScope.LotEntityType, lot.Id.ToString("D")) with
        {
            Details = System.Text.Json.JsonSerializer.Serialize(new { unitCode = code.Value }),
        };
}
