using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.Consultations;

/// <summary>The clinic's eligibility criteria for the programme: read by the clinical team, set by the administrator.</summary>
public sealed class EligibilityPolicies(MndCareDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The criteria in force for <paramref name="clinicId"/> (the example defaults until an administrator saves).</summary>
    public async Task<EligibilityCriteria> CriteriaAsync(Guid clinicId, CancellationToken cancellationToken) =>
        (await db.EligibilityPolicies.AsNoTracking().SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken))?.Criteria
        ?? EligibilityCriteria.Defaults;

    /// <summary>Replaces a clinic's criteria; only its administrator may.</summary>
    /// <param name="actor">The administrator.</param>
    /// <param name="clinicId">The clinic.</param>
    /// <param name="proposed">The criteria as entered (checked again here).</param>
    /// <param name="contraindicationsInChinese">The Simplified Chinese wording of each of the proposed contraindications, in the same
    /// order; empty when none is given.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    public async Task<Result<EligibilityCriteria>> SaveAsync(Actor actor, Guid clinicId, EligibilityCriteria proposed,
        IReadOnlyList<string?> contraindicationsInChinese, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(proposed);
        var entry = new AuditEntry("eligibility.save", AuditOutcome.Success) { ClinicId = clinicId, EntityType = "eligibilityPolicy", EntityId = clinicId.ToString("D") };
        if (!actor.Can(Permission.ManageEligibilityCriteria, clinicId))
        {
            return await audit.RefuseAsync<EligibilityCriteria>(actor, new ForbiddenError("set the eligibility criteria"), entry);
        }
        var valid = EligibilityCriteria.Create(proposed.MinAlsfrsrTotal, proposed.MinFvcPercentPredicted, proposed.ExcludeInvasiveVentilation,
            proposed.MaxMonthsSinceOnset, proposed.MinAgeYears, proposed.MaxAgeYears, proposed.Contraindications, proposed.CurrentAssessmentDays,
            contraindicationsInChinese);
        if (!valid.IsSuccess)
        {
            return await audit.RefuseAsync<EligibilityCriteria>(actor, valid.Errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        var policy = await db.EligibilityPolicies.SingleOrDefaultAsync(p => p.ClinicId == clinicId, cancellationToken);
        var before = policy?.Criteria ?? EligibilityCriteria.Defaults;
        if (policy is null)
        {
            db.EligibilityPolicies.Add(EligibilityPolicy.Create(clinicId, valid.Value, actor.UserId, clock.GetUtcNow(), RecordId.New(clock)));
        }
        else
        {
            policy.Replace(valid.Value, actor.UserId!.Value, clock.GetUtcNow(), RecordId.New(clock));
        }
        await audit.SaveAsync(actor, [entry with
        {
            Changes = [new FieldChange("criteria", System.Text.Json.JsonSerializer.Serialize(before), System.Text.Json.JsonSerializer.Serialize(valid.Value))],
        }], cancellationToken);
        return valid.Value;
    }
}
