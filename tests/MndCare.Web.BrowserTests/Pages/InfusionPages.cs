using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The infusion pages as a clinician and a nurse use them: the order, the bedside identity check, vital signs and completion.
/// Fields are found by the ids their labels point to, so the steps work in every interface language; times are the clinic's wall
/// clock (pass them in the clinic's offset).</summary>
public sealed partial class InfusionPages(IPage page)
{
    [GeneratedRegex(@"/Infusions/[0-9a-f-]{36}")]
    private static partial Regex BedsidePath();

    /// <summary>The fever banner of the bedside page.</summary>
    public ILocator FeverBanner => page.Locator("#fever");

    /// <summary>The readings outside their normal range in the readings table.</summary>
    public ILocator FlaggedReadings => page.Locator("#readings td.flagged");

    /// <summary>The infusion's status on the bedside page.</summary>
    public ILocator Status => page.Locator("#infusion-status");

    /// <summary>Orders an infusion on a course: chooses the lot, the time, the dose (×10^6 cells/kg, as the page asks) and the weight
    /// (measured now), calculates, checks the calculation is shown, orders, and returns the bedside page's path.</summary>
    public async Task<string> OrderAsync(Guid courseId, string lotNumber, decimal cellsPerKg, decimal weightKg, DateTimeOffset scheduledAt)
    {
        await page.GotoAsync($"/Courses/{courseId}/Infusions/New");
        var lot = await page.Locator("#Form_LotId option", new() { HasText = lotNumber }).GetAttributeAsync("value");
        await page.Locator("#Form_LotId").SelectOptionAsync(lot!);
        await page.Locator("#Form_ScheduledDate").FillAsync(scheduledAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Form_ScheduledTime").FillAsync(scheduledAt.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.Locator("#Form_DoseMillions").FillAsync(cellsPerKg.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_WeightKg").FillAsync(weightKg.ToString(CultureInfo.InvariantCulture));
        var weighedAt = DateTimeOffset.UtcNow.ToOffset(scheduledAt.Offset).AddMinutes(-5);
        await page.Locator("#Form_WeighedDate").FillAsync(weighedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#Form_WeighedTime").FillAsync(weighedAt.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.Locator("#calculate").ClickAsync();
        await Assertions.Expect(page.Locator("#order-preview")).ToBeVisibleAsync();
        await page.Locator("#place-order").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BedsidePath());
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Runs the bedside identity check like a barcode scanner: each code typed and followed by Enter (which must not submit),
    /// then the button. Returns the refusal as the nurse reads it, or null when the check passed and the infusion started.</summary>
    public async Task<string?> IdentityCheckAsync(string patientCode, IReadOnlyList<string> unitCodes)
    {
        ArgumentNullException.ThrowIfNull(unitCodes);
        var address = page.Url;
        await Scan(page.Locator("#Form_PatientCode"), patientCode);
        for (var i = 0; i < unitCodes.Count; i++)
        {
            await Scan(page.Locator($"#Form_UnitCodes_{i}"), unitCodes[i]);
        }
        // Enter moved the focus along and submitted nothing.
        Assert.Equal(address, page.Url);
        // Marks the page, so that the answer (the same page again on a refusal) is told from the page it replaces.
        await page.EvaluateAsync("() => document.body.dataset.checking = 'true'");
        await page.Locator("#run-identity-check").ClickAsync();
        await page.Locator("body:not([data-checking])").WaitForAsync();
        var refusal = page.Locator("#identity-errors");
        return await refusal.CountAsync() > 0 ? await refusal.InnerTextAsync() : null;
    }

    /// <summary>Records one set of vital signs taken at <paramref name="takenAt"/>.</summary>
    public async Task RecordVitalSignsAsync(DateTimeOffset takenAt, decimal temperatureCelsius, int heartRate, int systolicMmHg, int diastolicMmHg,
        int respiratoryRate, int spo2Percent)
    {
        await page.Locator("#Form_TakenAt").FillAsync(Local(takenAt));
        await page.Locator("#Form_TemperatureCelsius").FillAsync(temperatureCelsius.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_HeartRate").FillAsync(heartRate.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_SystolicMmHg").FillAsync(systolicMmHg.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_DiastolicMmHg").FillAsync(diastolicMmHg.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_RespiratoryRate").FillAsync(respiratoryRate.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_Spo2Percent").FillAsync(spo2Percent.ToString(CultureInfo.InvariantCulture));
        var before = await page.Locator("#readings tbody tr").CountAsync();
        await page.Locator("#record-vitals").ClickAsync();
        await Assertions.Expect(page.Locator("#readings tbody tr")).ToHaveCountAsync(before + 1);
    }

    /// <summary>Completes the running infusion at <paramref name="endedAt"/>.</summary>
    public async Task CompleteAsync(DateTimeOffset endedAt)
    {
        await page.Locator("#Form_EndedAt").FillAsync(Local(endedAt));
        await page.Locator("#complete-infusion").ClickAsync();
        await Assertions.Expect(page.Locator("#complete")).ToHaveCountAsync(0);
    }

    private static async Task Scan(ILocator field, string code)
    {
        await field.FillAsync(code);
        await field.PressAsync("Enter");
    }

    private static string Local(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
