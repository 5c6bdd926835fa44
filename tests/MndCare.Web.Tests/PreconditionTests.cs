using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MndCare.Application.Consultations;
using MndCare.Application.Patients;
using MndCare.Domain.Auditing;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 7 and security test plan CC-01: updates require If-Match (428 without it, 412 when stale), for patients and for the questionnaire; the portal's
// questionnaire page carries the version, so two windows cannot silently overwrite each other.
public sealed class PreconditionTests(ApiWorld worlds)
{
    private static HttpRequestMessage Put(string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return request;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PatientUpdate_WithoutIfMatch_IsPreconditionRequired_AndChangesNothing(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var nurse = await world.ClientAsync("nurse");
        var mrn = PatientApiTests.UniqueMrn();
        var created = (await (await nurse.PostAsJsonAsync("/api/patients", PatientApiTests.NewPatientBody(mrn))).Content.ReadFromJsonAsync<PatientRecord>())!;
        var path = $"/api/patients/{created.Id}";

        var missing = await nurse.SendAsync(Put(path, PatientApiTests.NewPatientBody(mrn, "陈静二"), null));
        var garbled = await nurse.SendAsync(Put(path, PatientApiTests.NewPatientBody(mrn, "陈静二"), "\"not-a-version\""));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal("preconditionRequired", await CodeAsync(missing));
        Assert.Equal(HttpStatusCode.PreconditionFailed, garbled.StatusCode);
        Assert.Equal("陈静", (await nurse.GetFromJsonAsync<PatientRecord>(path))!.NativeName);
        Assert.Contains(await AuditTests.EventsAsync(world, e => e.Action == "patient.update" && e.Outcome == AuditOutcome.Invalid),
            e => e.Details is { } d && d.Contains("428", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Questionnaire_IsVersioned_ETagOnRead_428WithoutIfMatch_412WhenStale(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        var client = await ApiClient.SignedInAsync(world.Factory, user.Email!);
        var opened = await client.PostAsJsonAsync("/api/consultations", new { });
        var draft = (await opened.Content.ReadFromJsonAsync<ConsultationView>())!;
        var path = $"/api/consultations/{draft.Id}/questionnaire";
        Assert.Equal($"\"{draft.Version:N}\"", opened.Headers.ETag?.Tag);
        var read = await client.GetAsync($"/api/consultations/{draft.Id}");
        Assert.Equal($"\"{draft.Version:N}\"", read.Headers.ETag?.Tag);

        var missing = await client.SendAsync(Put(path, new { goals = "Walk again" }, null));
        var first = await client.SendAsync(Put(path, new { goals = "Keep walking" }, read.Headers.ETag!.Tag));
        var stale = await client.SendAsync(Put(path, new { goals = "Overwritten" }, read.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(read.Headers.ETag, first.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("versionMismatch", await CodeAsync(stale));
        Assert.Equal("Keep walking", (await client.GetFromJsonAsync<ConsultationView>($"/api/consultations/{draft.Id}"))!.Answers.Goals);
    }

    [Fact]
    public async Task QuestionnairePage_InTwoWindows_TheSecondSaveIsRefusedWithAReadableMessage()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var patient = await world.Data.CreatePatientAsync(world.ClinicA);
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        var api = await ApiClient.SignedInAsync(world.Factory, user.Email!);
        var draft = (await (await api.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        var browser = await PageSession.SignInAsync(world.Factory, user.Email!, TestWorld.Password);
        var path = $"/Portal/Consultations/{draft.Id}/Questionnaire";
        var first = await browser.GetStringAsync(path);
        var second = await browser.GetStringAsync(path);

        Task<HttpResponseMessage> SaveAsync(string page, string goals) => browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PageSession.AntiforgeryToken(page),
            ["Version"] = PageSession.Version(page),
            ["Form.Goals"] = goals,
            ["next"] = "save",
        }));

        var saved = await SaveAsync(first, "Keep walking");
        var refused = await (await SaveAsync(second, "Overwritten")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(path + "?saved=true", saved.Headers.Location?.OriginalString);
        Assert.Contains("was changed in another window or by someone else", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"reload-questionnaire\"", refused, StringComparison.Ordinal);
        Assert.Contains("Overwritten", refused, StringComparison.Ordinal);
        Assert.Equal("Keep walking", (await api.GetFromJsonAsync<ConsultationView>($"/api/consultations/{draft.Id}"))!.Answers.Goals);
    }
}
