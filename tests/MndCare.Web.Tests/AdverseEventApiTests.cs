using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Domain.Clinics;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Adverse events over the API (issue 9; docs/safety/adverse-events.md): the record contract, suspects from the record, causality per
// suspect, the reporting clock and the safety officer's notice, who sees what (a patient only their own, the cell lab through lots).
public sealed class AdverseEventApiTests(ApiWorld worlds)
{
    private static readonly string[] Hospitalisation = ["hospitalisation"], NotSerious = [], Severe = ["severe"];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    // A patient of clinic A with an infusion that started (lot + units given), so the lot, the infusion and nothing else are suspects.
    private static async Task<(InfusionScene Ward, Guid LotId)> InfusedAsync(World world)
    {
        var ward = await InfusionScene.CreateAsync(world);
        var lot = await ward.LotAsync();
        var ordered = await ward.OrderedAsync(lot.Id);
        Assert.Equal(HttpStatusCode.OK, (await ward.CheckAsync(ordered.Id, ward.Mrn, lot.Units[0].Code)).StatusCode);
        return (ward, lot.Id);
    }

    private static string Today(World world) => Domain.Time.ClinicTime.Format(world.ClinicA.LocalDate(DateTimeOffset.UtcNow));

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Record_SeriousUnexpected_Is201_WithSuspects_AClockOf15Days_AndTheSafetyOfficerIsNotified(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (ward, lotId) = await InfusedAsync(world);
        var (_, officer) = await world.StaffApiAsync(world.ClinicA, ClinicRole.Clinician);
        await using (var db = world.Database.CreateContext())
        {
            db.SafetyOfficers.Add(new SafetyOfficer(Guid.CreateVersion7(), world.ClinicA.Id, officer.Id, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var response = await ward.Nurse.PostAsJsonAsync($"/api/patients/{ward.PatientId}/adverse-events",
            new { term = "Seizure", onsetOn = Today(world), grade = 3, seriousness = Hospitalisation, expected = false });
        var created = (await response.Content.ReadFromJsonAsync<AdverseEventView>())!;
        var serious = await ward.Clinician.GetFromJsonAsync<List<AdverseEventView>>($"/api/adverse-events?serious=true&patientId={ward.PatientId}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("recorded", "staff", true, "pending"), (created.Status, created.Source, created.Serious, created.Relatedness));
        Assert.Equal(["lot", "procedure"], created.Suspects.Select(s => s.Kind));
        Assert.Equal(lotId, created.Suspects[0].ReferenceId);
        Assert.Equal(created.FirstKnownOn.AddDays(15), created.ReportDueOn);
        Assert.Equal([created.Id], serious!.Select(e => e.Id));
        await using var check = world.Database.CreateContext();
        Assert.True(await check.SafetyNotifications.AnyAsync(n => n.AdverseEventId == created.Id && n.UserId == officer.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Causality_PerSuspect_ByAClinician_UnrelatedStopsTheClock_ANurseMayNotAssess(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (ward, _) = await InfusedAsync(world);
        var created = (await (await ward.Nurse.PostAsJsonAsync($"/api/patients/{ward.PatientId}/adverse-events",
            new { term = "Fall", onsetOn = Today(world), grade = 3, seriousness = Hospitalisation, expected = false }))
            .Content.ReadFromJsonAsync<AdverseEventView>())!;
        var body = new { assessments = created.Suspects.Select(s => new { suspectId = s.Id, causality = "unlikely" }) };

        var byNurse = await ward.Nurse.PostAsJsonAsync($"/api/adverse-events/{created.Id}/causality", body);
        var assessed = await ward.Clinician.PostAsJsonAsync($"/api/adverse-events/{created.Id}/causality", body);
        var view = (await assessed.Content.ReadFromJsonAsync<AdverseEventView>())!;
        var unknown = await ward.Clinician.PostAsJsonAsync($"/api/adverse-events/{created.Id}/causality",
            new { assessments = new[] { new { suspectId = created.Suspects[0].Id, causality = "maybe" } } });

        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);
        Assert.Equal(("assessed", "unrelated", (DateOnly?)null), (view.Status, view.Relatedness, view.ReportDueOn));
        Assert.All(view.Suspects, s => Assert.Equal("unlikely", s.Causality));
        Assert.All(view.Suspects, s => Assert.NotNull(s.AssessedAt));
        Assert.Equal(AdverseEventErrorCodes.UnknownValue, (await JsonAsync(unknown)).GetProperty("codes").GetProperty("causality")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Record_BadInput_IsAProblemWithCodes_AndNothingIsSaved(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.ClientAsync("nurse");

        var bad = await nurse.PostAsJsonAsync($"/api/patients/{world.PatientA2.Id}/adverse-events",
            new { term = "Headache", onsetOn = "2999-01-01", grade = 4, seriousness = Severe, expected = false });
        var otherClinic = await nurse.PostAsJsonAsync($"/api/patients/{world.PatientB1.Id}/adverse-events",
            new { term = "Fever", onsetOn = Today(world), grade = 1, seriousness = NotSerious, expected = true });
        var codes = (await JsonAsync(bad)).GetProperty("codes");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal((AdverseEventErrorCodes.InvalidGrade, AdverseEventErrorCodes.InvalidDate, AdverseEventErrorCodes.UnknownValue),
            (codes.GetProperty("grade")[0].GetString(), codes.GetProperty("onsetOn")[0].GetString(), codes.GetProperty("seriousness")[0].GetString()));
        Assert.Equal(HttpStatusCode.NotFound, otherClinic.StatusCode);
        Assert.Equal("notFound", (await JsonAsync(otherClinic)).GetProperty("code").GetString());
        await using var db = world.Database.CreateContext();
        Assert.False(await db.AdverseEvents.AnyAsync(e => e.PatientId == world.PatientA2.Id || e.PatientId == world.PatientB1.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task APatient_SeesOnlyTheirOwn_TheCellLab_OnlyThroughLots_WithoutIdentities(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (ward, lotId) = await InfusedAsync(world);
        var clinician = await world.ClientAsync("clinician");
        var own = (await (await clinician.PostAsJsonAsync($"/api/patients/{world.PatientA1.Id}/adverse-events",
            new { term = "Fatigue", onsetOn = Today(world), grade = 1, seriousness = NotSerious, expected = (bool?)null }))
            .Content.ReadFromJsonAsync<AdverseEventView>())!;
        var other = (await (await ward.Clinician.PostAsJsonAsync($"/api/patients/{ward.PatientId}/adverse-events",
            new { term = "fever", onsetOn = Today(world), grade = 1, seriousness = NotSerious, expected = true, description = "38.6 °C" }))
            .Content.ReadFromJsonAsync<AdverseEventView>())!;
        var patient = await world.ClientAsync("patient");
        var cellLab = await world.ClientAsync("celllab");

        var mine = (await patient.GetFromJsonAsync<List<AdverseEventView>>("/api/adverse-events"))!;
        var foreign = await patient.GetAsync($"/api/adverse-events/{other.Id}");
        var asked = await patient.GetFromJsonAsync<List<AdverseEventView>>($"/api/adverse-events?patientId={ward.PatientId}");
        var lotEvents = (await cellLab.GetFromJsonAsync<List<AdverseEventView>>($"/api/lots/{lotId}/adverse-events"))!;
        var raw = await cellLab.GetStringAsync($"/api/lots/{lotId}/adverse-events");
        var labList = await cellLab.GetAsync("/api/adverse-events");

        Assert.Contains(own.Id, mine.Select(e => e.Id));
        Assert.True(own.Expected);
        Assert.DoesNotContain(other.Id, mine.Select(e => e.Id));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(asked!);
        Assert.Equal([other.Id], lotEvents.Select(e => e.Id));
        Assert.Equal((null, null, null), (lotEvents[0].PatientId, lotEvents[0].PatientName, lotEvents[0].Description));
        Assert.StartsWith("R-", lotEvents[0].RecipientCode, StringComparison.Ordinal);
        Assert.DoesNotContain(ward.PatientId.ToString("D"), raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ward.Mrn, raw, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, labList.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Drafts_FromAPatientReport_AndFromAnInfusionFever_AreCompletedByStaff(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (ward, _) = await InfusedAsync(world);
        var infusionId = await InfusionOfAsync(world, ward.PatientId);
        var actor = await ActorAsync(world, world.Emails["patient"]);
        using var scope = world.Factory.Services.CreateScope();
        var drafts = scope.ServiceProvider.GetRequiredService<AdverseEventDrafts>();

        var reported = await drafts.OpenAsync(actor, new DraftRequest(world.PatientA1.Id, "patientReport", Description: "头晕，两天了"), CancellationToken.None);
        var forOther = await drafts.OpenAsync(actor, new DraftRequest(ward.PatientId, "patientReport", Description: "x"), CancellationToken.None);
        var fever = await ward.Nurse.PostAsJsonAsync("/api/adverse-event-drafts",
            new { patientId = ward.PatientId, source = "infusionFever", suggestedTerm = "fever", suggestedGrade = 1, suggestedOnset = Today(world), infusionId });
        var draft = (await fever.Content.ReadFromJsonAsync<AdverseEventView>())!;
        var completed = await ward.Nurse.PutAsJsonAsync($"/api/adverse-events/{draft.Id}",
            new { term = "fever", onsetOn = Today(world), grade = 1, seriousness = NotSerious, expected = (bool?)null });

        Assert.Equal(("draft", "patientReport", null), (reported.Value.Status, reported.Value.Source, reported.Value.ReportDueOn));
        Assert.Equal("notFound", forOther.Errors[0].Code);
        Assert.Equal(HttpStatusCode.Created, fever.StatusCode);
        Assert.Equal(("draft", "infusionFever", "Fever", (int?)1, (Guid?)infusionId), (draft.Status, draft.Source, draft.Term, draft.Grade, draft.InfusionId));
        var done = (await completed.Content.ReadFromJsonAsync<AdverseEventView>())!;
        Assert.Equal(("recorded", (bool?)true), (done.Status, done.Expected));
    }

    private static async Task<Guid> InfusionOfAsync(World world, Guid patientId)
    {
        await using var db = world.Database.CreateContext();
        return await db.Infusions.Where(i => i.PatientId == patientId).Select(i => i.Id).FirstAsync();
    }

    private static async Task<Application.Access.Actor> ActorAsync(World world, string email)
    {
        await using var db = world.Database.CreateContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var memberships = await db.ClinicMemberships.AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync();
        return new Application.Access.Actor(user.Id, user.DisplayName,
            [.. memberships.Select(m => new Application.Access.Membership(m.ClinicId, m.Role, m.PatientId, m.Relationship))], "test", "127.0.0.1");
    }
}
