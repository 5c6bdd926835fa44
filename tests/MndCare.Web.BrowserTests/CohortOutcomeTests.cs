using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Testing.Pdf;
using MndCare.Web.BrowserTests.Pages;

namespace MndCare.Web.BrowserTests;

// Issue 10, the clinic: the clinician selects the limb- and bulbar-onset patients of the demo clinic, reads the Kaplan–Meier median with its interval,
// and downloads the ethics-committee report, which PdfPig reads back with the same median.
public sealed partial class CohortOutcomeTests(BrowserApp app)
{
    [GeneratedRegex(@"^Median \d+\.\d months \(95% CI (\d+\.\d|not reached) to (\d+\.\d|not reached)\)$")]
    private static partial Regex MedianSentence();

    [Fact]
    public async Task Clinician_SelectsByOnsetSite_ReadsTheMedian_AndDownloadsTheReport()
    {
        var (page, problems) = await app.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await new LoginPage(page).SignInAsync(DemoSeeder.EmailFor(ClinicRole.Clinician), BrowserApp.DemoPassword);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Account/Login"));
        var cohort = new CohortPage(page);

        await cohort.OpenAsync();
        foreach (var site in new[] { "Bulbar", "Upper limb", "Lower limb" })
        {
            await cohort.ChooseAsync(site);
        }
        await cohort.ShowAsync();
        var median = await cohort.ReadMedianAsync();
        var selected = await cohort.ReadFlowAsync("Patients selected");
        var pdf = await cohort.DownloadReportAsync();

        Assert.Contains("onset=bulbar&onset=upperLimb&onset=lowerLimb", page.Url, StringComparison.Ordinal);
        Assert.Contains("Onset site: Bulbar, Upper limb, Lower limb", await cohort.ReadSelectionAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+$", selected);
        Assert.Matches(MedianSentence(), median);
        var text = PdfText.Normalized(pdf);
        Assert.Contains("Cohort outcome and safety report", text, StringComparison.Ordinal);
        Assert.Contains(median, text, StringComparison.Ordinal);
        Assert.Contains("Onset site: Bulbar, Upper limb, Lower limb", text, StringComparison.Ordinal);
        Assert.Empty(problems);
    }
}
