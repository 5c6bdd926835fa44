using MndCare.Application.Outcomes.Cohort;
using MndCare.Application.Safety.Rates;

namespace MndCare.Application.Tests.Outcomes;

// Adverse events of the cohort (docs/outcomes/cohort.md, "Adverse events"): treatment-emergent events of treated patients over the treated, lot rows
// over the lot's recipients where the lot's causality is possible or stronger; the rate table is Application/Safety/Rates.
public sealed class CohortSafetyPanelTests
{
    [Fact]
    public void Rates_CountTreatmentEmergentEvents_ByTerm_Grade_AndLot()
    {
        var rows = new CohortRowsBuilder(CohortRowsBuilder.Day("2026-06-30"));
        var lotA = Guid.CreateVersion7();
        var lotB = Guid.CreateVersion7();
        var first = rows.Patient();
        var second = rows.Patient();
        var untreated = rows.Patient();
        rows.Course(first, "2025-01-01", "2025-01-28").Infusion(first, lotA, "UCM-A");
        rows.Course(second, "2025-02-01", "2025-02-28").Infusion(second, lotB, "UCM-B");
        rows.AdverseEvent(first, "Fever", 1, "2025-01-02", lotA).AdverseEvent(first, "Fever", 2, "2025-01-09")
            .AdverseEvent(second, "Headache", 1, "2025-01-15") // before the course: not treatment-emergent
            .AdverseEvent(untreated, "Fever", 1, "2025-01-05").Draft(second);

        var panel = CohortSafetyPanel.Of(rows.Patients(), rows.Build());

        Assert.Equal((2, 1, 1), (panel.PatientsExposed, panel.EventsBeforeCourse, panel.Drafts));
        var rates = panel.Rates!;
        var fever = Assert.Single(rates.Rows, r => r.Dimension == SafetyRateDimension.Term);
        Assert.Equal(("Fever", 1, 2, 2), (fever.Label, fever.PatientsWithEvent, fever.EventCount, fever.PatientsExposed));
        var lots = rates.Rows.Where(r => r.Dimension == SafetyRateDimension.Suspect).ToList();
        Assert.Equal([("UCM-A", 1, 1), ("UCM-B", 0, 1)], lots.Select(r => (r.Label, r.PatientsWithEvent, r.PatientsExposed)));
        Assert.Equal("1 of 2 patients (50.0%, 95% CI 1.2–98.8%)", SafetyRateWording.English.Sentence(fever));
    }

    [Fact]
    public void WithoutATreatedPatient_ThereIsNoRate()
    {
        var rows = new CohortRowsBuilder(CohortRowsBuilder.Day("2026-06-30"));
        rows.Patient();

        var panel = CohortSafetyPanel.Of(rows.Patients(), rows.Build());

        Assert.Null(panel.Rates);
        Assert.Equal(0, panel.PatientsExposed);
    }
}
