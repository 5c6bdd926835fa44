using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MndCare.Application.Consultations;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7: messages name who wrote them (a family member is not the patient), the triage queue marks what the clinic has not
// read, and a patient whose account did not come through registration can consent and send.
public sealed class ConsultationMessageTests(ApiWorld worlds)
{
    private const string FamilyName = "Grace Family";

    /// <summary>A consultation sent by the patient's daughter or son, who then writes to the clinic.</summary>
    private static async Task<(HttpClient Family, string FamilyEmail, Guid ConsultationId, Guid MessageId)> SentByFamilyAsync(World world)
    {
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithName("Arthur Family"));
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient, PatientRelationship.Child, displayName: FamilyName);
        await Questionnaires.GiveConsentAsync(world.Factory.Services, patient, user.Id);
        var family = await ApiClient.SignedInAsync(world.Factory, user.Email!);
        var draft = (await (await family.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        (await Questionnaires.SaveAsync(family, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        (await family.PostAsync($"/api/consultations/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        var view = (await (await family.PostAsJsonAsync($"/api/consultations/{draft.Id}/messages", new { text = "Here is the EMG." }))
            .Content.ReadFromJsonAsync<ConsultationView>())!;
        return (family, user.Email!, draft.Id, Assert.Single(view.Messages).Id);
    }

    private static async Task<int> UnreadInQueueAsync(HttpClient staff, Guid id) =>
        (await ApiClient.ReadAllPagesAsync<ConsultationQueueItem>(staff, "/api/consultations")).Single(q => q.Id == id).UnreadMessages;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Messages_NameTheFamilyMemberAndTheClinician_OnTheApiAndThePages(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (family, familyEmail, id, _) = await SentByFamilyAsync(world);
        var clinician = await world.ClientAsync("clinician");
        (await clinician.PostAsJsonAsync($"/api/consultations/{id}/messages", new { text = "Thank you; we will read it this week." })).EnsureSuccessStatusCode();

        var messages = (await family.GetFromJsonAsync<ConsultationView>($"/api/consultations/{id}"))!.Messages;

        var fromFamily = messages[0];
        Assert.Equal((FamilyName, "familyMember", "child", false), (fromFamily.AuthorName, fromFamily.AuthorRole, fromFamily.AuthorRelationship, fromFamily.FromClinic));
        var fromClinic = messages[1];
        Assert.Equal(("Test Clinician", "clinician", null, true), (fromClinic.AuthorName, fromClinic.AuthorRole, fromClinic.AuthorRelationship, fromClinic.FromClinic));

        var workspace = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Nurse);
        Assert.Contains($"{FamilyName} (family member: son or daughter)", await workspace.GetStringAsync($"/Consultations/{id}"), StringComparison.Ordinal);
        var portal = await PageSession.SignInAsync(world.Factory, familyEmail, TestWorld.Password);
        Assert.Contains("Test Clinician (clinician)", await portal.GetStringAsync($"/Portal/Consultations/{id}"), StringComparison.Ordinal);
        using var chinese = new HttpRequestMessage(HttpMethod.Get, $"/Portal/Consultations/{id}");
        chinese.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var page = await (await portal.SendAsync(chinese)).Content.ReadAsStringAsync();
        Assert.Contains($"{FamilyName}（家属：子女）", page, StringComparison.Ordinal);
        Assert.Contains("Test Clinician（医生）", page, StringComparison.Ordinal);
    }

    // Per clinic: the first clinic member who can answer and opens the consultation reads for the clinic; an auditor's read does not count.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Queue_MarksUnreadMessages_UntilAClinicianOpensTheWorkspace(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, _, id, messageId) = await SentByFamilyAsync(world);
        var nurse = await world.ClientAsync("nurse");
        var auditor = await world.ClientAsync("auditor");
        Assert.Equal(1, await UnreadInQueueAsync(nurse, id));
        (await auditor.GetAsync($"/api/consultations/{id}")).EnsureSuccessStatusCode();
        Assert.Equal(1, await UnreadInQueueAsync(nurse, id));
        var clinician = await ConsultationReportPageTests.StaffAsync(world, ClinicRole.Clinician);
        Assert.Contains("1 unread", await clinician.GetStringAsync("/Consultations?status=submitted"), StringComparison.Ordinal);

        var workspace = await clinician.GetStringAsync($"/Consultations/{id}");

        Assert.Contains("tag unread", workspace, StringComparison.Ordinal);
        Assert.Equal(0, await UnreadInQueueAsync(nurse, id));
        var read = (await AuditTests.EventsAsync(world, e => e.Action == "consultation.read" && e.EntityId == id.ToString("D")
            && e.Details is { } d && d.Contains("messagesRead", StringComparison.Ordinal))).Single();
        Assert.Equal([messageId], JsonDocument.Parse(read.Details!).RootElement.GetProperty("messagesRead").EnumerateArray().Select(e => e.GetGuid()));
        Assert.DoesNotContain("tag unread", await clinician.GetStringAsync($"/Consultations/{id}"), StringComparison.Ordinal);
    }

    // The demo patient's account was not made through registration, so no consent was recorded: the portal and the API ask for it.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientWithoutConsent_ConsentsAndSends(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var client = await ApiClient.SignedInAsync(world.Factory, (await world.Data.CreatePatientUserAsync(world.ClinicA, patient)).Email!);
        var draft = (await (await client.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        (await Questionnaires.SaveAsync(client, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        Assert.False(draft.ConsentGiven);

        var outdated = await client.PostAsJsonAsync($"/api/consultations/{draft.Id}/consent", new { consentVersion = "2020-01-01", language = "en" });
        var given = await client.PostAsJsonAsync($"/api/consultations/{draft.Id}/consent", new { consentVersion = ConsentText.CurrentVersion, language = "zh-Hans" });
        var sent = await client.PostAsync($"/api/consultations/{draft.Id}/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, outdated.StatusCode);
        Assert.True((await given.Content.ReadFromJsonAsync<ConsultationView>())!.ConsentGiven);
        Assert.Equal("submitted", (await sent.Content.ReadFromJsonAsync<ConsultationView>())!.Status);
        var consent = Assert.Single(await AuditTests.EventsAsync(world, e => e.Action == "consent.give" && e.EntityId == patient.Id.ToString("D")
            && e.Outcome == AuditOutcome.Success));
        Assert.Contains(new FieldChange("language", null, "zh-Hans"), consent.Changes);
    }
}
