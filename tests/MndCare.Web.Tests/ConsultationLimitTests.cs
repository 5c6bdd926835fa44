using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MndCare.Application.Consultations;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;

namespace MndCare.Web.Tests;

// Issue 4: limits per file and per consultation are configurable; an over-limit upload stores nothing.
public sealed class ConsultationLimitTests
{
    [Fact]
    public async Task Limits_PerFileAndPerConsultation_AreEnforced()
    {
        var small = MinimalPdf.Valid();
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Files:MaxFileBytes"] = "4096",
            ["Files:MaxConsultationBytes"] = (small.Length * 5 / 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Limits clinic");
        var patient = await data.CreatePatientAsync(clinic);
        var user = await data.CreatePatientUserAsync(clinic, patient);
        var client = await ApiClient.SignedInAsync(factory, user.Email!);
        var draft = (await (await client.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        Assert.True(small.Length < 4096);

        var tooBig = await client.PostAsync($"/api/consultations/{draft.Id}/files",
            ConsultationFileApiTests.Upload(MinimalPng.Valid().Concat(new byte[5000]).ToArray(), "big.png", "image/png"));
        var first = await client.PostAsync($"/api/consultations/{draft.Id}/files", ConsultationFileApiTests.Upload(small, "a.pdf", "application/pdf"));
        var second = await client.PostAsync($"/api/consultations/{draft.Id}/files", ConsultationFileApiTests.Upload(small, "b.pdf", "application/pdf"));
        var third = await client.PostAsync($"/api/consultations/{draft.Id}/files", ConsultationFileApiTests.Upload(small, "c.pdf", "application/pdf"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, third.StatusCode);
        using var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("consultationQuotaExceeded", problem.RootElement.GetProperty("code").GetString());
        var view = (await client.GetFromJsonAsync<ConsultationView>($"/api/consultations/{draft.Id}"))!;
        Assert.Equal(2, view.Files.Count);
    }
}
