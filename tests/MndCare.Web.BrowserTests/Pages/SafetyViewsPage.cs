using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The safety views as a clinician or auditor uses them: the clinic's rates and a patient's safety timeline. Rows are found by
/// their keys and kinds, so the steps work in every interface language.</summary>
public sealed class SafetyViewsPage(IPage page)
{
    /// <summary>Opens the clinic's adverse-event rates.</summary>
    public Task OpenClinicRatesAsync() => page.GotoAsync("/Safety");

    /// <summary>The sentence of one rate row ("1 of 2 patients (50.0%, 95% CI 1.2–98.8%)"); the key is "any", a CTCAE term, a grade
    /// ("3"), "serious", "nonSerious" or a suspect ("lot:{id}", "herbBatch:{herb}/{batch}").</summary>
    public Task<string> ReadRateAsync(string key) => page.Locator($"tr[data-key=\"{key}\"] .rate").InnerTextAsync();

    /// <summary>The number of patients exposed as the page states it.</summary>
    public Task<string> ReadPatientsExposedAsync() => page.Locator("#patients-exposed").InnerTextAsync();

    /// <summary>Opens a patient's safety timeline.</summary>
    public Task OpenPatientTimelineAsync(Guid patientId) => page.GotoAsync($"/Safety/Patient/{patientId}");

    /// <summary>The timeline's rows of one kind ("Infusion", "TcmSession", "LabResult", "AdverseEvent").</summary>
    public ILocator TimelineRows(string kind) => page.Locator($"#timeline tr[data-kind=\"{kind}\"]");
}
