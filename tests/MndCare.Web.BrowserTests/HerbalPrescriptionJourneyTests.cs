using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, herbal prescriptions: the TCM practitioner prescribes by pinyin for the portal patient (on riluzole, like every demo course
// patient), confirms the botanical source of Xi Xin, acknowledges the riluzole warning for He Shou Wu and signs with the password; a herb
// with aristolochic acid is refused, named as typed and in characters.
public sealed class HerbalPrescriptionJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task Practitioner_PrescribesByPinyin_ConfirmsTheSource_AcknowledgesRiluzole_Signs_AndIsRefusedGuanMuTong()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var patientUser = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSeeder.EmailFor(ClinicRole.Patient), ct);
        var patientId = (await db.ClinicMemberships.AsNoTracking().SingleAsync(m => m.UserId == patientUser.Id, ct)).PatientId!.Value;
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.TcmPractitioner), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var prescription = new HerbalPrescriptionPage(page);

        await prescription.OpenNewAsync(patientId);
        await prescription.AddHerbAsync("xi xin", 3m);
        await prescription.AddHerbAsync("he shou wu", 10m);
        await prescription.SaveDraftAndOpenAsync();
        var codes = await prescription.Findings.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)");
        await prescription.ConfirmSourceAsync("细辛", "Asarum heterotropoides, root and rhizome");
        await prescription.AcknowledgeWarningAsync();
        await prescription.SignAsync(BrowserApp.DemoPassword);
        await BrowserApp.ScreenshotAsync(page, "herbal-prescription-signed");

        await Assertions.Expect(prescription.State).ToContainTextAsync("Signed");
        await Assertions.Expect(page.Locator("#signed-by")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#riluzole-acknowledged")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#items")).ToContainTextAsync("Asarum heterotropoides, root and rhizome");
        Assert.Contains("confirmBotanicalSource", codes);
        Assert.Contains("riluzoleWithHepatotoxicHerb", codes);

        await prescription.OpenNewAsync(patientId);
        await prescription.AddHerbAsync("guan mu tong", 6m);
        await prescription.SaveDraftAsync();
        await Assertions.Expect(prescription.Refusal).ToContainTextAsync("\"guan mu tong\" is 关木通: it contains aristolochic acid and can never be prescribed.");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/HerbalPrescriptions/New$"));
        Assert.Empty(problems);
    }
}
