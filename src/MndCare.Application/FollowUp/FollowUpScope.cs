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
        var patients = tracked ? db.Patients : db.Patients.AsNoTracking();
        var found = await patients.Where(p => p.Id == patientId && clinics.Contains(p.ClinicId))
            .Join(db.Clinics.AsNoTracking(), p => p.ClinicId, c => c.Id, (p, c) => new { Patient = p, Clinic = c })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Patient, found.Clinic);
    }

    /// <summary>The patient's dates and today in the clinic's zone, for the date rules of events and checks.</summary>
    public static PatientDates DatesOf(Patient patient, Clinic clinic, DateTimeOffset now) =>
        new(patient.BirthDate, patient.OnsetDate, patient.DiagnosisDate, patient.DeathDate, clinic.LocalDate(now));
}
