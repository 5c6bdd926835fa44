using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The cohort outcome page as a clinician, director or auditor uses it: choose patients, show the cohort, read the figures, download the
/// ethics-committee report. Filters and buttons are found by their labels and roles (English labels in the steps).</summary>
public sealed class CohortPage(IPage page)
{
    /// <summary>Opens "/Outcomes/Cohort" with everyone selected.</summary>
    public Task OpenAsync() => page.GotoAsync("/Outcomes/Cohort");

    /// <summary>Ticks one choice of a filter by its label ("Bulbar", "ALS", "fast" …).</summary>
    public Task ChooseAsync(string label) => page.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true }).CheckAsync();

    /// <summary>"Show the cohort": the page reloads with the selection in its address.</summary>
    public async Task ShowAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the cohort" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>The selection as the page states it.</summary>
    public Task<string> ReadSelectionAsync() => page.Locator("#selection").InnerTextAsync();

    /// <summary>A row of the cohort flow by its name ("Patients selected", "Deaths" …): the count with its interval.</summary>
    public Task<string> ReadFlowAsync(string row) =>
        page.Locator("#flow").GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = row, Exact = true }) })
            .GetByRole(AriaRole.Cell).InnerTextAsync();

    /// <summary>The Kaplan–Meier median sentence ("Median 38.5 months (95% CI 35.8 to 45.0)").</summary>
    public Task<string> ReadMedianAsync() => page.Locator("#km-median").InnerTextAsync();

    /// <summary>Downloads the ethics-committee report of the shown selection; returns the PDF.</summary>
    public async Task<byte[]> DownloadReportAsync()
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the ethics-committee report (PDF)" }).ClickAsync());
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }
}
