using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;

namespace MndCare.Cli.Tests;

// Security test plan IN-01: a scrub finds a changed blob and names the file; an intact store passes.
public sealed class FilesScrubTests
{
    [Fact]
    public async Task FilesScrub_IntactThenNamesTheTamperedFile()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database);
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Scrub clinic");
        var user = await data.CreatePatientUserAsync(clinic, await data.CreatePatientAsync(clinic));
        var client = await ApiClient.SignedInAsync(factory, user.Email!);
        var draft = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/consultations", new { }, TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetString();
        var file = new ByteArrayContent(MinimalPdf.Valid());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = await client.PostAsync($"/api/consultations/{draft}/files",
            new MultipartFormDataContent { { file, "file", "a.pdf" }, { new StringContent("mri"), "category" } }, TestContext.Current.CancellationToken);
        upload.EnsureSuccessStatusCode();
        var environment = new Dictionary<string, string>
        {
            ["Files__StorageRoot"] = Path.Combine(factory.FilesRoot, "blobs"),
            ["Files__MasterKeyPath"] = Path.Combine(factory.FilesRoot, "master.key"),
        };
        string[] args = ["files", "scrub", "--provider", "sqlite", "--sqlite", database.SqlitePath!];

        var intact = await CliRunner.RunAsync(environment, args);

        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("1 file(s) checked, 0 broken.", intact.Output, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            var row = await db.ConsultationFiles.SingleAsync(TestContext.Current.CancellationToken);
            var path = Path.Combine(factory.FilesRoot, "blobs", row.BlobName[..2], row.BlobName);
            var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            bytes[40] ^= 0x80;
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

            var broken = await CliRunner.RunAsync(environment, args);

            Assert.Equal(2, broken.ExitCode);
            Assert.Contains($"BROKEN {row.Id:D} (Tampered)", broken.Output, StringComparison.Ordinal);
        }
    }
}
