using MndCare.Domain.CellProducts;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Domain.Time;

namespace MndCare.Application.Demo;

/// <summary>The demo clinic's adverse events: the seeded post-infusion fever as a grade 1 Fever with causality assessed for its lot,
/// and one serious unexpected event whose reporting clock runs; the demo clinician is the safety officer with an unread notice.</summary>
/// <remarks>docs/safety/adverse-events.md. Made by the domain's own methods from the infusions the therapy demo just added.</remarks>
internal sealed class DemoAdverseEvents(Persistence.MndCareDbContext db, DemoScene scene, Lot lot)
{
    public void Seed()
    {
        var infusion = db.Infusions.Local.Where(i => i.FeverReadings.Any()).OrderBy(i => i.StartedAtUtc).FirstOrDefault();
        if (infusion is null)
        {
            return;
        }
        var staff = scene.Staff;
        var reading = infusion.FeverReadings.First();
        var onset = scene.DateOf(reading.TakenAt);
        var lotLabel = $"{lot.Details.LotNumber.Value} ({string.Join(", ", infusion.UnitCodes)})";
        (SuspectKind, Guid, string)[] suspects =
            [(SuspectKind.Lot, infusion.LotId, lotLabel), (SuspectKind.Procedure, infusion.Id, ClinicTime.Format(scene.DateOf(reading.TakenAt)))];

        var fever = Open(infusion.PatientId, AdverseEventSource.InfusionFever, onset, infusion.Id, staff.Nurse)
            .Record(Details("fever", 1, onset, [], expected: true, "38.2 °C"), staff.Nurse, scene.Now, scene.NewId());
        fever.AddSuspects(suspects, scene.NewId);
        DemoScene.Check(fever.AssessCausality([(fever.Suspects[0].Id, CausalityCategory.Probable), (fever.Suspects[1].Id, CausalityCategory.Possible)],
            staff.Clinician, scene.Now, scene.NewId()));

        var seriousOnset = scene.Today.AddDays(-2);
        var serious = Open(infusion.PatientId, AdverseEventSource.Staff, seriousOnset, null, staff.Clinician)
            .Record(Details("Aspiration pneumonia", 3, seriousOnset, ["hospitalisation"], expected: false, null), staff.Clinician, scene.Now, scene.NewId());
        serious.AddSuspects(suspects, scene.NewId);

        db.AdverseEvents.AddRange(fever, serious);
        db.SafetyOfficers.Add(new SafetyOfficer(scene.NewId(), scene.Clinic.Id, staff.Clinician, scene.Now.UtcDateTime));
        db.SafetyNotifications.Add(new SafetyNotification(scene.NewId(), scene.Clinic.Id, staff.Clinician, serious.Id, scene.Now.UtcDateTime));
        foreach (var e in new[] { fever, serious })
        {
            scene.Audit("adverseEvent.record", "adverseEvent", e.Id, [new("term", null, e.Term), new("status", null, AdverseEventWireNames.Of(e.Status))],
                new { e.PatientId });
        }
    }

    private AdverseEvent Open(Guid patientId, AdverseEventSource source, DateOnly firstKnownOn, Guid? infusionId, Guid by) =>
        DemoScene.Check(AdverseEvent.OpenDraft(scene.NewId(), scene.Clinic.Id, patientId, source, null, null, null, null, infusionId, null, by,
            firstKnownOn, scene.Now, scene.NewId()));

    private AdverseEventDetails Details(string term, int grade, DateOnly onset, string[] seriousness, bool expected, string? description) =>
        DemoScene.Check(AdverseEventDetails.Create(term, null, grade, onset, null, seriousness, expected, "noChange", "recovered", description, scene.Today));
}
