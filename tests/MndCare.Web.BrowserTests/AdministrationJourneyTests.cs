using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Auditing;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 7, everyday administration: an administrator invites a nurse who accepts and signs in; the patient list pages;
// the auditor filters the audit trail and exports it. In both languages.
public sealed class AdministrationJourneyTests(BrowserApp app)
{
    public static TheoryData<string, string> Languages() => new()
    {
        { "en-GB", "Staff" },
        { "zh-CN", "工作人员" },
    };

    public static TheoryData<string> Locales() => ["en-GB", "zh-CN"];

    private async Task<(IPage Page, List<string> Problems)> SignedInAsync(ClinicRole role, string locale)
    {
        var (page, problems) = await app.NewPageAsync(locale);
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(role), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        return (page, problems);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Administrator_InvitesANurse_WhoAcceptsTheInvitation_AndSignsIn(string locale, string staffHeading)
    {
        var email = $"nurse-{Guid.NewGuid():N}@example.org";
        var name = $"林护士 {locale}";
        const string password = "a-quiet-lantern-by-the-river";
        var (admin, adminProblems) = await SignedInAsync(ClinicRole.Administrator, locale);

        await admin.Locator("nav a[href='/Admin/Staff']").ClickAsync();
        await Assertions.Expect(admin.Locator("h1")).ToHaveTextAsync(staffHeading);
        await admin.Locator("#Form_Email").FillAsync(email);
        await admin.Locator("#Form_DisplayName").FillAsync(name);
        await admin.Locator("#Form_Role").SelectOptionAsync("nurse");
        await admin.Locator("#invite button[type=submit]").ClickAsync();
        await Assertions.Expect(admin.Locator("#staff")).ToContainTextAsync(email);
        await BrowserApp.ScreenshotAsync(admin, "staff-" + locale);
        // Demo mode sends no e-mail: the link is shown to the administrator, who passes it on.
        var link = await admin.Locator("#invitation-link").GetAttributeAsync("href");

        var (nurse, nurseProblems) = await app.NewPageAsync(locale);
        await nurse.GotoAsync(link!);
        await Assertions.Expect(nurse.Locator("main")).ToContainTextAsync(name);
        await nurse.Locator("#Password").FillAsync(password);
        await nurse.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(nurse.Locator("#accepted")).ToBeVisibleAsync();
        await nurse.Locator("main a[href='/Account/Login']").ClickAsync();
        await new LoginPage(nurse).SignInAsync(email, password);
        await nurse.Locator("nav a[href='/Patients']").ClickAsync();
        await Assertions.Expect(nurse.Locator("#patients")).ToBeVisibleAsync();

        await admin.ReloadAsync();
        await admin.Locator("#staff").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(admin.Locator("#status")).ToHaveTextAsync(locale == "en-GB" ? "Active" : "已启用");
        Assert.Empty(adminProblems);
        Assert.Empty(nurseProblems);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Clinician_PagesThePatientList_ToPageTwo(string locale)
    {
        var (page, problems) = await SignedInAsync(ClinicRole.Clinician, locale);

        await page.GotoAsync("/Patients");
        var firstOnPageOne = await page.Locator("#patients tbody tr").First.InnerTextAsync();
        await page.Locator("nav.pager a[rel=next]").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/Patients\?(q=&)?page=2$"));
        await Assertions.Expect(page.Locator("#page-number")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator("#patients tbody tr").First).Not.ToHaveTextAsync(firstOnPageOne);
        await Assertions.Expect(page.Locator("nav.pager a[rel=prev]")).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task Auditor_FiltersTheAuditTrail_AndExportsIt(string locale)
    {
        var (page, problems) = await SignedInAsync(ClinicRole.Auditor, locale);

        await page.GotoAsync("/Audit");
        await page.Locator("#action").SelectOptionAsync("auth.login");
        await page.Locator("#outcome").SelectOptionAsync("Success");
        await page.Locator("#audit-filter button[type=submit]:not([name])").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("action=auth.login"));
        var rows = page.Locator("#audit-events tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        foreach (var row in await rows.AllAsync())
        {
            await Assertions.Expect(row).ToContainTextAsync("auth.login");
        }
        await BrowserApp.ScreenshotAsync(page, "audit-" + locale);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var csv = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // Excel reads the file as UTF-8, so Chinese shows
        Assert.StartsWith((locale == "en-GB" ? AuditCsv.Columns[0] : "序号") + ",", csv, StringComparison.Ordinal);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(",auth.login,Success,", line, StringComparison.Ordinal));
        Assert.Empty(problems);
    }
}
