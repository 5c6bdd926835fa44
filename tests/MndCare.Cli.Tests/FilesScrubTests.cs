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
        var (_, _, user) = await new TestWorld(factory.Services).CreatePatientWithUserAsync("Scrub clinic");
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

    // DR-07: a blob no row refers to (a crash between writing a file and committing its row) is listed, and reclaimed on
    // request once it is older than the grace period; a fresh one and anything that is not a blob are left alone.
    [Fact]
    public async Task FilesScrub_ListsOrphanedBlobs_AndReclaimsOnlyOldOnesOnRequest()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database);
        _ = factory.Services;
        var blobs = Path.Combine(factory.FilesRoot, "blobs");
        var old = Blob(blobs, "ab" + new string('0', 30));
        var fresh = Blob(blobs, "cd" + new string('1', 30));
        var notABlob = Path.Combine(blobs, "ab", "readme.txt");
        await File.WriteAllTextAsync(notABlob, "left by an operator", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(notABlob, DateTime.UtcNow.AddHours(-2));
        var environment = new Dictionary<string, string>
        {
            ["Files__StorageRoot"] = blobs,
            ["Files__MasterKeyPath"] = Path.Combine(factory.FilesRoot, "master.key"),
        };
        string[] args = ["files", "scrub", "--provider", "sqlite", "--sqlite", database.SqlitePath!];

        var listed = await CliRunner.RunAsync(environment, args);
        var reclaimed = await CliRunner.RunAsync(environment, [.. args, "--reclaim-orphans"]);

        Assert.Equal((0, 0), (listed.ExitCode, reclaimed.ExitCode));
        Assert.Contains($"ORPHAN {Path.GetFileName(old)}", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetFileName(fresh), listed.Output, StringComparison.Ordinal);
        Assert.Contains("1 orphaned blob(s), 0 reclaimed.", listed.Output, StringComparison.Ordinal);
        Assert.Contains("1 orphaned blob(s), 1 reclaimed.", reclaimed.Output, StringComparison.Ordinal);
        Assert.Equal((false, true, true), (File.Exists(old), File.Exists(fresh), File.Exists(notABlob)));
    }

    private static string Blob(string root, string name)
    {
        var path = Path.Combine(root, name[..2], name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1, 2, 3]);
        return path;
    }
}
