using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The herbal prescription pages as a TCM practitioner uses them: a new prescription for a patient, herbs typed by pinyin
/// with their doses, the botanical source confirmed and the riluzole warning acknowledged, then signed with the password. Fields and
/// buttons are found by their accessible names in the page's language (<see cref="Ui"/>).</summary>
public sealed partial class HerbalPrescriptionPage(IPage page, Ui? ui = null)
{
    private readonly Ui _ui = ui ?? Ui.English;
    private int _rows;

    [GeneratedRegex("/HerbalPrescriptions/[0-9a-f-]{36}$")]
    private static partial Regex DetailsPath();

    /// <summary>The state of the prescription on its page (draft, signed).</summary>
    public ILocator State => page.Locator("#prescription-state");

    /// <summary>The findings listed on the prescription's page, each with its code in data-code.</summary>
    public ILocator Findings => page.Locator("#findings li");

    /// <summary>Why the draft was refused (the error summary of the new prescription's page).</summary>
    public ILocator Refusal => page.Locator("#prescription-errors");

    /// <summary>From the patient's herbal prescriptions: "New herbal prescription".</summary>
    public async Task OpenNewAsync(Guid patientId)
    {
        await page.GotoAsync($"/Patients/{patientId}/HerbalPrescriptions");
        await page.GetByRole(AriaRole.Link, new() { Name = _ui["New herbal prescription"], Exact = true }).ClickAsync();
        _rows = 0;
    }

    /// <summary>Types a herb by its pinyin into the next empty item row, with its dose in g/day.</summary>
    public async Task AddHerbAsync(string pinyin, decimal doseGramsPerDay)
    {
        _rows++;
        await page.GetByLabel(_ui["Herb {0}", _rows], new() { Exact = true }).FillAsync(pinyin);
        await page.GetByLabel(_ui["Dose of herb {0} (g/day)", _rows], new() { Exact = true }).FillAsync(doseGramsPerDay.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>"Save the draft"; the prescription's page opens with its findings (or the form shows the refusal).</summary>
    public Task SaveDraftAsync() => page.GetByRole(AriaRole.Button, new() { Name = _ui["Save the draft"], Exact = true }).ClickAsync();

    /// <summary>Saves the draft and waits for the prescription's page.</summary>
    public async Task SaveDraftAndOpenAsync()
    {
        await SaveDraftAsync();
        await page.WaitForURLAsync(DetailsPath());
    }

    /// <summary>Confirms the botanical source of a substitution-liable herb, named in Chinese characters (e.g. "细辛").</summary>
    public Task ConfirmSourceAsync(string chinese, string botanicalSource) =>
        page.GetByLabel(_ui["Botanical source confirmed for {0} (species and part)", chinese], new() { Exact = true }).FillAsync(botanicalSource);

    /// <summary>Acknowledges the riluzole + hepatotoxic herb warning.</summary>
    public Task AcknowledgeWarningAsync() =>
        page.GetByLabel(_ui["I acknowledge the riluzole warning for the hepatotoxic herbs above."]).CheckAsync();

    /// <summary>Signs with the password; waits for the signed version.</summary>
    public async Task SignAsync(string password)
    {
        await page.GetByLabel(_ui["Your password"], new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = _ui["Sign"], Exact = true }).ClickAsync();
        await Assertions.Expect(State).ToContainTextAsync(_ui["Signed"]);
    }
}
