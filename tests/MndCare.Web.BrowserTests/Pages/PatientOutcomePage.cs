using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>A patient's outcome page (issue 10, "Each patient") as a clinician uses it: opened from the patient record, read period
/// by period, another course chosen. Parts are found by their ids, so the steps work in every interface language.</summary>
public sealed class PatientOutcomePage(IPage page)
{
    /// <summary>Opens the patient record and follows its link to the outcome page.</summary>
    public async Task OpenFromPatientRecordAsync(Guid patientId)
    {
        await page.GotoAsync($"/Patients/{patientId}");
        await page.Locator("#patient-outcome").ClickAsync();
    }

    /// <summary>Opens the outcome page directly, around <paramref name="courseId"/> when given.</summary>
    public Task OpenAsync(Guid patientId, Guid? courseId = null) =>
        page.GotoAsync($"/Patients/{patientId}/Outcomes" + (courseId is { } id ? $"?course={id}" : string.Empty));

    /// <summary>Chooses another of the patient's courses in the picker and shows it.</summary>
    public async Task ChooseCourseAsync(Guid courseId)
    {
        await page.Locator("#course").SelectOptionAsync(courseId.ToString("D"));
        await page.Locator("#course-analysed form button[type=submit]").ClickAsync();
    }

    /// <summary>The wording that one patient's change in slope cannot show that a treatment works, and the evidence statement.</summary>
    public ILocator HonestWording => page.Locator("#honest-wording");

    /// <summary>The slope row of a period: "beforeCourse", "afterCourse", or "change" for their difference.</summary>
    public ILocator SlopeRow(string period) => page.Locator(period == "change" ? "#slope-change" : $"#slope-{period}");

    /// <summary>A chart by its section: "alsfrs", "fvc", "weight", or "trend" (the expected ranges).</summary>
    public ILocator Chart(string name) => page.Locator(name == "trend" ? "#expected-ranges svg" : $"#chart-{name} svg");

    /// <summary>The ENCALS section: the curve and the actual status, or why there is no prediction.</summary>
    public ILocator Encals => page.Locator("#encals-status");

    /// <summary>The D50 section.</summary>
    public ILocator D50 => page.Locator("#d50-phase");

    /// <summary>Content width and window width in CSS pixels, to check that nothing scrolls sideways.</summary>
    public Task<int[]> WidthsAsync() => page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
}
