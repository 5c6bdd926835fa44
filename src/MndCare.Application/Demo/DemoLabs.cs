using MndCare.Application.Safety.Labs;
using MndCare.Domain.Safety.Labs;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>Lab series for the demo course patients (all on riluzole): monthly ALT, the first patient's crossing 3 × ULN, a neutrophil
/// count, and riluzole's scheduled ALT checks — one satisfied, one overdue, one due soon.</summary>
/// <remarks>docs/safety/labs.md, "Demo data". Results go through <see cref="LabResult.Record"/> (CTCAE v5.0 grading) and checks through
/// <see cref="LabCheck.Schedule"/> and <see cref="LabCheck.SatisfyBy"/>, with the audit changes the use cases write.</remarks>
internal sealed class DemoLabs(MndCareDbContext db, DemoScene scene)
{
    /// <summary>The demo laboratory's ALT upper limit of normal, U/L.</summary>
    public const decimal AltUln = 40m;

    // ALT (U/L) 90, 60 and 30 days ago per patient; the first patient's last value, 126 U/L, is 3.15 × ULN (alert, CTCAE grade 2).
    private static readonly decimal[][] AltSeries = [[28m, 64m, 126m], [22m, 31m, 27m], [35m, 41m, 38m]];

    /// <summary>Adds the series and checks of up to three patients; returns how many results.</summary>
    public int Seed(IReadOnlyList<DemoCoursePatient> patients)
    {
        var results = 0;
        foreach (var (patient, series) in patients.Zip(AltSeries))
        {
            // Riluzole's label checks: the last month's was answered by the last ALT; the first patient's follow-up is overdue.
            var answered = Check(patient.Id, scene.Today.AddDays(-28), scene.Today.AddDays(-60));
            if (patient == patients[0])
            {
                Check(patient.Id, scene.Today.AddDays(-3), scene.Today.AddDays(-30));
            }
            Check(patient.Id, scene.Today.AddDays(LabCheck.DueSoonDays - 1), scene.Today.AddDays(-30));
            for (var i = 0; i < series.Length; i++)
            {
                var collectedOn = scene.Today.AddDays(-30 * (series.Length - i));
                Record(patient.Id, new LabCase("ALT", series[i], "U/L", AltUln, null, null, null), collectedOn, answered);
                results++;
            }
            Record(patient.Id, new LabCase("NEUTROPHILS", 3.4m, "10*9/L", null, 2.0m, null, null), scene.Today.AddDays(-30), null);
            results++;
        }
        return results;
    }

    // A result entered by the demo nurse on the afternoon of its collection, satisfying <paramref name="open"/> when it answers it.
    private void Record(Guid patientId, LabCase labCase, DateOnly collectedOn, LabCheck? open)
    {
        var result = DemoScene.Check(LabResult.Record(scene.NewId(), scene.Clinic.Id, patientId, labCase, scene.At(collectedOn, 8, 30), scene.Staff.Nurse,
            scene.At(collectedOn, 14)));
        db.LabResults.Add(result);
        IReadOnlyList<LabCheck> satisfied = open is not null && open.SatisfyBy(result, collectedOn) ? [open] : [];
        scene.Audit(LabResults.RecordAction, "patient", patientId, LabResults.Changes(result, satisfied));
    }

    private LabCheck Check(Guid patientId, DateOnly dueOn, DateOnly scheduledOn)
    {
        var check = LabCheck.Schedule(scene.NewId(), scene.Clinic.Id, patientId, LabTest.Alt, dueOn, LabCheckReason.RiluzoleLiverMonitoring,
            scene.Staff.Clinician, scene.At(scheduledOn, 9));
        db.LabChecks.Add(check);
        scene.Audit(LabChecks.ScheduleAction, "patient", patientId, LabChecks.Changes([check]));
        return check;
    }
}
