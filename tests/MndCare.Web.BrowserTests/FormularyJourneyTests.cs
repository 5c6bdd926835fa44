using Microsoft.EntityFrameworkCore;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, round 2: the practitioner finds a herb by pinyin, writes a formula template, and a new prescription offers it.
public sealed class FormularyJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task PractitionerAddsAFormulaTemplate_AndANewPrescriptionOffersIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var patientUser = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSeeder.EmailFor(ClinicRole.Patient), ct);
        var patientId = (await db.ClinicMemberships.AsNoTracking().SingleAsync(m => m.UserId == patientUser.Id, ct)).PatientId!.Value;

        var (practitioner, problems) = await app.NewPageAsync();
        await practitioner.GotoAsync("/Account/Login");
        await new LoginPage(practitioner).SignInAsync(DemoSeeder.EmailFor(ClinicRole.TcmPractitioner), BrowserApp.DemoPassword);
        var formulary = new FormularyPage(practitioner);
        await formulary.SearchHerbsAsync("huangqi");
        var found = await formulary.Herbs.AllInnerTextsAsync();
        await formulary.AddTemplateAsync("浏览器测试方", "Browser test formula", ("Huang Qi", 15m), ("甘草", 6m));
        var offered = await formulary.TemplatesOfferedAsync(patientId);
        await BrowserApp.ScreenshotAsync(practitioner, "formula-template-offered");

        Assert.Contains(found, h => h.Contains("黄芪", StringComparison.Ordinal));
        Assert.Contains(offered, o => o.Contains("浏览器测试方", StringComparison.Ordinal) && o.Contains("Browser test formula", StringComparison.Ordinal));
        Assert.Empty(problems);
    }
}
