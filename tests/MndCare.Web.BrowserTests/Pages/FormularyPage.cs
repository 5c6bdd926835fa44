using System.Globalization;
using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The clinic's formulary pages as a TCM practitioner uses them: search the herb catalogue, write a formula template
/// (names, herbs typed in any name form, default g/day) and see it offered on a new prescription. Fields by label or id, so the
/// steps work in both interface languages.</summary>
public sealed class FormularyPage(IPage page)
{
    /// <summary>The herb rows the catalogue shows.</summary>
    public ILocator Herbs => page.Locator("#herbs tr.herb");

    /// <summary>Searches the herb catalogue by pinyin, characters or Latin name.</summary>
    public async Task SearchHerbsAsync(string query)
    {
        await page.GotoAsync("/Tcm/Herbs?q=" + Uri.EscapeDataString(query));
    }

    /// <summary>Writes and saves a new formula template; herbs with their default doses in g/day.</summary>
    public async Task AddTemplateAsync(string nameChinese, string nameEnglish, params (string Herb, decimal Dose)[] herbs)
    {
        await page.GotoAsync("/Tcm/Formulas/Edit");
        await page.Locator("#NameChinese").FillAsync(nameChinese);
        await page.Locator("#NameEnglish").FillAsync(nameEnglish);
        for (var i = 0; i < herbs.Length; i++)
        {
            await page.Locator($"input[name='Items[{i}].Herb']").FillAsync(herbs[i].Herb);
            await page.Locator($"input[name='Items[{i}].Dose']").FillAsync(herbs[i].Dose.ToString(CultureInfo.InvariantCulture));
        }
        await page.Locator("#save-template").ClickAsync();
    }

    /// <summary>The templates a new prescription for the patient offers (the option texts of its template choice).</summary>
    public async Task<IReadOnlyList<string>> TemplatesOfferedAsync(Guid patientId)
    {
        await page.GotoAsync($"/Patients/{patientId}/HerbalPrescriptions/New");
        return await page.Locator("#TemplateId option").AllInnerTextsAsync();
    }
}
