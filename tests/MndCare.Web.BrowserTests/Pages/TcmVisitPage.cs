using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The TCM practitioner's pages (docs/tcm/visits-and-sessions.md): a new visit with patterns, an acupuncture session with
/// points found by pinyin, and the patient's TCM record read back. Steps find elements by their labels in the page's language (<see cref="Ui"/>); the reading step
/// returns the text as shown, in whatever language the page is in.</summary>
public sealed partial class TcmVisitPage(IPage page, Ui? ui = null)
{
    private readonly Ui _ui = ui ?? Ui.English;

    [GeneratedRegex("/Tcm/Visits/[0-9a-f-]{36}$")]
    private static partial Regex RecordPath();

    /// <summary>Opens "New TCM visit" for the patient (from their TCM record page).</summary>
    public async Task OpenNewVisitAsync(Guid patientId)
    {
        await page.GotoAsync($"/Tcm/Visits/{patientId}");
        await page.GetByRole(AriaRole.Link, new() { Name = _ui["New TCM visit"] }).ClickAsync();
    }

    /// <summary>Ticks each pattern by its English name (e.g. "Spleen-stomach deficiency").</summary>
    public async Task ChoosePatternsAsync(params string[] englishNames)
    {
        foreach (var name in englishNames)
        {
            await page.GetByLabel(name).CheckAsync();
        }
    }

    /// <summary>Types the tongue and the pulse.</summary>
    public async Task DescribeTongueAndPulseAsync(string tongue, string pulse)
    {
        await page.GetByLabel(_ui["Tongue"], new() { Exact = true }).FillAsync(tongue);
        await page.GetByLabel(_ui["Pulse"], new() { Exact = true }).FillAsync(pulse);
    }

    /// <summary>"Save the visit"; waits for the patient's TCM record page.</summary>
    public async Task SaveVisitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = _ui["Save the visit"] }).ClickAsync();
        await page.WaitForURLAsync(RecordPath());
    }

    /// <summary>From the TCM record page: "Record acupuncture".</summary>
    public async Task OpenAcupunctureAsync(Guid patientId)
    {
        await page.GotoAsync($"/Tcm/Visits/{patientId}");
        await page.GetByRole(AriaRole.Link, new() { Name = _ui["Record acupuncture"] }).ClickAsync();
    }

    /// <summary>Types a point's pinyin (e.g. "zusanli") in the next point row, keyboard only, and picks its side by its label
    /// ("Left", "Right", "Bilateral", "Midline").</summary>
    /// <param name="row">The row, from 1.</param>
    /// <param name="pinyin">The point's pinyin, typed key by key.</param>
    /// <param name="side">The side's English label.</param>
    public async Task AddPointAsync(int row, string pinyin, string side)
    {
        var field = page.GetByLabel(_ui["Point {0}", row], new() { Exact = true });
        await field.FocusAsync();
        await page.Keyboard.TypeAsync(pinyin);
        await page.GetByLabel(_ui["Side of point {0}", row], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = side });
    }

    /// <summary>Technique by its label ("Manual needling" or "Electro-acupuncture"), the frequency in Hz (electro only) and the retention.</summary>
    public async Task SetNeedlingAsync(string technique, decimal? frequencyHz, int retentionMinutes)
    {
        await page.GetByLabel(_ui["Technique"], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = technique });
        if (frequencyHz is { } hz)
        {
            await page.GetByLabel(_ui["Frequency (Hz, electro-acupuncture only)"]).FillAsync(hz.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await page.GetByLabel(_ui["Needle retention (minutes)"]).FillAsync(retentionMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>"Save the session"; waits for the record page (or the course page, for a slot).</summary>
    public async Task SaveSessionAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = _ui["Save the session"] }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/(Tcm/Visits|Courses)/[0-9a-f-]{36}"));
    }

    /// <summary>The patient's TCM record as shown: the visits' and the sessions' rows.</summary>
    public async Task<(IReadOnlyList<string> Visits, IReadOnlyList<string> Sessions)> ReadRecordAsync(Guid patientId)
    {
        await page.GotoAsync($"/Tcm/Visits/{patientId}");
        return (await page.Locator("tr.tcm-visit").AllInnerTextsAsync(), await page.Locator("tr.tcm-session").AllInnerTextsAsync());
    }
}
