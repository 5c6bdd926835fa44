using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;
using MndCare.Persistence;

namespace MndCare.Application.FollowUp;

/// <summary>Who reaches a patient's follow-up: staff whose role grants a permission in the patient's clinic, and (when allowed) the
/// patient's own portal account holding <see cref="Permission.SelfReport"/>. Anyone else finds nothing.</summary>
internal static class FollowUpScope
{
    /// <summary>The entity type written to the audit trail for follow-up reads.</summary>
    public const string EntityType = "followUp";

    /// <summary>The patient and their clinic, or null when the actor may not reach them.</summary>
    public static async Task<(Patient Patient, Clinic Clinic)?> PatientAsync(MndCareDbContext db, Actor actor, Guid patientId, Permission staffPermission,
        bool allowOwn, bool tracked, CancellationToken cancellationToken)
    {
        var own = allowOwn && actor.OwnPatientIds.Contains(patientId);
        var clinics = actor.ClinicsGranting(own ? Permission.SelfReport : staffPermission);
        // Tracking is decided per query, so the clinic is read apart from a patient that is about to change.
        var patients = tracked ? db.Patients : db.Patients.AsNoTracking();
        var patient = await patients.SingleOrDefaultAsync(p => p.Id == patientId && clinics.Contains(p.ClinicId), cancellationToken);
        return patient is null ? null : (patient, await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == patient.ClinicId, cancellationToken));
    }

    /// <summary>The patient's dates and today in the clinic's zone, for the date rules of events and checks.</summary>
    public static PatientDates DatesOf(Patient patient, Clinic clinic, DateTimeOffset now) =>
        new(patient.BirthDate, patient.OnsetDate, patient.DiagnosisDate, patient.DeathDate, clinic.LocalDate(now));
}
