using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Auditing;
using MndCare.Application.Consultations;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Results;
using MndCare.Persistence;

namespace MndCare.Application.FollowUp;

/// <summary>The self-administered ALSFRS-R entered at home, through the portal, by the patient or a caregiver acting for them: stored as an
/// ordinary assessment (mode self-administered, dated today in the clinic's zone) with a <see cref="SelfReport"/> saying who entered it
/// and where, in one save. Only the patient's own portal accounts (<see cref="Permission.SelfReport"/>) reach it.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Self-report"; Montes et al., Neurology 2006. Items and scoring are the scale's (Decision 2
/// applies unchanged). A family member's account enters as a caregiver with the relationship of their membership.</remarks>
public sealed class SelfReports(MndCareDbContext db, AuditTrail audit, TimeProvider clock, AlsfrsRWordings wordings)
{
    /// <summary>The entity type written to the audit trail.</summary>
    public const string EntityType = "selfReport";

    /// <summary>The audited action.</summary>
    public const string RecordAction = "selfReport.record";

    /// <summary>Saves a self-report of <paramref name="patientId"/>; one per patient and day (<see cref="FollowUpErrorCodes.AlreadyReportedToday"/>).</summary>
    public async Task<Result<SelfReportView>> RecordAsync(Actor actor, Guid patientId, SelfReportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var entry = new AuditEntry(RecordAction, AuditOutcome.Success)
        {
            EntityType = EntityType,
            Details = JsonSerializer.Serialize(new { patientId, enteredBy = input.EnteredBy, relationship = input.Relationship }),
        };
        var membership = actor.Memberships.FirstOrDefault(m => m.Role == ClinicRole.Patient && m.PatientId == patientId);
        if (membership is null
            || await FollowUpScope.PatientAsync(db, actor, patientId, Permission.SelfReport, allowOwn: true, tracked: false, cancellationToken)
                is not var (patient, clinic))
        {
            return await audit.RefuseAsync<SelfReportView>(actor, new NotFoundError("patient"), entry with { Outcome = AuditOutcome.NotFound });
        }
        entry = entry with { ClinicId = clinic.Id };
        var now = clock.GetUtcNow();
        var today = clinic.LocalDate(now);
        var errors = new List<Error>();
        if (patient.DeathDate is not null)
        {
            errors.Add(new ConflictError(FollowUpErrorCodes.PatientDeceased, "The patient is recorded as deceased."));
        }
        var entrant = Entrant(input, membership.Relationship, errors);
        var items = AlsfrsR.Create(input.Items ?? new Dictionary<string, int?>());
        errors.AddRange(items.Errors);
        if (wordings.Find(input.AlsfrsrWording) is null)
        {
            errors.Add(new ValidationError("alsfrsrWording", "invalidValue", "alsfrsrWording must name the ALSFRS-R wording the items were rated in."));
        }
        if (errors.Count == 0 && await db.SelfReports.Where(r => r.PatientId == patientId)
            .Join(db.Assessments, r => r.AssessmentId, a => a.Id, (r, a) => a.AssessmentDate).AnyAsync(d => d == today, cancellationToken))
        {
            errors.Add(new ConflictError(FollowUpErrorCodes.AlreadyReportedToday, "A self-report was already sent today; the clinic has it."));
        }
        if (errors.Count > 0 || entrant is null)
        {
            return await audit.RefuseAsync<SelfReportView>(actor, errors, entry with { Outcome = AuditOutcome.Invalid });
        }
        var inputs = new AssessmentInputs
        {
            AssessmentDate = today,
            AlsfrsR = items.Value,
            AlsfrsRMode = AlsfrsRMode.SelfAdministered,
            AlsfrsRWording = input.AlsfrsrWording,
        };
        var assessment = Assessment.Record(RecordId.New(clock), patient.Id, clinic.Id, inputs, now, actor.UserId);
        var report = SelfReport.Record(RecordId.New(clock), assessment.Id, patient.Id, clinic.Id, entrant.Value.EnteredBy, entrant.Value.Relationship,
            actor.UserId!.Value, now).Value;
        db.Assessments.Add(assessment);
        db.SelfReports.Add(report);
        var view = FollowUpSchedules.ToView(report, today, items.Value.Total);
        await audit.SaveAsync(actor,
        [
            entry with
            {
                EntityId = report.Id.ToString("D"),
                Changes =
                [
                    new FieldChange("enteredBy", null, view.EnteredBy), new FieldChange("relationship", null, view.Relationship),
                    new FieldChange("setting", null, view.Setting),
                ],
            },
            new AuditEntry("assessment.create", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = AssessmentRecords.EntityType,
                EntityId = assessment.Id.ToString("D"),
                Details = JsonSerializer.Serialize(new { patient = patient.Id, selfReport = report.Id }),
                Changes =
                [
                    new FieldChange("assessmentDate", null, Domain.Time.ClinicTime.Format(today)), new FieldChange("mode", null, view.Mode),
                    new FieldChange("alsfrsrWording", null, input.AlsfrsrWording),
                    .. AlsfrsR.ItemNames.All.Where(name => input.Items!.TryGetValue(name, out var score) && score is not null)
                        .Select(name => new FieldChange(name, null, input.Items![name]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                ],
            },
        ], cancellationToken);
        return view;
    }

    /// <summary>Who entered it: a family member's account is always a caregiver with their membership's relationship; the patient's own
    /// account is the patient, or a caregiver (on the patient's phone) who names the relationship.</summary>
    private static (SelfReportEntrant EnteredBy, PatientRelationship? Relationship)? Entrant(SelfReportInput input, PatientRelationship? membership,
        List<Error> errors)
    {
        if (membership is { } family && family != PatientRelationship.Self)
        {
            return (SelfReportEntrant.Caregiver, family);
        }
        var enteredBy = FollowUpWireNames.ParseEntrant(input.EnteredBy);
        if (enteredBy is null)
        {
            errors.Add(new ValidationError("enteredBy", "invalidValue", "enteredBy must be patient or caregiver."));
            return null;
        }
        PatientRelationship? relationship = input.Relationship is { Length: > 0 } text
            ? Enum.GetValues<PatientRelationship>().Where(r => ApplicantAccounts.RelationshipName(r) == text).Select(r => (PatientRelationship?)r).FirstOrDefault()
            : null;
        if (input.Relationship is { Length: > 0 } && relationship is null)
        {
            errors.Add(new ValidationError("relationship", "invalidValue", "relationship must be spouse, parent, child, sibling, otherRelative or carer."));
            return null;
        }
        var checkedEntrant = SelfReport.Entrant(enteredBy.Value, relationship);
        errors.AddRange(checkedEntrant.Errors);
        return checkedEntrant.IsSuccess ? checkedEntrant.Value : null;
    }
}
