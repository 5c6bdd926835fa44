using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Application.Tests.Consultations;

// Issue 7, "the questionnaire reaches the record": on submission the questionnaire fills the registry's empty MND history
// (never overwriting it, audited with the questionnaire as the source), and the first assessment form is prefilled.
public sealed class QuestionnaireToRecordTests
{
    /// <summary>A patient (with the given history) who sends the complete questionnaire, changed by <paramref name="answers"/>.</summary>
    private static async Task<(Patient Patient, Guid ConsultationId)> SubmitAsync(MndCareWebFactory factory, Clinic clinic, PatientBuilder builder,
        Func<QuestionnaireAnswers, QuestionnaireAnswers>? answers = null)
    {
        var world = new TestWorld(factory.Services);
        var patient = await world.CreatePatientAsync(clinic, builder);
        var user = await world.CreatePatientUserAsync(clinic, patient);
        await Questionnaires.GiveConsentAsync(factory.Services, patient, user.Id);
        return (patient, await Questionnaires.SubmitAsync(factory.Services, user.Id, (answers ?? (a => a))(Questionnaires.Complete())));
    }

    private static async Task<Actor> ClinicianAsync(MndCareWebFactory factory, Clinic clinic)
    {
        var user = await new TestWorld(factory.Services).CreateStaffAsync(clinic, ClinicRole.Clinician);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActorLoader>().LoadAsync(user.Id, user.SecurityStamp, null, null, CancellationToken.None);
    }

    private static PatientBuilder NoHistory() => new PatientBuilder().With(i => i with { OnsetDate = null, OnsetSite = null, DiagnosisDate = null });

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Submit_FillsTheEmptyHistory_AuditedWithTheQuestionnaireAsSource(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var clinic = await new TestWorld(factory.Services).CreateClinicAsync("Prefill");

        var (patient, consultationId) = await SubmitAsync(factory, clinic, NoHistory());

        await using var db = database.CreateContext();
        var stored = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id);
        Assert.Equal((new DateOnly(2024, 3, 1), OnsetSite.UpperLimb, new DateOnly(2025, 1, 15)), (stored.OnsetDate, stored.OnsetSite, stored.DiagnosisDate));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "patient.update" && e.EntityId == patient.Id.ToString("D"));
        Assert.Equal(
            [("onsetDate", null, "2024-03-01"), ("diagnosisDate", null, "2025-01-15"), ("onsetSite", null, "upperLimb")],
            audit.Changes.Select(c => (c.Field, c.Old, c.New)));
        var details = JsonDocument.Parse(audit.Details!).RootElement;
        Assert.Equal(("questionnaire", consultationId), (details.GetProperty("source").GetString(), details.GetProperty("consultation").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Submit_NeverOverwritesWhatTheClinicRecorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var clinic = await new TestWorld(factory.Services).CreateClinicAsync("Recorded");
        var recorded = NoHistory().With(i => i with { OnsetDate = "2023-11-01", OnsetSite = "bulbar" });

        var (patient, _) = await SubmitAsync(factory, clinic, recorded);

        await using var db = database.CreateContext();
        var stored = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id);
        Assert.Equal((new DateOnly(2023, 11, 1), OnsetSite.Bulbar, new DateOnly(2025, 1, 15)), (stored.OnsetDate, stored.OnsetSite, stored.DiagnosisDate));
        var audit = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == "patient.update" && e.EntityId == patient.Id.ToString("D"));
        Assert.Equal([("diagnosisDate", (string?)null, (string?)"2025-01-15")], audit.Changes.Select(c => (c.Field, c.Old, c.New)));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Submit_WithTheHistoryComplete_ChangesAndAuditsNoPatientField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var clinic = await new TestWorld(factory.Services).CreateClinicAsync("Complete");

        var (patient, _) = await SubmitAsync(factory, clinic, new PatientBuilder());

        await using var db = database.CreateContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == "patient.update" && e.EntityId == patient.Id.ToString("D")));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FirstAssessmentForm_IsPrefilledWithItsSource_LaterOnesAreNot(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var world = new TestWorld(factory.Services);
        var clinic = await world.CreateClinicAsync("First assessment");
        var (patient, consultationId) = await SubmitAsync(factory, clinic, NoHistory(),
            a => a with { GeneticTesting = "variantFound", GenesWithVariant = ["c9orf72"], CognitiveOrBehaviouralChange = "yes" });
        var clinician = await ClinicianAsync(factory, clinic);

        AssessmentStart first;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var records = scope.ServiceProvider.GetRequiredService<AssessmentRecords>();
            first = (await records.StartAsync(clinician, patient.Id, CancellationToken.None)).Value;
            Assert.True((await records.RecordAsync(clinician, patient.Id, first.Form, CancellationToken.None)).IsSuccess);
        }
        AssessmentStart second;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            second = (await scope.ServiceProvider.GetRequiredService<AssessmentRecords>().StartAsync(clinician, patient.Id, CancellationToken.None)).Value;
        }

        Assert.Equal((consultationId, "172", "yes", "notKnown"), (first.Prefill!.ConsultationId, first.Form.HeightCm, first.Form.C9orf72, first.Form.Ftd));
        Assert.Equal("yes", first.Prefill.Answers.CognitiveOrBehaviouralChange); // shown next to FTD, never setting it
        Assert.Equal(["riluzole"], first.Prefill.NamedMedicines);
        Assert.Null(second.Prefill);
        Assert.Equal(("notKnown", null), (second.Form.C9orf72, second.Form.HeightCm));
    }
}
