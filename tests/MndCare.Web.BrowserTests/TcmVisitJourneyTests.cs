using Microsoft.EntityFrameworkCore;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 9, "TCM": the practitioner records patterns and an acupuncture session with points found by pinyin, in English;
// the record reads back in Chinese with Chinese and English names.
public sealed class TcmVisitJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task PractitionerRecordsPatternsAndAcupuncture_ByPinyin_AndReadsThemBackInChinese()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var patientUser = await db.Users.AsNoTracking().SingleAsync(u => u.Email == DemoSeeder.EmailFor(ClinicRole.Patient), ct);
        var patientId = (await db.ClinicMemberships.AsNoTracking().SingleAsync(m => m.UserId == patientUser.Id, ct)).PatientId!.Value;

        var (practitioner, problems) = await app.NewPageAsync();
        await practitioner.GotoAsync("/Account/Login");
        await new LoginPage(practitioner).SignInAsync(DemoSeeder.EmailFor(ClinicRole.TcmPractitioner), BrowserApp.DemoPassword);
        var tcm = new TcmVisitPage(practitioner);
        await tcm.OpenNewVisitAsync(patientId);
        await tcm.ChoosePatternsAsync("Spleen-stomach deficiency", "Liver-kidney yin deficiency");
        await tcm.DescribeTongueAndPulseAsync("舌红少苔（浏览器测试）", "脉细数");
        await tcm.SaveVisitAsync();
        await tcm.OpenAcupunctureAsync(patientId);
        await tcm.AddPointAsync(1, "zusanli", "Bilateral");
        await tcm.AddPointAsync(2, "baihui", "Midline");
        await tcm.SetNeedlingAsync("Electro-acupuncture", 2m, 30);
        await tcm.SaveSessionAsync();
        await BrowserApp.ScreenshotAsync(practitioner, "tcm-record-en");

        var (chinese, chineseProblems) = await app.NewPageAsync("zh-CN");
        await chinese.GotoAsync("/Account/Login");
        await new LoginPage(chinese).SignInAsync(DemoSeeder.EmailFor(ClinicRole.TcmPractitioner), BrowserApp.DemoPassword);
        var (visits, sessions) = await new TcmVisitPage(chinese).ReadRecordAsync(patientId);
        await BrowserApp.ScreenshotAsync(chinese, "tcm-record-zh");

        var visit = Assert.Single(visits, v => v.Contains("舌红少苔（浏览器测试）", StringComparison.Ordinal));
        Assert.Contains("脾胃虚弱", visit, StringComparison.Ordinal);
        Assert.Contains("Spleen-stomach deficiency", visit, StringComparison.Ordinal);
        Assert.Contains("肝肾阴虚", visit, StringComparison.Ordinal);
        Assert.Contains(sessions, s => s.Contains("ST36", StringComparison.Ordinal) && s.Contains("足三里", StringComparison.Ordinal)
            && s.Contains("双侧", StringComparison.Ordinal) && s.Contains("百会", StringComparison.Ordinal) && s.Contains("电针", StringComparison.Ordinal));
        Assert.Empty(problems);
        Assert.Empty(chineseProblems);
    }
}
