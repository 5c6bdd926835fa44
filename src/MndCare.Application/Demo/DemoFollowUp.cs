using System.Globalization;
using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Consultations;
using MndCare.Application.FollowUp;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Patients;
using MndCare.Domain.Time;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>The portal patient and the account the demo patient user signs in with.</summary>
internal sealed record DemoPortal(Guid PatientId, Guid UserId);

/// <summary>The demo cohort's follow-up: clinical events read from the generated ratings and deaths, "known alive" dates, and home
/// self-reports of the portal patient; through the domain's own <c>Record</c> methods, one audit event each.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Demo data". Events: a death on every recorded death date; a gastrostomy at the first visit whose
/// swallowing item (3) is 1 or 0 (the generator switches item 5 to 5b there); ventilation more than 23 hours a day at the first visit whose
/// respiratory-insufficiency item (12) is 1 ("continuous use of BiPAP during the night and day") and a tracheostomy at the first where it is 0
/// ("invasive mechanical ventilation by intubation or tracheostomy"; Cedarbaum 1999, docs/instruments/alsfrs-r.md).</remarks>
internal sealed class DemoFollowUp(MndCareDbContext db, DemoScene scene)
{
    /// <summary>A living patient whose last clinic visit is older than this gets a "known alive" date from a phone call since.</summary>
    public const int KnownAliveAfterDays = 28;

    /// <summary>Item 3 at or below this: fed by gastrostomy (the generator's rule for item 5b).</summary>
    public const int GastrostomySwallowing = 1;

    private const int RandomSeed = 2011;

    private readonly Random _random = new(RandomSeed);

    /// <summary>What was added.</summary>
    public (int Events, int VitalStatusChecks, int SelfReports) Seed(IReadOnlyList<DemoCohortRecord> cohort, IReadOnlyList<TreatmentCourse> historical,
        DemoPortal? portal)
    {
        var events = 0;
        foreach (var record in cohort)
        {
            foreach (var (kind, on) in Events(record))
            {
                Record(record, kind, on);
                events++;
            }
        }
        // Every other living patient not seen for four weeks was reached by phone in the last two weeks.
        var unseen = cohort.Where(r => r.DeathDate is null && r.Ratings.Count > 0 && r.Ratings[^1].Date < scene.Today.AddDays(-KnownAliveAfterDays))
            .Where((_, i) => i % 2 == 0).ToList();
        unseen.ForEach(r => KnownAlive(r, scene.Today.AddDays(-_random.Next(1, 15))));
        var selfReports = portal is { } p && cohort.FirstOrDefault(r => r.Patient.Id == p.PatientId) is { DeathDate: null } own
            ? HomeSelfReports(own, historical.FirstOrDefault(c => c.PatientId == own.Patient.Id), p.UserId)
            : 0;
        return (events, unseen.Count, selfReports);
    }

    // Each kind at its first date, as the follow-up form records it (one per kind and patient).
    private static IEnumerable<(ClinicalEventKind Kind, DateOnly On)> Events(DemoCohortRecord record)
    {
        DateOnly? First(Func<AlsfrsR, bool> reached) => record.Ratings.FirstOrDefault(r => reached(r.Scores))?.Date;
        (ClinicalEventKind Kind, DateOnly? On)[] events =
        [
            (ClinicalEventKind.Gastrostomy, First(s => s.Swallowing <= GastrostomySwallowing)),
            (ClinicalEventKind.PermanentVentilation, First(s => s.RespiratoryInsufficiency <= 1)),
            (ClinicalEventKind.Tracheostomy, First(s => s.RespiratoryInsufficiency == 0)),
            (ClinicalEventKind.Death, record.DeathDate),
        ];
        return events.Where(e => e.On is not null).Select(e => (e.Kind, e.On!.Value));
    }

    private void Record(DemoCohortRecord record, ClinicalEventKind kind, DateOnly on)
    {
        var recorded = DemoScene.Check(ClinicalEvent.Record(scene.NewId(), record.Patient.Id, scene.Clinic.Id, kind, on, null, ClinicalEventSource.Clinic,
            Dates(record), scene.Staff.Nurse, scene.Now));
        db.ClinicalEvents.Add(recorded);
        scene.Audit(ClinicalEvents.RecordEventAction, ClinicalEvents.EventEntityType, recorded.Id,
        [
            new FieldChange("kind", null, FollowUpWireNames.Of(kind)),
            new FieldChange("occurredOn", null, ClinicTime.Format(on)),
            new FieldChange("note", null, null),
        ], new { patientId = record.Patient.Id });
    }

    private void KnownAlive(DemoCohortRecord record, DateOnly on)
    {
        var check = DemoScene.Check(VitalStatusCheck.Record(scene.NewId(), record.Patient.Id, scene.Clinic.Id, on, ClinicalEventSource.Clinic,
            Dates(record), scene.Staff.Nurse, scene.Now));
        db.VitalStatusChecks.Add(check);
        scene.Audit(ClinicalEvents.RecordVitalStatusAction, ClinicalEvents.VitalStatusEntityType, check.Id,
            [new FieldChange("knownAliveOn", null, ClinicTime.Format(on))], new { patientId = record.Patient.Id });
    }

    // The portal patient rates the scale at home one and three months after their historical course (the second time a spouse enters it on
    // the patient's phone), or eight and four weeks ago without one; each rating repeats the last clinic rating's items before it.
    private int HomeSelfReports(DemoCohortRecord record, TreatmentCourse? historical, Guid userId)
    {
        DateOnly[] dates = historical is null
            ? [scene.Today.AddDays(-56), scene.Today.AddDays(-28)]
            : [.. FollowUpSchedule.Timepoints(historical.StartsOn, historical.EndsOn, FollowUpPolicy.Default)
                .Where(t => t.MonthsAfterEnd is 1 or 3).Select(t => t.DueOn)];
        var reported = 0;
        foreach (var (on, caregiver) in dates.Where(d => d <= scene.Today).Select((d, i) => (d, i == 1)))
        {
            if (record.Ratings.LastOrDefault(r => r.Date <= on) is not { } last)
            {
                continue;
            }
            var at = scene.At(on, 19, 30);
            var inputs = new AssessmentInputs
            {
                AssessmentDate = on,
                AlsfrsR = last.Scores,
                AlsfrsRMode = AlsfrsRMode.SelfAdministered,
                AlsfrsRWording = record.Patient.Language switch
                {
                    PreferredLanguage.English => AlsfrsRWordings.EnglishId,
                    PreferredLanguage.SimplifiedChinese => AlsfrsRWordings.ChineseId,
                },
            };
            var assessment = Assessment.Record(scene.NewId(), record.Patient.Id, scene.Clinic.Id, inputs, at, userId);
            var report = DemoScene.Check(SelfReport.Record(scene.NewId(), assessment.Id, record.Patient.Id, scene.Clinic.Id,
                caregiver ? SelfReportEntrant.Caregiver : SelfReportEntrant.Patient, caregiver ? PatientRelationship.Spouse : null, userId, at));
            db.Assessments.Add(assessment);
            db.SelfReports.Add(report);
            scene.Audit(SelfReports.RecordAction, SelfReports.EntityType, report.Id,
            [
                new FieldChange("enteredBy", null, FollowUpWireNames.Of(report.EnteredBy)),
                new FieldChange("relationship", null,
                    report.CaregiverRelationship is { } relationship ? ApplicantAccounts.RelationshipName(relationship) : null),
                new FieldChange("setting", null, FollowUpWireNames.Of(report.Setting)),
            ], new { patientId = record.Patient.Id });
            scene.Audit("assessment.create", AssessmentRecords.EntityType, assessment.Id,
            [
                new FieldChange("assessmentDate", null, ClinicTime.Format(on)),
                new FieldChange("alsfrsrTotal", null, last.Scores.Total.ToString(CultureInfo.InvariantCulture)),
            ], new { patient = record.Patient.Id, selfReport = report.Id });
            reported++;
        }
        return reported;
    }

    private PatientDates Dates(DemoCohortRecord record) =>
        new(record.BirthDate, record.OnsetDate, record.Patient.DiagnosisDate, record.DeathDate, scene.Today);
}
