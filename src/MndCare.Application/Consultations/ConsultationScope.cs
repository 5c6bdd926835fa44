using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Persistence;

namespace MndCare.Application.Consultations;

/// <summary>Which consultations an actor reaches, and in which capacity.</summary>
/// <remarks>Default deny: a patient user reaches the consultations of the patient their membership names; staff
/// reach their clinic's consultations once submitted (a draft is private to the patient). Anything else is "not
/// found" so ids leak nothing (security test plan AC-02).</remarks>
public static class ConsultationScope
{
    /// <summary>The consultation with its capacity, or null when the actor may not know it exists.</summary>
    public static async Task<ReachedConsultation?> FindAsync(MndCareDbContext db, Actor actor, Guid consultationId, bool track,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var query = track ? db.Consultations : db.Consultations.AsNoTracking();
        var consultation = await query.SingleOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        if (actor.OwnPatientIds.Contains(consultation.PatientId))
        {
            return new ReachedConsultation(consultation, AsPatient: true);
        }
        return consultation.IsVisibleToClinic && actor.Can(Permission.ReadConsultations, consultation.ClinicId)
            ? new ReachedConsultation(consultation, AsPatient: false)
            : null;
    }
}

/// <summary>A consultation the actor reaches; <see cref="AsPatient"/> tells whether as its patient (or family) or as staff.</summary>
public sealed record ReachedConsultation(Consultation Consultation, bool AsPatient);
