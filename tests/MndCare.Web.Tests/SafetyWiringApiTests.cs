using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Application.Safety.Labs;
using MndCare.Application.Tcm.Prescriptions;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Domain.Safety.Labs;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// The cross-links of issue 9 round 2 (ADR 0034): a grade 3+ lab result opens one adverse-event draft in its save; herbs, formulas and
// TCM sessions are suspects; signing a hepatotoxic herb for a patient on riluzole schedules liver tests; the CIOMS I PDF of an event.
public sealed class SafetyWiringApiTests(ApiWorld worlds)
{
    private static readonly string[] Hospitalisation = ["hospitalisation"];

    private static object Alt(decimal value, DateTimeOffset collectedAt) =>
        new { test = "ALT", value, unit = "U/L", upperLimitOfNormal = 40m, collectedAt };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task AGrade3LabResult_OpensOneDraft_InItsSave_LinkedToTheResult_Grade2None(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patientId = (await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithMrn(PatientApiTests.UniqueMrn()))).Id;
        var nurse = await world.ClientAsync("nurse");
        var collectedAt = DateTimeOffset.UtcNow.AddHours(-3);

        // CTCAE v5.0 ALT: >5.0–20.0 × ULN is grade 3; 200.1/40 is just above 5 ×; exactly 5 × is grade 2.
        var grade3 = await (await nurse.PostAsJsonAsync($"/api/patients/{patientId}/lab-results", Alt(200.1m, collectedAt))).Content.ReadFromJsonAsync<LabResultView>();
        var grade2 = await (await nurse.PostAsJsonAsync($"/api/patients/{patientId}/lab-results", Alt(200m, collectedAt))).Content.ReadFromJsonAsync<LabResultView>();

        Assert.Equal((3, true), (grade3!.Grade, grade3.AdverseEventId is not null));
        Assert.Equal((2, (Guid?)null), (grade2!.Grade, grade2.AdverseEventId));
        await using var db = world.Database.CreateContext();
        var draft = await db.AdverseEvents.SingleAsync(e => e.PatientId == patientId);
        Assert.Equal((grade3.AdverseEventId!.Value, AdverseEventStatus.Draft, AdverseEventSource.LabResult, "Alanine aminotransferase increased", 3,
                world.ClinicA.LocalDate(collectedAt), grade3.Id),
            (draft.Id, draft.Status, draft.Source, draft.Term, draft.Grade, draft.OnsetOn, draft.LabResultId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AdverseEventDrafts.OpenAction && e.EntityId == draft.Id.ToString()));
        var staff = (await nurse.GetFromJsonAsync<PatientLabsView>($"/api/patients/{patientId}/lab-results"))!;
        Assert.Equal(draft.Id, staff.Results.Single(r => r.Id == grade3.Id).AdverseEventId);
        var clinician = await world.ClientAsync("clinician");
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync($"/api/adverse-events/{draft.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task HerbsFormulasAndTcmSessions_AreSuspects_OnOrBeforeTheOnset(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var ward = await InfusionScene.CreateAsync(world);
        var (tcm, _) = await world.StaffApiAsync(world.ClinicA, ClinicRole.TcmPractitioner);
        var drafted = await tcm.PostAsJsonAsync($"/api/patients/{ward.PatientId}/herbal-prescriptions",
            new { items = new[] { new { herb = "Huang Qi", doseGramsPerDay = 15m, batch = "HQ-2026-07" }, new { herb = "Bu Gu Zhi", doseGramsPerDay = 9m, batch = "BGZ-1" } }, days = 14 });
        Assert.Equal(HttpStatusCode.Created, drafted.StatusCode);
        var prescription = (await drafted.Content.ReadFromJsonAsync<PrescriptionView>())!;
        Assert.Equal(HttpStatusCode.OK, (await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{prescription.Id}/sign", new { password = TestWorld.Password })).StatusCode);
        var session = await tcm.PostAsJsonAsync($"/api/patients/{ward.PatientId}/tcm-sessions", new
        {
            modality = "acupuncture", performedAt = DateTimeOffset.UtcNow.AddHours(-1), technique = "manual", retentionMinutes = 20, points = new[] { new { code = "ST36", side = "bilateral" } },
        });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);

        var today = Domain.Time.ClinicTime.Format(world.ClinicA.LocalDate(DateTimeOffset.UtcNow));
        var created = await ward.Nurse.PostAsJsonAsync($"/api/patients/{ward.PatientId}/adverse-events",
            new { term = "Nausea", onsetOn = today, grade = 1, seriousness = Array.Empty<string>(), expected = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var adverseEvent = (await created.Content.ReadFromJsonAsync<AdverseEventView>())!;

        var formula = Assert.Single(adverseEvent.Suspects, s => s.Kind == "formula");
        Assert.Equal(prescription.Id, formula.ReferenceId);
        var herbs = adverseEvent.Suspects.Where(s => s.Kind == "herb").ToList();
        Assert.Equal(2, herbs.Count);
        Assert.Contains(herbs, h => h.Label.Contains("HQ-2026-07", StringComparison.Ordinal)
            && h.ReferenceId == TcmSuspects.HerbReference(prescription.Id, prescription.Items[0].HerbId));
        Assert.Single(adverseEvent.Suspects, s => s.Kind == "procedure" && s.Label.StartsWith("acupuncture", StringComparison.Ordinal) && s.Label.Contains("ST36", StringComparison.Ordinal));

        // An onset before the prescription and the session: neither is a suspect.
        var earlier = Domain.Time.ClinicTime.Format(world.ClinicA.LocalDate(DateTimeOffset.UtcNow).AddDays(-TcmSuspects.PrescriptionLookbackDays - 5));
        var before = (await (await ward.Nurse.PostAsJsonAsync($"/api/patients/{ward.PatientId}/adverse-events",
            new { term = "Headache", onsetOn = earlier, grade = 1, seriousness = Array.Empty<string>(), expected = false })).Content.ReadFromJsonAsync<AdverseEventView>())!;
        Assert.DoesNotContain(before.Suspects, s => s.Kind is "formula" or "herb" || s.Label.StartsWith("acupuncture", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task SigningAHepatotoxicHerbOnRiluzole_SchedulesAltAstBilirubin_At2WeeksAndMonthly_InTheSignaturesSave(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var ward = await InfusionScene.CreateAsync(world);
        await LabResultApiTests.StartRiluzoleAsync(ward, new DateOnly(2024, 1, 15));
        var (tcm, _) = await world.StaffApiAsync(world.ClinicA, ClinicRole.TcmPractitioner);
        var drafted = await tcm.PostAsJsonAsync($"/api/patients/{ward.PatientId}/herbal-prescriptions",
            new { items = new[] { new { herb = "Bu Gu Zhi", doseGramsPerDay = 9m } }, days = 70 });
        var draft = (await drafted.Content.ReadFromJsonAsync<PrescriptionView>())!;

        var signed = await tcm.PostAsJsonAsync($"/api/herbal-prescriptions/{draft.Id}/sign", new { password = TestWorld.Password, acknowledgeRiluzoleWarning = true });

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var startsOn = (await signed.Content.ReadFromJsonAsync<PrescriptionView>())!.StartsOn!.Value;
        DateOnly[] due = [startsOn.AddDays(14), startsOn.AddMonths(1), startsOn.AddMonths(2)];
        await using var db = world.Database.CreateContext();
        var checks = await db.LabChecks.Where(c => c.PatientId == ward.PatientId && c.Reason == LabCheckReason.HepatotoxicHerbWithRiluzole).ToListAsync();
        Assert.Equal(due.SelectMany(d => new[] { (LabTest.Alt, d), (LabTest.Ast, d), (LabTest.Bilirubin, d) }).Order(),
            checks.Select(c => (c.Test, c.DueOn)).Order());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == LabChecks.ScheduleAction && e.EntityId == ward.PatientId.ToString()));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TheCiomsForm_IsAPdfInBothLanguages_WithInitialsNotTheName_ForStaffOnly_AndAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var ward = await InfusionScene.CreateAsync(world);
        var today = Domain.Time.ClinicTime.Format(world.ClinicA.LocalDate(DateTimeOffset.UtcNow));
        var adverseEvent = (await (await ward.Nurse.PostAsJsonAsync($"/api/patients/{ward.PatientId}/adverse-events",
            new { term = "Seizure", onsetOn = today, grade = 3, seriousness = Hospitalisation, expected = false })).Content.ReadFromJsonAsync<AdverseEventView>())!;
        var clinician = await world.ClientAsync("clinician");

        var english = await clinician.GetAsync($"/api/adverse-events/{adverseEvent.Id}/cioms?lang=en");
        var chinese = await clinician.GetAsync($"/api/adverse-events/{adverseEvent.Id}/cioms?lang=zh-Hans");

        Assert.Equal(("application/pdf", "application/pdf"), (english.Content.Headers.ContentType?.MediaType, chinese.Content.Headers.ContentType?.MediaType));
        var en = PdfText.Normalized(await english.Content.ReadAsByteArrayAsync());
        var zh = PdfText.WithoutWhitespace(await chinese.Content.ReadAsByteArrayAsync());
        Assert.Contains("CIOMS I form", en, StringComparison.Ordinal);
        Assert.Contains("Seizure", en, StringComparison.Ordinal);
        Assert.Contains("☒ Involved or prolonged inpatient hospitalisation", en, StringComparison.Ordinal);
        Assert.Contains("CTCAE v5.0 grade 3", en, StringComparison.Ordinal);
        Assert.Contains("可疑不良反应报告", zh, StringComparison.Ordinal);
        Assert.Contains("导致住院或住院时间延长", zh, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var patient = await db.Patients.SingleAsync(p => p.Id == ward.PatientId);
        Assert.DoesNotContain(patient.Mrn, en, StringComparison.Ordinal);
        Assert.DoesNotContain(patient.NativeName, PdfText.WithoutWhitespace(await english.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain(patient.NativeName, zh, StringComparison.Ordinal);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AdverseEventCioms.ExportAction && e.EntityId == adverseEvent.Id.ToString()
            && e.Outcome == AuditOutcome.Success));

        var patientUser = await world.ClientAsync("patient");
        Assert.Equal(HttpStatusCode.Forbidden, (await patientUser.GetAsync($"/api/adverse-events/{adverseEvent.Id}/cioms")).StatusCode);
        var otherClinic = await world.ClientAsync("clinicianB");
        Assert.Equal(HttpStatusCode.NotFound, (await otherClinic.GetAsync($"/api/adverse-events/{adverseEvent.Id}/cioms")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await clinician.GetAsync($"/api/adverse-events/{adverseEvent.Id}/cioms?lang=fr")).StatusCode);
    }
}
