using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.FollowUp;

/// <summary>Each clinic's follow-up schedule (months after the end of a course, window in days): read by every schedule of the clinic,
/// set by its administrator. A clinic without its own uses <see cref="FollowUpPolicy.Default"/>.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Schedule". Reads and saves by the administrator are audited; refusals too.</remarks>
public sealed class FollowUpPolicies(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "followUpPolicy";

    /// <summary>The audited actions.</summary>
    public const string ReadAction = "followUpSettings.read", SaveAction = "followUpSettings.save";

    /// <summary>The policy in force for <paramref name="clinicId"/>.</summary>
    public async Task<FollowUpPolicy> PolicyAsync(Guid clinicId, CancellationToken cancellationToken) =>
        (await db.FollowUpPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken))?.Policy
        ?? FollowUpPolicy.Default;

    /// <summary>The schedule of the administrator's clinic (the first, for an administrator of several), audited.</summary>
    public async Task<Result<FollowUpSettingsView>> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (ClinicOf(actor) is not { } clinicId)
        {
            return await audit.RefuseAsync<FollowUpSettingsView>(actor, new ForbiddenError("read the follow-up schedule"), Entry(ReadAction, null));
        }
        var stored = await db.FollowUpPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken);
        await audit.RecordAsync(actor, Entry(ReadAction, clinicId), cancellationToken);
        return View(stored?.Policy ?? FollowUpPolicy.Default, stored?.Version ?? Guid.Empty);
    }

    /// <summary>Replaces the schedule of the administrator's clinic; <paramref name="expectedVersion"/> (when given) guards against
    /// overwriting a change made meanwhile. Invalid values change nothing and name every field that breaks its rule. Timepoints already
    /// done keep their ratings; every schedule is recomputed with the new values.</summary>
    public async Task<Result<FollowUpSettingsView>> SaveAsync(Actor actor, FollowUpSettingsInput input, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var clinicId = ClinicOf(actor);
        var entry = Entry(SaveAction, clinicId) with { Details = JsonSerializer.Serialize(input, JsonSerializerOptions.Web) };
        if (clinicId is null)
        {
            return await audit.RefuseAsync<FollowUpSettingsView>(actor, new ForbiddenError("set the follow-up schedule"), entry);
        }
        var policy = FollowUpPolicy.Create(input.MonthsAfterEnd, input.WindowDays);
        if (!policy.IsSuccess)
        {
            return await audit.RefuseAsync<FollowUpSettingsView>(actor, policy.Errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        var stored = await db.FollowUpPolicies.SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken);
        if (expectedVersion is { } expected && expected != (stored?.Version ?? Guid.Empty))
        {
            return await audit.RefuseAsync<FollowUpSettingsView>(actor, Changed(), entry);
        }
        var before = stored?.Policy ?? FollowUpPolicy.Default;
        var now = clock.GetUtcNow();
        if (stored is null)
        {
            stored = ClinicFollowUpPolicy.Create(clinicId.Value, policy.Value, actor.UserId!.Value, now, RecordId.New(clock));
            db.FollowUpPolicies.Add(stored);
        }
        else
        {
            stored.Replace(policy.Value, actor.UserId!.Value, now, RecordId.New(clock));
        }
        // A concurrent save (a changed version, or a first row added meanwhile) is "changed meanwhile".
        var error = await audit.SaveAsync(actor, [entry with
        {
            Changes =
            [
                new FieldChange("monthsAfterEnd", string.Join(",", before.MonthsAfterEnd), stored.MonthsAfterEnd),
                new FieldChange("windowDays", before.WindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    stored.WindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
        }], e => e is DbUpdateException ? Changed() : null, cancellationToken);
        return error is null ? View(stored.Policy, stored.Version) : await audit.RefuseAsync<FollowUpSettingsView>(actor, error, entry);
    }

    private static FollowUpSettingsView View(FollowUpPolicy policy, Guid version) => new(policy.MonthsAfterEnd, policy.WindowDays, version.ToString("N"));

    // An administrator of several clinics edits the first, as with the infusion settings.
    private static Guid? ClinicOf(Actor actor) => actor.ClinicsGranting(Permission.ManageFollowUpSettings) is [var first, ..] ? first : null;

    private static AuditEntry Entry(string action, Guid? clinicId) => new(action, AuditOutcome.Success)
    {
        ClinicId = clinicId,
        EntityType = EntityType,
        EntityId = clinicId?.ToString("D"),
    };

    private static ConflictError Changed() =>
        new(ConflictError.VersionMismatch, "The follow-up schedule was changed by someone else meanwhile; reload and try again.");
}
