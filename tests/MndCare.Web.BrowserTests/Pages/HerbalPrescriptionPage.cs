using System.Globalization;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The herbal prescription pages as a TCM practitioner uses them: a new prescription for a patient, herbs typed by pinyin
/// with their doses, the botanical source confirmed and the riluzole warning acknowledged, then signed with the password. Fields are
/// found by ids and numbered item rows, so the steps work in both interface languages.</summary>
public sealed class HerbalPrescriptionPage(IPage page)
{
    private int _rows;

    /// <summary>The state of the prescription on its page (draft, signed).</summary>
    public ILocator State => page.Locator("#prescription-state");

    /// <summary>The findings listed on the prescription's page, each with its code in data-code.</summary>
    public ILocator Findings => page.Locator("#findings li");

    /// <summary>Opens a new prescription for the patient.</summary>
    public async Task OpenNewAsync(Guid patientId)
    {
        await page.GotoAsync($"/Patients/{patientId}/HerbalPrescriptions/New");
        _rows = 0;
    }

    /// <summary>Types a herb by its pinyin into the next empty item row, with its dose in g/day.</summary>
    public async Task AddHerbAsync(string pinyin, decimal doseGramsPerDay)
    {
        await page.Locator($"input[name='Items[{_rows}].Herb']").FillAsync(pinyin);
        await page.Locator($"input[name='Items[{_rows}].Dose']").FillAsync(doseGramsPerDay.ToString(CultureInfo.InvariantCulture));
        _rows++;
    }

    /// <summary>Saves the draft; the prescription's page opens with its findings.</summary>
    public Task SaveDraftAsync() => page.Locator("#save-draft").ClickAsync();

    /// <summary>Confirms the botanical source of a substitution-liable herb (by its catalogue id, e.g. "xi-xin").</summary>
    public Task ConfirmSourceAsync(string herbId, string botanicalSource) => page.Locator($"#source-{herbId}").FillAsync(botanicalSource);

    /// <summary>Acknowledges the riluzole + hepatotoxic herb warning.</summary>
    public Task AcknowledgeWarningAsync() => page.Locator("#acknowledge-riluzole").CheckAsync();

    /// <summary>Signs with the password.</summary>
    public async Task SignAsync(string password)
    {
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-prescription").ClickAsync();
    }
}
