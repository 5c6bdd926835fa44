using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Time;

namespace MndCare.Web.BrowserTests.Pages;

/// <summary>The cell-lab pages, one method per step a cell-lab user takes: register a donor and a lot, enter results, release,
/// recall and record hand-offs. Fields are found by their ids (the same in every interface language), buttons by their ids.</summary>
public sealed partial class CellLabPage(IPage page)
{
    private static readonly string[] Markers = ["hiv", "hbv", "hcv", "syphilis", "htlv", "cmv"];

    [GeneratedRegex(@"/CellLab/Lots/([0-9a-f-]{36})$")]
    private static partial Regex LotUrl();

    /// <summary>Registers a donor with consent and a non-reactive result for every marker, tested on <paramref name="testedOn"/>.</summary>
    public async Task CreateDonorAsync(string donorCode, DateOnly consentedOn, DateOnly testedOn)
    {
        await page.GotoAsync("/CellLab/Donors/New");
        await page.Locator("#Form_DonorCode").FillAsync(donorCode);
        await page.Locator("#Form_ConsentedOn").FillAsync(ClinicTime.Format(consentedOn));
        foreach (var marker in Markers)
        {
            await page.Locator($"#result-{marker}").SelectOptionAsync("nonReactive");
            await page.Locator($"input[name='Form.Screening.TestedOn[{marker}]']").FillAsync(ClinicTime.Format(testedOn));
        }
        await page.Locator("#register-donor").ClickAsync();
        await Assertions.Expect(page.Locator("#donor-title")).ToContainTextAsync(donorCode);
    }

    /// <summary>Registers a lot from the new-lot form (the fields of POST /api/lots) and returns its id.</summary>
    public async Task<Guid> CreateLotAsync(string lotNumber, string donorCode, DateOnly manufacturedOn, DateOnly expiresOn, int unitsProduced = 3,
        long cellsPerUnit = 100_000_000, int passage = 4, int? thawToEndLimitMinutes = null)
    {
        await page.GotoAsync("/CellLab");
        await page.Locator("#new-lot").ClickAsync();
        await page.Locator("#Form_LotNumber").FillAsync(lotNumber);
        await page.Locator("#Form_DonorCode").FillAsync(donorCode);
        await page.Locator("#Form_ManufacturedOn").FillAsync(ClinicTime.Format(manufacturedOn));
        await page.Locator("#Form_ExpiresOn").FillAsync(ClinicTime.Format(expiresOn));
        await page.Locator("#Form_Passage").FillAsync(passage.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_CellsPerUnit").FillAsync(cellsPerUnit.ToString(CultureInfo.InvariantCulture));
        await page.Locator("#Form_UnitsProduced").FillAsync(unitsProduced.ToString(CultureInfo.InvariantCulture));
        if (thawToEndLimitMinutes is { } limit)
        {
            await page.Locator("#Form_ThawToEndLimitMinutes").FillAsync(limit.ToString(CultureInfo.InvariantCulture));
        }
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(LotUrl());
        return Guid.Parse(LotUrl().Match(page.Url).Groups[1].Value);
    }

    /// <summary>Opens a lot's page.</summary>
    public async Task OpenLotAsync(Guid lotId) => await page.GotoAsync($"/CellLab/Lots/{lotId}");

    /// <summary>Enters release results within the default specification (ISCT thresholds; docs/therapy/cell-product.md) and waits for the
    /// judgement.</summary>
    public async Task EnterResultsWithinSpecificationAsync(Guid lotId)
    {
        await OpenLotAsync(lotId);
        var results = new Dictionary<string, string>
        {
            ["viabilityPercent"] = "92", ["cd73Percent"] = "99.1", ["cd90Percent"] = "98.7", ["cd105Percent"] = "97.5", ["cd45Percent"] = "0.4",
            ["cd34Percent"] = "0.3", ["cd14Percent"] = "0.5", ["cd19Percent"] = "0.2", ["hlaDrPercent"] = "0.6", ["endotoxinEuPerMl"] = "0.1",
        };
        foreach (var (field, value) in results)
        {
            await page.Locator($"#Form_{field}").FillAsync(value);
        }
        await page.Locator("#Form_sterility").SelectOptionAsync("negative");
        await page.Locator("#Form_mycoplasma").SelectOptionAsync("negative");
        await page.Locator("#Form_karyotype").SelectOptionAsync("normal");
        await page.Locator("#save-results").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
    }

    /// <summary>Signs the release with <paramref name="password"/> and waits until the lot shows as released.</summary>
    public async Task ReleaseAsync(Guid lotId, string password)
    {
        await SubmitReleaseAsync(lotId, password);
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#release-form")).ToHaveCountAsync(0);
    }

    /// <summary>Tries to release with <paramref name="password"/> and returns the refusal the page shows (every reason, in the page's language).</summary>
    public async Task<string> ReleaseRefusedAsync(Guid lotId, string password)
    {
        await SubmitReleaseAsync(lotId, password);
        await Assertions.Expect(page.Locator("#lot-errors")).ToBeVisibleAsync();
        return await page.Locator("#lot-errors").InnerTextAsync();
    }

    /// <summary>The lot's status as the page words it.</summary>
    public async Task<string> StatusAsync(Guid lotId)
    {
        await OpenLotAsync(lotId);
        return await page.Locator("#lot-status").InnerTextAsync();
    }

    /// <summary>Recalls the lot with a reason, signed with <paramref name="password"/>.</summary>
    public async Task RecallAsync(Guid lotId, string reason, string password)
    {
        await OpenLotAsync(lotId);
        await page.Locator("#recall-reason").FillAsync(reason);
        await page.Locator("#recall-password").FillAsync(password);
        await page.Locator("#recall-lot").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
    }

    /// <summary>Records a hand-off (issued, received, thawed, returned, discarded) of one unit now, optionally with where it is stored.</summary>
    public async Task RecordHandOffAsync(Guid lotId, string unitCode, CustodyEventKind handOff, string? location = null)
    {
        await OpenLotAsync(lotId);
        await page.Locator($"#handoff-{unitCode}").SelectOptionAsync(CellProductWireNames.Of(handOff));
        if (location is not null)
        {
            await page.Locator($"#location-{unitCode}").FillAsync(location);
        }
        await page.Locator($"#unit-{unitCode} form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
    }

    /// <summary>The codes of the lot's units, in order.</summary>
    public async Task<IReadOnlyList<string>> UnitCodesAsync(Guid lotId)
    {
        await OpenLotAsync(lotId);
        var ids = await page.Locator("article.unit").EvaluateAllAsync<string[]>("units => units.map(u => u.id)");
        return [.. ids.Select(id => id["unit-".Length..])];
    }

    private async Task SubmitReleaseAsync(Guid lotId, string password)
    {
        await OpenLotAsync(lotId);
        await page.Locator("#release-password").FillAsync(password);
        await page.Locator("#release-lot").ClickAsync();
    }
}
