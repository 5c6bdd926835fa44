using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Infusions;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Infusions;

/// <summary>Each clinic's infusion settings: used by every infusion rule of the clinic, read and set by its administrator.</summary>
/// <remarks>docs/therapy/infusion.md, "Clinic settings". A clinic without saved settings uses the product defaults
/// (<see cref="InfusionPolicy.Default"/>). Reads and saves by the administrator are audited; refusals too.</remarks>
public sealed class InfusionPolicies(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "infusionPolicy";

    /// <summary>The audited actions.</summary>
    public const string ReadAction = "infusionSettings.read", SaveAction = "infusionSettings.save";

    /// <summary>The policy in force for <paramref name="clinicId"/>.</summary>
    public async Task<InfusionPolicy> PolicyAsync(Guid clinicId, CancellationToken cancellationToken) =>
        (await db.InfusionPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken))?.Policy
        ?? InfusionPolicy.Default;

    /// <summary>The settings of the administrator's clinic (the first, for an administrator of several), audited.</summary>
    public async Task<Result<InfusionSettingsView>> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (ClinicOf(actor) is not { } clinicId)
        {
            return await audit.RefuseAsync<InfusionSettingsView>(actor, new ForbiddenError("read the infusion settings"), Entry(ReadAction, null));
        }
        var view = await ViewAsync(clinicId, cancellationToken);
        await audit.RecordAsync(actor, Entry(ReadAction, clinicId), cancellationToken);
        return view;
    }

    /// <summary>Replaces the settings of the administrator's clinic; <paramref name="expectedVersion"/> (when given) guards against
    /// overwriting a change made meanwhile. Invalid settings change nothing and name every field that breaks its rule.</summary>
    public async Task<Result<InfusionSettingsView>> SaveAsync(Actor actor, InfusionSettingsInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var clinicId = ClinicOf(actor);
        var entry = Entry(SaveAction, clinicId) with { Details = JsonSerializer.Serialize(input, JsonSerializerOptions.Web) };
        if (clinicId is null)
        {
            return await audit.RefuseAsync<InfusionSettingsView>(actor, new ForbiddenError("set the infusion settings"), entry);
        }
        var missing = new List<Error>();
        foreach (var (field, value) in new (string, object?)[]
        {
            ("minCellsPerKg", input.MinCellsPerKg), ("maxCellsPerKg", input.MaxCellsPerKg), ("weightMaxAgeDays", input.WeightMaxAgeDays),
            ("monitoringIntervalMinutes", input.MonitoringIntervalMinutes), ("monitoringAfterEndMinutes", input.MonitoringAfterEndMinutes),
        })
        {
            if (value is null)
            {
                missing.Add(new ValidationError(field, ValidationError.Required, $"{field} is required."));
            }
        }
        if (missing.Count > 0)
        {
            return await audit.RefuseAsync<InfusionSettingsView>(actor, missing, entry with { Outcome = AuditOutcome.Invalid });
        }
        var values = new InfusionSettingsValues(input.MinCellsPerKg!.Value, input.MaxCellsPerKg!.Value, input.WeightMaxAgeDays!.Value,
            input.MonitoringIntervalMinutes!.Value, input.MonitoringAfterEndMinutes!.Value);
        var valid = ClinicInfusionPolicy.Validate(values);
        if (!valid.IsSuccess)
        {
            return await audit.RefuseAsync<InfusionSettingsView>(actor, valid.Errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        var stored = await db.InfusionPolicies.SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken);
        if (expectedVersion is { } expected && expected != (stored?.Version ?? Guid.Empty))
        {
            return await audit.RefuseAsync<InfusionSettingsView>(actor, Changed(), entry);
        }
        var before = ClinicInfusionPolicy.ValuesOf(stored?.Policy ?? InfusionPolicy.Default);
        var now = clock.GetUtcNow();
        if (stored is null)
        {
            stored = ClinicInfusionPolicy.Create(clinicId.Value, values, actor.UserId!.Value, now, RecordId.New(clock));
            db.InfusionPolicies.Add(stored);
        }
        else
        {
            stored.Replace(values, actor.UserId!.Value, now, RecordId.New(clock));
        }
        // A concurrent save (a changed version, or a first row added meanwhile) is "changed meanwhile".
        var error = await audit.SaveAsync(actor, [entry with
        {
            Changes = [new FieldChange("settings", JsonSerializer.Serialize(before, JsonSerializerOptions.Web), JsonSerializer.Serialize(values, JsonSerializerOptions.Web))],
        }], e => e is DbUpdateException ? Changed() : null, cancellationToken);
        return error is null ? View(stored.Policy, stored.Version) : await audit.RefuseAsync<InfusionSettingsView>(actor, error, entry);
    }

    private async Task<InfusionSettingsView> ViewAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var stored = await db.InfusionPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken);
        return View(stored?.Policy ?? InfusionPolicy.Default, stored?.Version ?? Guid.Empty);
    }

    private static InfusionSettingsView View(InfusionPolicy policy, Guid version)
    {
        var values = ClinicInfusionPolicy.ValuesOf(policy);
        return new InfusionSettingsView(values.MinCellsPerKg, values.MaxCellsPerKg, values.WeightMaxAgeDays, values.MonitoringIntervalMinutes,
            values.MonitoringAfterEndMinutes, version.ToString("N"));
    }

    // An administrator of several clinics edits the first, as with the eligibility criteria.
    private static Guid? ClinicOf(Actor actor) => actor.ClinicsGranting(Permission.ManageInfusionSettings) is [var first, ..] ? first : null;

    private static AuditEntry Entry(string action, Guid? clinicId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = clinicId?.ToString("D"),
    };

    private static ConflictError Changed() =>
        new(ConflictError.VersionMismatch, "The infusion settings were changed by someone else meanwhile; reload and try again.");
}

/// <summary>The infusion settings as entered: dose range in cells/kg, weight age in days, monitoring in minutes.</summary>
public sealed record InfusionSettingsInput(decimal? MinCellsPerKg, decimal? MaxCellsPerKg, int? WeightMaxAgeDays, int? MonitoringIntervalMinutes,
    int? MonitoringAfterEndMinutes);

/// <summary>A clinic's infusion settings and their version (the ETag; 32 zeros while the product defaults apply).</summary>
public sealed record InfusionSettingsView(decimal MinCellsPerKg, decimal MaxCellsPerKg, int WeightMaxAgeDays, int MonitoringIntervalMinutes,
    int MonitoringAfterEndMinutes, string Version);
