using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>A patient's lab page as a clinician or nurse uses it: enter a result, then read its grade and alerts. Fields are found by the
/// ids their labels point to, so the steps work in every interface language.</summary>
public sealed partial class LabResultsPage(IPage page)
{
    [GeneratedRegex(@"recorded=([0-9a-f-]{36})")]
    private static partial Regex RecordedId();

    /// <summary>Opens the lab page of a patient.</summary>
    public Task OpenAsync(Guid patientId) => page.GotoAsync($"/Labs/Patient/{patientId}");

    /// <summary>The prompt for a neutrophil count after fever on riluzole.</summary>
    public ILocator NeutrophilPrompt => page.Locator("#neutrophil-prompt");

    /// <summary>Enters a result (test by wire name, value, UCUM unit, the reference limit in that unit) and returns the new result's id.</summary>
    public async Task<Guid> EnterResultAsync(string test, decimal value, string unit, decimal referenceLimit)
    {
        await page.Locator("#Form_Test").SelectOptionAsync(test);
        await page.Locator("#Form_Value").FillAsync(value.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_Unit").SelectOptionAsync(unit);
        await page.Locator("#Form_Limit").FillAsync(referenceLimit.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#record-result").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(RecordedId());
        return Guid.Parse(RecordedId().Match(page.Url).Groups[1].Value);
    }

    /// <summary>The grade of a result as the page shows it, e.g. "Grade 2 (CTCAE 5.0)".</summary>
    public Task<string> GradeOfAsync(Guid resultId) => page.Locator($"#result-{resultId} .lab-grade").InnerTextAsync();

    /// <summary>The alert codes shown on a result (for example "altAbove3xUln").</summary>
    public async Task<IReadOnlyList<string>> AlertsOfAsync(Guid resultId)
    {
        var alerts = page.Locator($"#result-{resultId} .lab-alert");
        var codes = new List<string>();
        for (var i = 0; i < await alerts.CountAsync(); i++)
        {
            codes.Add((await alerts.Nth(i).GetAttributeAsync("data-alert"))!);
        }
        return codes;
    }
}
