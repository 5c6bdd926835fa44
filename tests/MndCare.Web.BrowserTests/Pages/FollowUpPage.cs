using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>Follow-up as its users meet it: the patient's portal reminder and home self-report of the ALSFRS-R, the nurse's due list and a
/// patient's follow-up page. Elements are found by ids and data attributes, so the steps work in every interface language.</summary>
public sealed partial class FollowUpPage(IPage page)
{
    [GeneratedRegex("/Portal/SelfReport\\?sent=true")]
    private static partial Regex Sent();

    /// <summary>Opens the portal's start page (where a due rating is reminded).</summary>
    public Task OpenPortalAsync() => page.GotoAsync("/Portal");

    /// <summary>The timepoints the portal reminds of ("month1", ...).</summary>
    public Task<IReadOnlyList<string>> RemindedTimepointsAsync() => AttributesAsync(page.Locator("#follow-up-reminders .follow-up-reminder"), "data-timepoint");

    /// <summary>Follows the reminder's link to the self-report form.</summary>
    public async Task StartSelfReportAsync()
    {
        await page.Locator("#self-report-link").ClickAsync();
        await Assertions.Expect(page.Locator("#self-report")).ToBeVisibleAsync();
    }

    /// <summary>Says who is answering: the patient themself, or a caregiver with their relationship ("spouse", "child", ...).</summary>
    public async Task AnswerAsAsync(string? caregiverRelationship = null)
    {
        await page.Locator($"#Form_EnteredBy input[value={(caregiverRelationship is null ? "patient" : "caregiver")}]").CheckAsync();
        if (caregiverRelationship is not null)
        {
            await page.Locator("#Form_Relationship").SelectOptionAsync(caregiverRelationship);
        }
    }

    /// <summary>Answers whether the patient has a feeding tube, then every item with the sentence of <paramref name="score"/> (0-4).</summary>
    public async Task RateEveryItemAsync(int score, bool feedingTube = false)
    {
        await page.Locator($"#Form_Gastrostomy input[value={(feedingTube ? "yes" : "no")}]").CheckAsync();
        var items = page.Locator("fieldset.alsfrs-item");
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            await items.Nth(i).Locator($"input[value='{score}']").CheckAsync();
        }
    }

    /// <summary>Sends the self-report and waits for the thank-you.</summary>
    public async Task SendAsync()
    {
        await page.Locator("#send-self-report").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Sent());
        await Assertions.Expect(page.Locator("#self-report-sent")).ToBeVisibleAsync();
    }

    /// <summary>The page's content width and the window's, in CSS pixels (equal when nothing scrolls sideways).</summary>
    public async Task<(int Content, int Window)> WidthsAsync()
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>Opens the clinic's due and overdue list.</summary>
    public Task OpenDueListAsync() => page.GotoAsync("/FollowUp");

    /// <summary>The open timepoints the list shows for a patient.</summary>
    public Task<IReadOnlyList<string>> ListedTimepointsAsync(Guid patientId) =>
        AttributesAsync(page.Locator($"#follow-up-list tr[data-patient='{patientId}']"), "data-timepoint");

    /// <summary>Opens a patient's follow-up page.</summary>
    public Task OpenPatientAsync(Guid patientId) => page.GotoAsync($"/Patients/{patientId}/FollowUp");

    /// <summary>A timepoint's status on the patient's follow-up page ("due", "done", ...).</summary>
    public Task<string?> StatusOfAsync(string timepoint) =>
        page.Locator($".follow-up-timepoint[data-timepoint='{timepoint}']").First.GetAttributeAsync("data-status");

    private static async Task<IReadOnlyList<string>> AttributesAsync(ILocator rows, string attribute)
    {
        var values = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            values.Add((await rows.Nth(i).GetAttributeAsync(attribute))!);
        }
        return values;
    }
}
