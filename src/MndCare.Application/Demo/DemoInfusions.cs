using System.Globalization;
using MndCare.Application.Infusions;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Courses;
using MndCare.Domain.Infusions;
using MndCare.Domain.Patients;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>The demo courses' infusions from the released demo lot: ordered, and given with the hand-offs, thaw, bedside identity
/// check and vital signs at baseline, every 15 minutes during and for an hour after, through the domain's rules.</summary>
/// <remarks>docs/therapy/infusion.md, "Demo data". The dose and weight go through <see cref="Infusion.Order"/> with the product
/// defaults (<see cref="InfusionPolicy.Default"/>), the units through <see cref="IdentityCheck.Run"/> with the patient's MRN as the
/// wristband code, with <see cref="InfusionRecords"/>' own view of the lot and its units and its audit changes.</remarks>
internal sealed class DemoInfusions(MndCareDbContext db, DemoScene scene, Lot lot)
{
    /// <summary>The demo dose: 1.0 ×10^6 cells/kg, inside the default range (0.5-2.0 ×10^6 cells/kg).</summary>
    public const decimal DoseCellsPerKg = 1_000_000m;

    // Minutes: the infusion runs 45 minutes from the start of its session; units are issued, received and thawed before.
    private const int RunMinutes = 45, IssuedBefore = 40, ReceivedBefore = 30, ThawedBefore = 20;

    private enum Phase
    {
        Baseline,
        During,
        After,
    }

    // Minutes from the start (baseline, during) or from the end (after), then °C, heart rate /min, systolic and diastolic mmHg,
    // respiratory rate /min, SpO2 %. Systolic pressure dips a little during the infusion, as measured in [S23] (therapy reference A5).
    private static readonly (Phase Phase, int Minutes, decimal Celsius, int Pulse, int Systolic, int Diastolic, int Breaths, int Spo2)[] Readings =
    [
        (Phase.Baseline, -5, 36.6m, 78, 126, 80, 16, 97),
        (Phase.During, 15, 36.7m, 80, 120, 76, 16, 97),
        (Phase.During, 30, 36.8m, 82, 118, 75, 17, 97),
        (Phase.After, 0, 36.9m, 80, 119, 76, 16, 97),
        (Phase.After, 15, 37.0m, 78, 121, 77, 16, 98),
        (Phase.After, 30, 36.9m, 76, 123, 78, 16, 97),
        (Phase.After, 45, 36.8m, 76, 124, 79, 15, 97),
        (Phase.After, 60, 36.7m, 75, 125, 79, 16, 97),
    ];

    /// <summary>Orders an infusion for <paramref name="session"/>, with the weight measured at <paramref name="weighedAt"/>.</summary>
    public Infusion Order(TreatmentCourse course, CourseSession session, decimal weightKg, DateTimeOffset weighedAt, DateTimeOffset orderedAt)
    {
        var weight = DemoScene.Check(BodyWeight.Create(weightKg));
        var forOrder = InfusionRecords.ForOrder(lot, scene.DateOf(orderedAt));
        var infusion = DemoScene.Check(Infusion.Order(scene.NewId(), course.Id, course.PatientId, forOrder, Utc(session.StartsAtUtc),
            DemoScene.Check(CellsPerKg.Create(DoseCellsPerKg)), weight, new WeightMeasurement(weight, weighedAt),
            InfusionPolicy.Default, scene.Staff.Clinician, orderedAt, scene.NewId()));
        db.Infusions.Add(infusion);
        Audit(InfusionRecords.OrderAction, infusion, InfusionRecords.OrderChanges(infusion));
        return infusion;
    }

    /// <summary>Gives an ordered infusion at its scheduled time and completes it; <paramref name="fever"/> puts a fever in the hour after.</summary>
    public void Give(Infusion infusion, string mrn, PreferredLanguage language, bool fever)
    {
        var start = Utc(infusion.ScheduledAtUtc);
        var end = start.AddMinutes(RunMinutes);
        var date = scene.DateOf(start);
        var units = lot.Units.Where(u => u.Status == UnitStatus.Available).Take(infusion.Units).Select(u => u.Code).ToList();
        foreach (var (kind, person, before) in new[]
        {
            (CustodyEventKind.Issued, scene.Staff.CellLab, IssuedBefore),
            (CustodyEventKind.Received, scene.Staff.Nurse, ReceivedBefore),
            (CustodyEventKind.Thawed, scene.Staff.Nurse, ThawedBefore),
        })
        {
            var at = start.AddMinutes(-before);
            units.ForEach(code => DemoScene.Check(lot.RecordCustody(code, kind, person, at, date, at, scene.NewId())));
        }
        var thawedAt = start.AddMinutes(-ThawedBefore);
        DemoScene.Check(infusion.RecordThaw(thawedAt, Diluent(language), thawedAt, scene.NewId()));
        Record(infusion, Phase.Baseline, start, fever);
        var check = DemoScene.Check(IdentityCheck.Run(mrn, mrn, lot.Id, infusion.Units, [.. units.Select(u => u.Value)],
            [.. InfusionRecords.AtBedside(lot, date)]));
        DemoScene.Check(infusion.Start(check, scene.Staff.Nurse, start, scene.NewId()));
        units.ForEach(code => DemoScene.Check(lot.GiveAtBedside(code, scene.Staff.Nurse, start, date, scene.NewId())));
        Record(infusion, Phase.During, start, fever);
        DemoScene.Check(infusion.Complete(end, scene.Staff.Nurse, end, scene.NewId()));
        Record(infusion, Phase.After, end, fever);
        Audit(InfusionRecords.ThawAction, infusion, InfusionRecords.ThawChanges(infusion));
        Audit(InfusionRecords.IdentityCheckAction, infusion, InfusionRecords.IdentityCheckChanges(infusion));
        Audit(InfusionRecords.VitalSignsAction, infusion, [new FieldChange("vitalSigns", null, Text(infusion.VitalSigns.Count))]);
        Audit(InfusionRecords.CompleteAction, infusion,
        [
            new FieldChange("status", InfusionWireNames.Of(InfusionStatus.InProgress), InfusionWireNames.Of(infusion.Status)),
            new FieldChange("endedAt", null, Iso(end)),
        ]);
    }

    // The diluent that kept thawed UC-MSC viability above 90 % [S26], written in the patient's language like the rest of their record.
    private static string Diluent(PreferredLanguage language) => language switch
    {
        PreferredLanguage.English => "Phosphate-buffered saline + 5% human albumin",
        PreferredLanguage.SimplifiedChinese => "磷酸盐缓冲液 + 5% 人血白蛋白",
    };

    // One phase's readings, each recorded when taken; with a fever, 38.2 °C half an hour after the end, settling by the hour.
    private void Record(Infusion infusion, Phase phase, DateTimeOffset from, bool fever)
    {
        foreach (var r in Readings.Where(r => r.Phase == phase))
        {
            var takenAt = from.AddMinutes(r.Minutes);
            var (celsius, pulse) = fever && phase == Phase.After ? r.Minutes switch
            {
                30 => (38.2m, 96),
                45 => (37.6m, 88),
                _ => (r.Celsius, r.Pulse),
            } : (r.Celsius, r.Pulse);
            var signs = DemoScene.Check(VitalSigns.Create(takenAt, celsius, pulse, r.Systolic, r.Diastolic, r.Breaths, r.Spo2, takenAt));
            DemoScene.Check(infusion.RecordVitalSigns(signs, takenAt, scene.NewId()));
        }
    }

    private void Audit(string action, Infusion infusion, IReadOnlyList<FieldChange> changes) =>
        scene.Audit(action, InfusionRecords.EntityType, infusion.Id, changes, new { infusion.PatientId, infusion.CourseId });

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private static string Iso(DateTimeOffset instant) => instant.ToString("O", CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
