using MndCare.Domain.Clinics;
using MndCare.Domain.Results;

namespace MndCare.Domain.FollowUp;

/// <summary>How a home self-report of the ALSFRS-R came about: who entered it (the patient, or a caregiver and their relationship) and
/// where. The scores themselves are an ordinary <see cref="Assessments.Assessment"/> with the self-administered mode.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Self-report"; Montes et al., Neurology 2006 (the self-administered form has the same 12 items
/// and scoring).</remarks>
public sealed class SelfReport
{
    private SelfReport()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The assessment holding the scores.</summary>
    public Guid AssessmentId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>Who entered it.</summary>
    public SelfReportEntrant EnteredBy { get; private set; }

    /// <summary>For a caregiver: how they relate to the patient; null for the patient.</summary>
    public PatientRelationship? CaregiverRelationship { get; private set; }

    /// <summary>Where it was filled in.</summary>
    public SelfReportSetting Setting { get; private set; }

    /// <summary>The portal account that sent it.</summary>
    public Guid EnteredByUserId { get; private set; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The entrant and relationship as given, or <see cref="FollowUpErrorCodes.RelationshipMismatch"/>: a caregiver names a
    /// relationship other than <see cref="PatientRelationship.Self"/>; the patient names none (or Self).</summary>
    /// <param name="enteredBy">Who entered it.</param>
    /// <param name="relationship">The caregiver's relationship, or null.</param>
    public static Result<(SelfReportEntrant EnteredBy, PatientRelationship? Relationship)> Entrant(SelfReportEntrant enteredBy,
        PatientRelationship? relationship) => enteredBy switch
    {
        SelfReportEntrant.Patient when relationship is null or PatientRelationship.Self => (enteredBy, null),
        SelfReportEntrant.Caregiver when relationship is { } r && r != PatientRelationship.Self => (enteredBy, r),
        SelfReportEntrant.Patient or SelfReportEntrant.Caregiver => new ValidationError("relationship", FollowUpErrorCodes.RelationshipMismatch,
            "A caregiver names their relationship to the patient; the patient's own entry names none."),
    };

    /// <summary>Records who entered the self-report saved as <paramref name="assessmentId"/>.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="assessmentId">The assessment with the scores.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="enteredBy">Who entered it.</param>
    /// <param name="relationship">The caregiver's relationship, or null for the patient.</param>
    /// <param name="userId">The portal account.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<SelfReport> Record(Guid id, Guid assessmentId, Guid patientId, Guid clinicId, SelfReportEntrant enteredBy,
        PatientRelationship? relationship, Guid userId, DateTimeOffset now)
    {
        var entrant = Entrant(enteredBy, relationship);
        if (!entrant.IsSuccess)
        {
            return Result<SelfReport>.Failure(entrant.Errors);
        }
        return new SelfReport
        {
            Id = id,
            AssessmentId = assessmentId,
            PatientId = patientId,
            ClinicId = clinicId,
            EnteredBy = entrant.Value.EnteredBy,
            CaregiverRelationship = entrant.Value.Relationship,
            Setting = SelfReportSetting.Home,
            EnteredByUserId = userId,
            RecordedAtUtc = now.UtcDateTime,
        };
    }
}
