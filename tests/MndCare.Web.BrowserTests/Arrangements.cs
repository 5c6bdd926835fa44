using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Consultations;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;

namespace MndCare.Web.BrowserTests;

/// <summary>Data arranged over the JSON API before a test looks at it in the browser.</summary>
internal static class Arrangements
{
    /// <summary>A new patient of the demo clinic who sent a consultation with one PDF (and a message when given).</summary>
    public static async Task<(Guid PatientId, Guid ConsultationId, string Email)> SubmittedConsultationAsync(BrowserApp app, PatientBuilder builder,
        QuestionnaireAnswers answers, string fileName = "EMG.pdf", string? message = null)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var clinic = await db.Clinics.AsNoTracking().OrderBy(c => c.Name).FirstAsync(cancellation);
        var world = new TestWorld(app.Services);
        var patient = await world.CreatePatientAsync(clinic, builder);
        var user = await world.CreatePatientUserAsync(clinic, patient);
        await Questionnaires.GiveConsentAsync(app.Services, patient, user.Id);

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = TestWorld.Password }, cancellation);
        login.EnsureSuccessStatusCode();
        using (var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(cancellation)))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        }
        var draft = await http.PostAsJsonAsync("/api/consultations", new { }, cancellation);
        var id = JsonDocument.Parse(await draft.Content.ReadAsStringAsync(cancellation)).RootElement.GetProperty("id").GetGuid();
        (await Questionnaires.SaveAsync(http, id, answers)).EnsureSuccessStatusCode();
        var file = new ByteArrayContent(MinimalPdf.Valid());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = await http.PostAsync($"/api/consultations/{id}/files",
            new MultipartFormDataContent { { file, "file", fileName }, { new StringContent("laboratory"), "category" } }, cancellation);
        upload.EnsureSuccessStatusCode();
        (await http.PostAsync($"/api/consultations/{id}/submit", null, cancellation)).EnsureSuccessStatusCode();
        if (message is not null)
        {
            (await http.PostAsJsonAsync($"/api/consultations/{id}/messages", new { text = message }, cancellation)).EnsureSuccessStatusCode();
        }
        return (patient.Id, id, user.Email!);
    }
}
