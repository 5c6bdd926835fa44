using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MndCare.Application.Access;
using MndCare.Application.Consultations;
using MndCare.Application.Consultations.Reports;
using MndCare.Application.Files;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// Issue 7: a signed report is rendered in both languages at signing, and the patient reads either; dates are the clinic's.
public sealed class BilingualReportTests
{
    [Fact]
    public async Task ReportSignedLateInTheUtcDay_IsDatedInShanghai_AndReadsInBothLanguages()
    {
        // 20:30 UTC on 6 December is 04:30 on 7 December in Shanghai (UTC+8).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 20, 30, 0, TimeSpan.Zero));
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true", ["Demo:Patients"] = "1", ["Demo:Password"] = "demo-password-for-tests",
        }, clock);
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Shanghai clinic", "Asia/Shanghai");
        var person = await data.CreatePatientAsync(clinic, new PatientBuilder().WithName("王建国", "Wang Jianguo").With(i => i with { PreferredLanguage = "zh-Hans" }));
        var user = await data.CreatePatientUserAsync(clinic, person);
        await Questionnaires.GiveConsentAsync(factory.Services, person, user.Id);
        var patient = await ApiClient.SignedInAsync(factory, user.Email!);
        var id = (await (await patient.PostAsJsonAsync("/api/consultations", new { }, ct)).Content.ReadFromJsonAsync<ConsultationView>(ct))!.Id;
        (await Questionnaires.SaveAsync(patient, id, Questionnaires.Complete())).EnsureSuccessStatusCode();
        (await patient.PostAsync($"/api/consultations/{id}/submit", null, ct)).EnsureSuccessStatusCode();
        var clinician = await PageSession.SignInAsync(factory, (await data.CreateStaffAsync(clinic, ClinicRole.Clinician)).Email!, TestWorld.Password);
        var workspace = $"/Consultations/{id}";
        await PageSession.SubmitAsync(clinician, workspace, new Dictionary<string, string>(), workspace + "?handler=Assign");

        var signed = await PageSession.SubmitAsync(clinician, workspace, ConsultationReportPageTests.Offer(TestWorld.Password), workspace + "?handler=Sign");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var summary = Assert.Single((await patient.GetFromJsonAsync<ConsultationView>($"/api/consultations/{id}", ct))!.Reports);
        Assert.Equal(["zh-Hans", "en"], summary.Languages);
        var reportPath = $"/api/consultations/{id}/reports/{summary.Id}";

        // The existing path answers in the patient's language; ?lang= chooses; both PDFs are the stored, signed ones.
        var chinesePdf = await patient.GetByteArrayAsync(reportPath + "/pdf", ct);
        var englishPdf = await patient.GetByteArrayAsync(reportPath + "/pdf?lang=en", ct);
        Assert.Equal(chinesePdf, await patient.GetByteArrayAsync(reportPath + "/pdf?lang=zh-Hans", ct));
        var chinese = PdfText.WithoutWhitespace(chinesePdf);
        var english = PdfText.Normalized(englishPdf);
        Assert.Contains("会诊报告", chinese, StringComparison.Ordinal);
        Assert.Contains("报告日期2026-12-07", chinese, StringComparison.Ordinal);
        Assert.Contains("于2026-12-0704:30UTC+08:00电子签署", chinese, StringComparison.Ordinal);
        Assert.Contains("ALSFRS-R文本版本ALSFRS-R简体中文译本（MndCare第1版）·非经验证的译本", chinese, StringComparison.Ordinal);
        Assert.Contains("Consultation report", english, StringComparison.Ordinal);
        Assert.Contains("Report date 2026-12-07", english, StringComparison.Ordinal);
        Assert.Contains("on 2026-12-07 04:30 UTC+08:00, version 1.", english, StringComparison.Ordinal);
        Assert.Contains("not a validated translation", english, StringComparison.Ordinal);
        Assert.Contains("MSC therapy for ALS is investigational", english, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-06", english + chinese, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(SHA256.HashData(chinesePdf), (await db.ConsultationReports.SingleAsync(r => r.Id == summary.Id, ct)).Sha256);
            var translation = await db.ConsultationReportTranslations.SingleAsync(t => t.ReportId == summary.Id, ct);
            Assert.Equal("en", translation.Language);
            Assert.Equal(SHA256.HashData(englishPdf), translation.Sha256);
        }

        // The content in JSON, in either language; a language that does not exist is refused.
        var content = (await patient.GetFromJsonAsync<SignedReport>(reportPath, ct))!;
        Assert.Equal(("zh-Hans", "会诊报告"), (content.Language, content.Document.Title));
        var englishContent = (await patient.GetFromJsonAsync<SignedReport>(reportPath + "?lang=en", ct))!;
        Assert.Equal(("en", "Consultation report", Convert.ToHexStringLower(SHA256.HashData(englishPdf))),
            (englishContent.Language, englishContent.Document.Title, englishContent.PdfSha256));
        Assert.Equal(HttpStatusCode.BadRequest, (await patient.GetAsync(reportPath + "?lang=fr", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await patient.GetAsync(reportPath + "/pdf?lang=fr", ct)).StatusCode);

        // The pages offer both languages; the page opens in the reader's language and says the clinic's time.
        var page = WebUtility.HtmlDecode(await clinician.GetStringAsync(workspace, ct));
        Assert.Contains($"href=\"/Consultations/{id}/Reports/{summary.Id}/Pdf?lang=zh-Hans\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Consultations/{id}/Reports/{summary.Id}/Pdf?lang=en\"", page, StringComparison.Ordinal);
        Assert.Contains("2026-12-07 04:30 UTC+08:00", page, StringComparison.Ordinal);
        var reportPage = WebUtility.HtmlDecode(await clinician.GetStringAsync($"/Consultations/{id}/Reports/{summary.Id}", ct));
        Assert.Contains("<h1>Consultation report</h1>", reportPage, StringComparison.Ordinal);
        Assert.Contains("2026-12-07 04:30 UTC+08:00", reportPage, StringComparison.Ordinal);
        Assert.Contains("<h1>会诊报告</h1>", await clinician.GetStringAsync($"/Consultations/{id}/Reports/{summary.Id}?lang=zh-Hans", ct), StringComparison.Ordinal);
        Assert.Equal(englishPdf, await clinician.GetByteArrayAsync($"/Consultations/{id}/Reports/{summary.Id}/Pdf?lang=en", ct));

        // The scrub checks the translation too, and finds it when it is damaged.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var scrub = scope.ServiceProvider.GetRequiredService<FileScrub>();
            Assert.Empty((await scrub.RunAsync(Actor.System("test", "test: scrub"), reclaimOrphans: false, ct)).Failures);
            await using var db = database.CreateContext();
            var translation = await db.ConsultationReportTranslations.SingleAsync(t => t.ReportId == summary.Id, ct);
            var blob = Path.Combine(factory.FilesRoot, "blobs", translation.BlobName[..2], translation.BlobName);
            var bytes = await File.ReadAllBytesAsync(blob, ct);
            bytes[^20] ^= 0x01;
            await File.WriteAllBytesAsync(blob, bytes, ct);
            var failure = Assert.Single((await scrub.RunAsync(Actor.System("test", "test: scrub"), reclaimOrphans: false, ct)).Failures);
            Assert.Equal(translation.Id, failure.FileId);
        }
        Assert.Equal(HttpStatusCode.Conflict, (await patient.GetAsync(reportPath + "/pdf?lang=en", ct)).StatusCode);
        Assert.Equal(chinesePdf, await patient.GetByteArrayAsync(reportPath + "/pdf", ct));
    }
}
