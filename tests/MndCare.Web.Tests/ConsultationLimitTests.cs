using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
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

    // Issue 7 and security test plan UP-07: racing uploads against a nearly full quota cannot pass it together (before: 12 of 30 passed a full quota);
    // the refused ones leave no blob behind.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task ParallelUploads_AgainstANearlyFullQuota_FillItExactly(DatabaseProvider provider)
    {
        const int room = 2;
        const int racing = 30;
        var small = MinimalPdf.Valid();
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Files:MaxConsultationBytes"] = (small.Length * (1 + room) + (small.Length / 2)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Racing clinic");
        var client = await ApiClient.SignedInAsync(factory, user.Email!);
        var draft = (await (await client.PostAsJsonAsync("/api/consultations", new { })).Content.ReadFromJsonAsync<ConsultationView>())!;
        var path = $"/api/consultations/{draft.Id}/files";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync(path, ConsultationFileApiTests.Upload(small, "first.pdf", "application/pdf"))).StatusCode);

        var responses = await Task.WhenAll(Enumerable.Range(0, racing)
            .Select(i => client.PostAsync(path, ConsultationFileApiTests.Upload(small, $"race-{i}.pdf", "application/pdf"))));

        Assert.Equal(room, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode));
        await using var db = database.CreateContext();
        var stored = await db.ConsultationFiles.Where(f => f.ConsultationId == draft.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1 + room, stored.Count);
        var blobs = Directory.GetFiles(Path.Combine(factory.FilesRoot, "blobs"), "*", SearchOption.AllDirectories)
            .Select(p => Path.GetFileName(p)).Where(n => n.Length == 32).ToHashSet();
        Assert.Equal(stored.Select(f => f.BlobName).ToHashSet(), blobs);
    }
}
