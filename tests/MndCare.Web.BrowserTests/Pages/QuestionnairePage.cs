using Microsoft.Playwright;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The portal's questionnaire, filled in as a family would (found by field ids, so it works in every language).</summary>
public sealed class QuestionnairePage(IPage page)
{
    private static readonly string[] Items = ["speech", "salivation", "swallowing", "handwriting", "cuttingWithoutGastrostomy", "dressing", "turning",
        "walking", "climbing", "dyspnea", "orthopnea", "respiratoryInsufficiency"];

    /// <summary>Fills every answer the clinic needs before the request can be sent (self-rated ALSFRS-R total 44).</summary>
    public async Task FillCompleteAsync()
    {
        await page.Locator("#Form_OnsetDate").FillAsync("2024-03-01");
        await page.Locator("#Form_OnsetSite").SelectOptionAsync("upperLimb");
        await page.Locator("#Form_DiagnosisDate").FillAsync("2026-01-20");
        await page.Locator("#Form_Diagnosis").SelectOptionAsync("als");
        await page.Locator("#Form_DiagnosedBy").FillAsync("Neurology department");
        foreach (var item in Items)
        {
            await page.Locator($"#Form_Alsfrsr_{item}").SelectOptionAsync(item is "handwriting" or "climbing" ? "2" : "4");
        }
        foreach (var (field, value) in new[] { ("BreathingSupport", "none"), ("Gastrostomy", "no"), ("GeneticTesting", "notTested"), ("FamilyHistory", "no"),
            ("CognitiveOrBehaviouralChange", "no"), ("TakesRiluzole", "yes"), ("TakesEdaravone", "no"), ("TakesTofersen", "no"),
            ("EarlierStemCellTreatment", "no"), ("EarlierTcmTreatment", "no") })
        {
            await page.Locator($"#Form_{field}").SelectOptionAsync(value);
        }
    }
}
