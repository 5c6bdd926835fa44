using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Persistence;
using MndCare.Persistence.CellProducts;

namespace MndCare.Application.CellProducts;

/// <summary>The temperature log of the cell lab's storage locations: record a reading, list readings with each location's limit.</summary>
/// <remarks>docs/therapy/cell-product.md, "Storage temperatures". A location's limit is the coldest "store at or below" of the lots
/// whose units are kept there and not yet spent; MndCare holds no storage temperature of its own, because cryostorage conditions are
/// the manufacturer's (dossier A5: not verified; use the manufacturer's instructions and the lot record).</remarks>
public sealed class StorageTemperatures(MndCareDbContext db, CellProductScope scope, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "storageLocation";

    /// <summary>Audit actions, one per use case.</summary>
    public const string RecordAction = "storage.temperature.record", ListAction = "storage.temperature.list";

    /// <summary>The most readings one list returns (the newest).</summary>
    public const int MaxListed = 200;

    /// <summary>Records a reading of a storage location in <paramref name="clinicId"/> (or the actor's only cell-lab clinic).</summary>
    public async Task<Result<TemperatureView>> RecordAsync(Actor actor, Guid? clinicId, TemperatureInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refused = Entry(RecordAction, AuditOutcome.Invalid, clinicId, input.Location);
        var target = await scope.TargetClinicAsync(actor, clinicId, Permission.ManageCellProducts, refused, cancellationToken);
        if (!target.IsSuccess)
        {
            return Result<TemperatureView>.Failure(target.Errors);
        }
        var clinic = target.Value;
        refused = refused with { ClinicId = clinic.Id };
        var now = clock.GetUtcNow();
        var missing = new List<Error>();
        if (input.Celsius is null)
        {
            missing.Add(new ValidationError("celsius", ValidationError.Required, "celsius is required."));
        }
        if (input.TakenAt is null)
        {
            missing.Add(new ValidationError("takenAt", ValidationError.Required, "takenAt is required."));
        }
        var reading = TemperatureReading.Create(input.Location, input.Celsius ?? 0m, input.TakenAt ?? now, actor.UserId!.Value, now);
        if (missing.Count > 0 || !reading.IsSuccess)
        {
            return await audit.RefuseAsync<TemperatureView>(actor, [.. missing, .. reading.Errors], refused);
        }
        var stored = new StoredTemperatureReading { Id = RecordId.New(clock), ClinicId = clinic.Id, Reading = reading.Value, RecordedAtUtc = now.UtcDateTime };
        db.StorageTemperatures.Add(stored);
        await audit.SaveAsync(actor, [Entry(RecordAction, AuditOutcome.Success, clinic.Id, reading.Value.Location) with
        {
            Changes =
            [
                new FieldChange("celsius", null, reading.Value.Celsius.ToString("G29", CultureInfo.InvariantCulture)),
                new FieldChange("takenAt", null, reading.Value.TakenAtUtc.ToString("O", CultureInfo.InvariantCulture)),
            ],
        }], cancellationToken);
        var limits = await LimitsAsync([clinic.Id], cancellationToken);
        return ToView(stored, actor.DisplayName, limits, clinic.TimeZoneId);
    }

    /// <summary>The newest readings of the actor's clinics (of one location when <paramref name="location"/> is given), newest first,
    /// each marked when warmer than its location's limit, and every location's limit.</summary>
    public async Task<Result<TemperatureLogView>> ListAsync(Actor actor, string? location, CancellationToken cancellationToken)
    {
        var entry = Entry(ListAction, AuditOutcome.Success, null, location);
        var clinics = await scope.ClinicsAsync(actor, Permission.ReadCellProducts, entry, cancellationToken);
        if (!clinics.IsSuccess)
        {
            return Result<TemperatureLogView>.Failure(clinics.Errors);
        }
        var ids = clinics.Value.Select(c => c.Id).ToList();
        string? wanted = null;
        if (!string.IsNullOrWhiteSpace(location))
        {
            var place = StorageLocation.Check(location);
            if (!place.IsSuccess)
            {
                return await audit.RefuseAsync<TemperatureLogView>(actor, place.Errors, entry with { Outcome = AuditOutcome.Invalid });
            }
            wanted = place.Value;
        }
        var stored = await db.StorageTemperatures.AsNoTracking()
            .Where(r => ids.Contains(r.ClinicId) && (wanted == null || r.Reading.Location == wanted))
            .OrderByDescending(r => r.RecordedAtUtc).ThenByDescending(r => r.Id).Take(MaxListed).ToListAsync(cancellationToken);
        var names = await scope.NamesAsync(stored.Select(r => (Guid?)r.Reading.RecordedByUserId), cancellationToken);
        var limits = await LimitsAsync(ids, cancellationToken);
        var zones = clinics.Value.ToDictionary(c => c.Id, c => c.TimeZoneId);
        var readings = stored.OrderByDescending(r => r.Reading.TakenAtUtc)
            .Select(r => ToView(r, names.GetValueOrDefault(r.Reading.RecordedByUserId, string.Empty), limits, zones[r.ClinicId])).ToList();
        await audit.RecordAsync(actor, entry with { Details = JsonSerializer.Serialize(new { location = wanted, count = readings.Count }) },
            cancellationToken);
        return new TemperatureLogView(readings, [.. limits.Values.Where(l => wanted is null || l.Location == wanted).OrderBy(l => l.Location, StringComparer.Ordinal)]);
    }

    // Each (clinic, location) holding units not yet spent, with the coldest storage maximum of their lots.
    private async Task<Dictionary<(Guid ClinicId, string Location), StorageLimitView>> LimitsAsync(List<Guid> clinicIds, CancellationToken cancellationToken)
    {
        // Whole lots, because SQLite cannot flatten an owned collection with its owner's columns (no APPLY).
        var lots = await db.Lots.AsNoTracking()
            .Where(l => clinicIds.Contains(l.ClinicId) && l.Units.Any(u => u.StorageLocation != null)).ToListAsync(cancellationToken);
        var stored = lots.SelectMany(l => l.Units.Where(u => u.StorageLocation is not null && !u.IsFinal)
            .Select(u => new { l.ClinicId, Location = u.StorageLocation!, l.Details.LotNumber, l.Details.StorageMaxCelsius }));
        return stored.GroupBy(s => (s.ClinicId, s.Location)).ToDictionary(g => g.Key, g => new StorageLimitView(g.Key.Location,
            g.Min(s => s.StorageMaxCelsius), [.. g.Select(s => s.LotNumber.Value).Distinct().Order(StringComparer.Ordinal)]));
    }

    private static TemperatureView ToView(StoredTemperatureReading r, string recordedBy, Dictionary<(Guid, string), StorageLimitView> limits,
        string timeZoneId)
    {
        var max = limits.GetValueOrDefault((r.ClinicId, r.Reading.Location))?.StorageMaxCelsius;
        return new TemperatureView(r.Id, r.Reading.Location, r.Reading.Celsius, r.Reading.TakenAtUtc, recordedBy, max, r.Reading.IsWarmerThan(max),
            timeZoneId);
    }

    private static AuditEntry Entry(string action, AuditOutcome outcome, Guid? clinicId, string? location) =>
        CellProductScope.Entry(action, outcome, clinicId, EntityType, location);
}
