using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The adverse-event pages as staff use them: record an event, assess causality for a lot, and the safety officer's due
/// list. Fields are found by the ids their labels point to and by values, so the steps work in every interface language.</summary>
public sealed partial class AdverseEventPage(IPage page)
{
    [GeneratedRegex(@"/AdverseEvents/[0-9a-f-]{36}$")]
    private static partial Regex DetailsPath();

    /// <summary>The event's status on its page.</summary>
    public ILocator Status => page.Locator("#ae-status");

    /// <summary>Records an event for the patient with <paramref name="mrn"/>: a shipped term key (or a free term), the grade, the onset
    /// and the ICH E2A criteria (wire names); returns the event page's path.</summary>
    public async Task<string> RecordAsync(string mrn, string term, int grade, DateOnly onsetOn, params string[] seriousness)
    {
        ArgumentNullException.ThrowIfNull(seriousness);
        await page.GotoAsync("/AdverseEvents/Record");
        await page.Locator("#mrn").FillAsync(mrn);
        await page.Locator("#find").ClickAsync();
        if (await page.Locator($"#Form_Term option[value='{term}']").CountAsync() > 0)
        {
            await page.Locator("#Form_Term").SelectOptionAsync(term);
        }
        else
        {
            await page.Locator("#Form_Term").SelectOptionAsync("other");
            await page.Locator("#Form_OtherTerm").FillAsync(term);
        }
        await page.Locator($"#grades input[value='{grade.ToString(CultureInfo.InvariantCulture)}']").CheckAsync();
        await page.Locator("#Form_OnsetOn").FillAsync(onsetOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var criterion in seriousness)
        {
            await page.Locator($"#seriousness input[value='{criterion}']").CheckAsync();
        }
        await page.Locator("#save-ae").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DetailsPath());
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>On an event's page, gives the lot suspect whose label holds <paramref name="lotNumber"/> a WHO-UMC category (wire name)
    /// and saves.</summary>
    public async Task AssessLotCausalityAsync(string eventPath, string lotNumber, string causality)
    {
        await page.GotoAsync(eventPath);
        var row = page.Locator("#suspects tbody tr", new() { HasText = lotNumber }).First;
        await row.Locator("select").SelectOptionAsync(causality);
        await page.Locator("#save-causality").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(DetailsPath());
    }

    /// <summary>Opens the safety officer's due list.</summary>
    public async Task OpenDueListAsync() => await page.GotoAsync("/AdverseEvents/Due");

    /// <summary>The deadline shown for the event with <paramref name="term"/> on the open list, and its page's path.</summary>
    public async Task<(string Deadline, string Path)> ReadDeadlineAsync(string term)
    {
        var row = page.Locator("#events tbody tr", new() { HasText = term }).First;
        var path = await row.Locator("a").First.GetAttributeAsync("href");
        return ((await row.Locator("td.deadline").InnerTextAsync()).Trim(), path!);
    }

    /// <summary>The deadline the open list shows for the event whose page is <paramref name="eventPath"/>.</summary>
    public async Task<string> ReadDeadlineOfAsync(string eventPath)
    {
        var row = page.Locator("#events tbody tr").Filter(new() { Has = page.Locator($"a[href='{eventPath}']") });
        return (await row.Locator("td.deadline").InnerTextAsync()).Trim();
    }
}
