using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Consultations;
using MndCare.Domain.Auditing;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.HostileFiles;

namespace MndCare.Web.Tests;

// Issue 4 "Files are the attack surface" and security test plan UP-01..UP-03, UP-09, IN-01.
public sealed partial class ConsultationFileApiTests(ApiWorld worlds)
{
    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex BlobName();

    // The store holds only its key, its shard and tmp directories, and blobs named by random hex (the test application also
    // keeps its audit anchors beside them).
    [GeneratedRegex("^(master\\.key|audit-anchors\\.jsonl|blobs|blobs/(tmp|[0-9a-f]{2})(/[0-9a-f]{32})?)$")]
    private static partial Regex StorePath();

    private static async Task<(Patient Patient, HttpClient Client, ConsultationView Draft)> DraftAsync(World world)
    {
        var patient = await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder().WithName("吴刚", "Wu Gang"));
        var user = await world.Data.CreatePatientUserAsync(world.ClinicA, patient);
        await Questionnaires.GiveConsentAsync(world.Factory.Services, patient, user.Id);
        var client = await ApiClient.SignedInAsync(world.Factory, user.Email!);
        var response = await client.PostAsJsonAsync("/api/consultations", new { });
        return (patient, client, (await response.Content.ReadFromJsonAsync<ConsultationView>())!);
    }

    internal static MultipartFormDataContent Upload(ReadOnlyMemory<byte> content, string fileName, string contentType, string category = "emgNerveConduction",
        string? documentDate = null)
    {
        var file = new ByteArrayContent(content.ToArray());
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(category), "category" } };
        if (documentDate is not null)
        {
            form.Add(new StringContent(documentDate), "documentDate");
        }
        return form;
    }

    private static string BlobPath(World world, string blobName) =>
        Path.Combine(world.Factory.FilesRoot, "blobs", blobName[..2], blobName);

    private static async Task<string> BlobNameAsync(World world, Guid fileId)
    {
        await using var db = world.Database.CreateContext();
        return await db.ConsultationFiles.Where(f => f.Id == fileId).Select(f => f.BlobName).SingleAsync();
    }

    public static TheoryData<string> Catalogue() => [.. HostileUploads.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Catalogue))]
    public async Task HostileCatalogue_IsDecidedByContentOverTheApi(string caseName)
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (_, client, draft) = await DraftAsync(world);
        var upload = HostileUploads.Get(caseName);

        var response = await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(upload.Content, upload.FileName, upload.DeclaredContentType));

        if (upload.AcceptedAs is { } kind)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var file = (await response.Content.ReadFromJsonAsync<ConsultationFileView>())!;
            Assert.Equal(kind.ToString().ToLowerInvariant(), file.Kind);
        }
        else
        {
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.UnsupportedMediaType, HttpStatusCode.RequestEntityTooLarge });
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(upload.RefusedAs!.Value.ToString(), problem.RootElement.GetProperty("code").GetString(), ignoreCase: true);
            await using var db = world.Database.CreateContext();
            Assert.False(await db.ConsultationFiles.AnyAsync(f => f.ConsultationId == draft.Id));
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Upload_IsEncryptedAtRest_AndDownloadsAsAVerifiedAttachment(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, client, draft) = await DraftAsync(world);
        var pdf = MinimalPdf.Valid();

        var created = await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(pdf, "../../etc/EMG report.pdf", "application/octet-stream",
            documentDate: "2025-02-01"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = (await created.Content.ReadFromJsonAsync<ConsultationFileView>())!;
        Assert.Equal("EMG report.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);

        var blobName = await BlobNameAsync(world, file.Id);
        Assert.Matches(BlobName(), blobName);
        var blob = await File.ReadAllBytesAsync(BlobPath(world, blobName), TestContext.Current.CancellationToken);
        Assert.False(blob.AsSpan().StartsWith("%PDF"u8));
        Assert.Equal(-1, blob.AsSpan().IndexOf("/Type /Catalog"u8));

        var download = await client.GetAsync($"/api/consultations/{draft.Id}/files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    // Security test plan UP-05: a phone photo's location and comments are gone before the file is stored; the picture is not.
    [Fact]
    public async Task Photo_IsStoredWithoutItsMetadata()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (_, client, draft) = await DraftAsync(world);
        var photo = MinimalJpeg.WithSegments((0xE1, [.. "Exif\0\0MM\0*\0\0\0\u0008\0\0GPS-CANARY"u8]), (0xFE, [.. "COMMENT-CANARY"u8]));

        var created = await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(photo, "IMG_0042.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var file = (await created.Content.ReadFromJsonAsync<ConsultationFileView>())!;
        var stored = await client.GetByteArrayAsync($"/api/consultations/{draft.Id}/files/{file.Id}");

        Assert.Equal(MinimalJpeg.Valid(), stored);
        Assert.Equal(stored.Length, file.Length);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TamperedOrTruncatedBlob_IsNeverServed_AndIsAuditedAsAnError(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, client, draft) = await DraftAsync(world);
        var first = (await (await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPng.Valid(), "a.png", "image/png")))
            .Content.ReadFromJsonAsync<ConsultationFileView>())!;
        var second = (await (await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalJpeg.Valid(), "b.jpg", "image/jpeg")))
            .Content.ReadFromJsonAsync<ConsultationFileView>())!;
        var flipped = BlobPath(world, await BlobNameAsync(world, first.Id));
        var bytes = await File.ReadAllBytesAsync(flipped, TestContext.Current.CancellationToken);
        bytes[^20] ^= 0x01;
        await File.WriteAllBytesAsync(flipped, bytes, TestContext.Current.CancellationToken);
        var truncated = BlobPath(world, await BlobNameAsync(world, second.Id));
        await File.WriteAllBytesAsync(truncated, (await File.ReadAllBytesAsync(truncated, TestContext.Current.CancellationToken))[..^5],
            TestContext.Current.CancellationToken);

        foreach (var id in new[] { first.Id, second.Id })
        {
            var response = await client.GetAsync($"/api/consultations/{draft.Id}/files/{id}");
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("integrityFailed", body, StringComparison.Ordinal);
            Assert.DoesNotContain(await BlobNameAsync(world, id), body, StringComparison.Ordinal);
        }
        await using var db = world.Database.CreateContext();
        var errors = await db.AuditEvents.Where(e => e.Action == "consultation.file.download" && e.Outcome == AuditOutcome.Error).Select(e => e.EntityId).ToListAsync();
        Assert.Contains(first.Id.ToString("D"), errors);
        Assert.Contains(second.Id.ToString("D"), errors);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task OtherPatientsAndOtherClinics_CannotReachTheFiles(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, owner, draft) = await DraftAsync(world);
        var (_, stranger, _) = await DraftAsync(world);
        var file = (await (await owner.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPdf.Valid(), "x.pdf", "application/pdf")))
            .Content.ReadFromJsonAsync<ConsultationFileView>())!;
        var clinician = await world.ClientAsync("clinician");
        var clinicianB = await world.ClientAsync("clinicianB");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/consultations/{draft.Id}/files/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await stranger.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPdf.Valid(), "y.pdf", "application/pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/consultations/{draft.Id}/files/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/api/consultations/{draft.Id}/files/{file.Id}")).StatusCode);

        (await Questionnaires.SaveAsync(owner, draft.Id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        (await owner.PostAsync($"/api/consultations/{draft.Id}/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await clinician.GetAsync($"/api/consultations/{draft.Id}/files/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.GetAsync($"/api/consultations/{draft.Id}/files/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await clinician.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPdf.Valid(), "z.pdf", "application/pdf"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict,
            (await owner.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPdf.Valid(), "late.pdf", "application/pdf"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Withdraw_ShredsTheFile(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var (_, client, draft) = await DraftAsync(world);
        var file = (await (await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPdf.Valid(), "x.pdf", "application/pdf")))
            .Content.ReadFromJsonAsync<ConsultationFileView>())!;
        var blob = BlobPath(world, await BlobNameAsync(world, file.Id));

        var withdrawn = await client.DeleteAsync($"/api/consultations/{draft.Id}/files/{file.Id}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.False(File.Exists(blob));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/consultations/{draft.Id}/files/{file.Id}")).StatusCode);
        await using var db = world.Database.CreateContext();
        var row = await db.ConsultationFiles.SingleAsync(f => f.Id == file.Id);
        Assert.Empty(row.WrappedKey);
        Assert.Empty(row.FileName);
        Assert.NotNull(row.WithdrawnAtUtc);
    }

    // A part without a file name is not a file upload at all over HTTP, so the "missing" case is a domain test only.
    public static TheoryData<string> HostileNames() => [.. HostileFileNames.All.Where(c => !string.IsNullOrEmpty(c.Input)).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task HostileFileNames_AreSanitisedAndNeverUsedAsPaths(string caseName)
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var (_, client, draft) = await DraftAsync(world);
        var name = HostileFileNames.All.Single(c => c.Name == caseName);

        var response = await client.PostAsync($"/api/consultations/{draft.Id}/files", Upload(MinimalPdf.Valid(), name.Input!, "application/pdf"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var file = (await response.Content.ReadFromJsonAsync<ConsultationFileView>())!;
        Assert.Equal(name.ExpectedForPdf, file.FileName);
        var blobName = await BlobNameAsync(world, file.Id);
        Assert.Matches(BlobName(), blobName);
        Assert.True(File.Exists(BlobPath(world, blobName)));
        // Other tests upload into the same store at the same time, so check every path's shape rather than a count.
        var paths = Directory.GetFileSystemEntries(world.Factory.FilesRoot, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(world.Factory.FilesRoot, p).Replace('\\', '/'));
        Assert.All(paths, p => Assert.Matches(StorePath(), p));
    }
}
