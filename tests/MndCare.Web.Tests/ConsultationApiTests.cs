using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Consultations;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

public sealed class ConsultationApiTests(ApiWorld worlds)
{
    /// <summary>A new patient of clinic A with their own signed-in user, consent given.</summary>
    private static async Task<(Patient Patient, HttpClient Client)> NewApplicantAsync(World world, bool consent = true)
    {
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithName("周敏", "Zhou Min"));
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        if (consent)
        {
            await Questionnaires.GiveConsentAsync(world.Factory.Services, patient, user.Id);
        }
        return (patient, await ApiClient.SignedInAsync(world.Factory, user.Email!));
    }

    // Security test plan CC-03: requests racing to open a consultation for one patient open exactly one; the others get 409.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Open_RacingRequests_OpenExactlyOne(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (patient, client) = await NewApplicantAsync(world);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsJsonAsync("/api/consultations", new { })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var db = world.Database.CreateContext();
        Assert.Equal(1, await db.Consultations.CountAsync(c => c.PatientId == patient.Id, TestContext.Current.CancellationToken));
    }

    private static async Task<ConsultationView> OpenAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/consultations", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ConsultationView>())!;
    }

    private static async Task<ConsultationView> SubmittedAsync(HttpClient client)
    {
        var draft = await OpenAsync(client);
        (await Questionnaires.SaveAsync(client, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        var response = await client.PostAsync($"/api/consultations/{draft.Id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ConsultationView>())!;
    }

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string path, Guid version, object body)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd($"\"{version:N}\"");
        return request;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Draft_IsSavedPartiallyAndResumed_ThenSubmitted(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, client) = await NewApplicantAsync(world);
        var draft = await OpenAsync(client);
        Assert.Equal("draft", draft.Status);

        var partial = await Questionnaires.SaveAsync(client, draft.Id, new { onsetDate = "2024-03-01", onsetSite = "upperLimb" });
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var resumed = await client.GetFromJsonAsync<ConsultationView>($"/api/consultations/{draft.Id}");
        Assert.Equal("upperLimb", resumed!.Answers.OnsetSite);

        var incomplete = await client.PostAsync($"/api/consultations/{draft.Id}/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var problem = await ProblemAsync(incomplete);
        Assert.True(problem.GetProperty("errors").TryGetProperty("diagnosis", out _));

        (await Questionnaires.SaveAsync(client, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        var submitted = await client.PostAsync($"/api/consultations/{draft.Id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal("submitted", (await submitted.Content.ReadFromJsonAsync<ConsultationView>())!.Status);

        var edit = await Questionnaires.SaveAsync(client, draft.Id, Questionnaires.Complete());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Questionnaire_ImpossibleDates_AreRefusedFieldByField(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, client) = await NewApplicantAsync(world);
        var draft = await OpenAsync(client);

        var response = await Questionnaires.SaveAsync(client, draft.Id, new { onsetDate = "2099-01-01", diagnosisDate = "1950-01-01", gastrostomy = "perhaps" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await ProblemAsync(response)).GetProperty("codes");
        Assert.Equal("futureDate", codes.GetProperty("onsetDate")[0].GetString());
        Assert.Equal("beforeBirth", codes.GetProperty("diagnosisDate")[0].GetString());
        Assert.Equal("invalidValue", codes.GetProperty("gastrostomy")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Submit_WithoutConsent_IsRefused(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, client) = await NewApplicantAsync(world, consent: false);
        var draft = await OpenAsync(client);
        (await Questionnaires.SaveAsync(client, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();

        var response = await client.PostAsync($"/api/consultations/{draft.Id}/submit", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("consentRequired", (await ProblemAsync(response)).GetProperty("codes").GetProperty("consent")[0].GetString());
    }

    // Issue 4: another patient's ids answer 404; drafts are private to the patient; other clinics see nothing.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OtherPatientsAndOtherClinics_GetNotFound(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, owner) = await NewApplicantAsync(world);
        var (_, stranger) = await NewApplicantAsync(world);
        var draft = await OpenAsync(owner);
        var clinician = await world.ClientAsync("clinician");
        var clinicianB = await world.ClientAsync("clinicianB");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/consultations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/api/consultations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.SendAsync(WithIfMatch(HttpMethod.Put, $"/api/consultations/{draft.Id}/questionnaire", draft.Version, Questionnaires.Complete()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/consultations/{draft.Id}/submit", null)).StatusCode);

        (await Questionnaires.SaveAsync(owner, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        (await owner.PostAsync($"/api/consultations/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync($"/api/consultations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.GetAsync($"/api/consultations/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/consultations/{draft.Id}")).StatusCode);
        var queueB = await clinicianB.GetStringAsync("/api/consultations?status=submitted");
        Assert.DoesNotContain(draft.Id.ToString(), queueB, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Triage_AssignAskForInformationResubmitAndDecline(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, patient) = await NewApplicantAsync(world);
        var submitted = await SubmittedAsync(patient);
        var clinician = await world.ClientAsync("clinician");
        var nurse = await world.ClientAsync("nurse");

        var queue = await ApiClient.ReadAllPagesAsync<ConsultationQueueItem>(clinician, "/api/consultations?status=submitted");
        var row = Assert.Single(queue, q => q.Id == submitted.Id);
        Assert.Equal(36, row.SelfRatedAlsfrsrTotal);

        var assigned = await clinician.PostAsJsonAsync($"/api/consultations/{submitted.Id}/assign", new { });
        Assert.Equal("inReview", (await assigned.Content.ReadFromJsonAsync<ConsultationView>())!.Status);

        var asked = await nurse.PostAsJsonAsync($"/api/consultations/{submitted.Id}/request-information", new { text = "Please send the EMG report." });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var seen = await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{submitted.Id}");
        Assert.Equal("informationRequested", seen!.Status);
        Assert.Contains(seen.Messages, m => m.FromClinic && m.Body == "Please send the EMG report.");

        (await patient.PostAsJsonAsync($"/api/consultations/{submitted.Id}/messages", new { text = "EMG report attached." })).EnsureSuccessStatusCode();
        var again = await patient.PostAsync($"/api/consultations/{submitted.Id}/submit", null);
        Assert.Equal("inReview", (await again.Content.ReadFromJsonAsync<ConsultationView>())!.Status);

        var declined = await clinician.PostAsJsonAsync($"/api/consultations/{submitted.Id}/decline", new { text = "The records show a different diagnosis." });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var closed = await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{submitted.Id}");
        Assert.Equal("declined", closed!.Status);
        Assert.Equal("The records show a different diagnosis.", closed.DeclineReason);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Roles_AuditorReadsButCannotTriage_AdministratorSeesNothing(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, patient) = await NewApplicantAsync(world);
        var submitted = await SubmittedAsync(patient);
        var auditor = await world.ClientAsync("auditor");
        var administrator = await world.ClientAsync("administrator");

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/api/consultations/{submitted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync($"/api/consultations/{submitted.Id}/assign", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/consultations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync($"/api/consultations/{submitted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.PostAsJsonAsync($"/api/consultations/{submitted.Id}/assign", new { })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Open_Staff_IsForbidden_AndASecondOpenRequestConflicts(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, patient) = await NewApplicantAsync(world);
        await OpenAsync(patient);

        Assert.Equal(HttpStatusCode.Conflict, (await patient.PostAsJsonAsync("/api/consultations", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("clinician")).PostAsJsonAsync("/api/consultations", new { })).StatusCode);
    }
}
