using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MndCare.Application.CellProducts;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Issue 8, the cell lab beyond release: unit hand-offs and storage locations over the API, the storage temperature log with each
// location's limit from its lots, and the lot page's two-person release and CSV download (docs/therapy/cell-product.md).
public sealed class CellLabCustodyAndPagesTests(ApiWorld worlds)
{
    private static readonly string[] AllMarkers = ["hiv", "hbv", "hcv", "syphilis", "htlv", "cmv"];

    private sealed record Lab(World World, Clinic Clinic, HttpClient Enterer, HttpClient Releaser, DateOnly Today)
    {
        public async Task<LotRecord> ReleasedLotAsync(decimal? storageMaxCelsius = null, bool release = true)
        {
            var donor = DonorCode.FromSequence(Random.Shared.Next(1, 1_000_000)).Value;
            (await Enterer.PostAsJsonAsync("/api/donors", new
            {
                donorCode = donor, consentedOn = Today.AddDays(-40),
                screening = AllMarkers.Select(m => new { marker = m, result = "nonReactive", testedOn = Today.AddDays(-30) }),
            })).EnsureSuccessStatusCode();
            var created = await Enterer.PostAsJsonAsync("/api/lots", new
            {
                lotNumber = "UCC" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01",
                productCode = "UCMSC-IV", donorCode = donor, manufacturedOn = Today.AddDays(-20), expiresOn = Today.AddDays(90), passage = 4,
                cellsPerUnit = 100_000_000L, unitsProduced = 2, thawToEndLimitMinutes = 90, storageMaxCelsius,
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var lot = (await created.Content.ReadFromJsonAsync<LotRecord>())!;
            (await Enterer.PutAsJsonAsync($"/api/lots/{lot.Id}/results", new
            {
                viabilityPercent = 92m, cd73Percent = 99.1m, cd90Percent = 98.7m, cd105Percent = 97.5m, cd45Percent = 0.4m, cd34Percent = 0.3m,
                cd14Percent = 0.5m, cd19Percent = 0.2m, hlaDrPercent = 0.6m, sterility = "negative", mycoplasma = "negative", endotoxinEuPerMl = 0.1m,
                karyotype = "normal",
            })).EnsureSuccessStatusCode();
            if (release)
            {
                (await Releaser.PostAsJsonAsync($"/api/lots/{lot.Id}/release", new { password = TestWorld.Password })).EnsureSuccessStatusCode();
            }
            return lot;
        }
    }

    private async Task<Lab> LabAsync(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("Custody lab " + Guid.CreateVersion7().ToString("N")[^8..]);
        var (enterer, _) = await world.StaffApiAsync(clinic, ClinicRole.CellLab);
        var (releaser, _) = await world.StaffApiAsync(clinic, ClinicRole.CellLab);
        return new Lab(world, clinic, enterer, releaser, clinic.LocalDate(DateTimeOffset.UtcNow));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task HandOffs_AreRecordedWithPersonAndTime_InTheUnitsOrder_AndTheWardRecordsOnlyItsOwn(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.ReleasedLotAsync();
        var unit = lot.Units[0].Code;
        var (nurse, _) = await lab.World.StaffApiAsync(lab.Clinic, ClinicRole.Nurse);
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);

        var stored = await lab.Enterer.PutAsJsonAsync($"/api/units/{unit}/location", new { location = "LN2 tank 1, rack A" });
        var issued = await lab.Enterer.PostAsJsonAsync($"/api/units/{unit}/custody", new { @event = "issued", at });
        var nurseIssues = await nurse.PostAsJsonAsync($"/api/units/{lot.Units[1].Code}/custody", new { @event = "issued", at });
        var thawedTooEarly = await nurse.PostAsJsonAsync($"/api/units/{unit}/custody", new { @event = "thawed", at = at.AddMinutes(5) });
        var received = await nurse.PostAsJsonAsync($"/api/units/{unit}/custody", new { @event = "received", at = at.AddMinutes(10) });
        var infusedByHand = await lab.Enterer.PostAsJsonAsync($"/api/units/{unit}/custody", new { @event = "infused", at = at.AddMinutes(20) });
        var beforePrevious = await nurse.PostAsJsonAsync($"/api/units/{unit}/custody", new { @event = "thawed", at = at.AddMinutes(-5) });
        var read = await lab.Releaser.GetFromJsonAsync<UnitRecord>($"/api/units/{unit}");

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nurseIssues.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, thawedTooEarly.StatusCode);
        Assert.Equal(CellProductErrorCodes.InvalidUnitTransition, await CodeAsync(thawedTooEarly));
        Assert.Equal(HttpStatusCode.OK, received.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, infusedByHand.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, beforePrevious.StatusCode);
        Assert.Contains(CellProductErrorCodes.EventOutOfOrder, await beforePrevious.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("received", "LN2 tank 1, rack A", lot.Id), (read!.Status, read.StorageLocation, read.LotId));
        Assert.Equal(["issued", "received"], read.Custody.Select(c => c.Event));
        Assert.All(read.Custody, c => Assert.False(string.IsNullOrEmpty(c.PersonName)));
        Assert.Equal(at.UtcDateTime, read.Custody[0].AtUtc, TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task QuarantinedLot_IsNeverIssued_AndAnotherClinicsUnitIsNotFound(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.ReleasedLotAsync(release: false);
        var other = await LabAsync(provider);

        var issued = await lab.Enterer.PostAsJsonAsync($"/api/units/{lot.Units[0].Code}/custody", new { @event = "issued", at = DateTimeOffset.UtcNow });
        var elsewhere = await other.Enterer.GetAsync($"/api/units/{lot.Units[0].Code}");

        Assert.Equal(HttpStatusCode.Conflict, issued.StatusCode);
        Assert.Equal(CellProductErrorCodes.LotQuarantined, await CodeAsync(issued));
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task TemperatureReadings_WarmerThanTheLotsStorageMaximum_AreFlagged(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.ReleasedLotAsync(storageMaxCelsius: -150m);
        (await lab.Enterer.PutAsJsonAsync($"/api/units/{lot.Units[0].Code}/location", new { location = "Tank 7" })).EnsureSuccessStatusCode();
        var takenAt = DateTimeOffset.UtcNow.AddMinutes(-10);

        var cold = await lab.Enterer.PostAsJsonAsync("/api/storage/temperatures", new { location = "Tank 7", celsius = -190.5m, takenAt });
        var warm = await lab.Enterer.PostAsJsonAsync("/api/storage/temperatures", new { location = "Tank 7", celsius = -120m, takenAt = takenAt.AddMinutes(5) });
        var elsewhere = await lab.Enterer.PostAsJsonAsync("/api/storage/temperatures", new { location = "Fridge 2", celsius = 4m, takenAt });
        var invalid = await lab.Enterer.PostAsJsonAsync("/api/storage/temperatures", new { location = " ", celsius = -250m });
        var log = await lab.Releaser.GetFromJsonAsync<TemperatureLogView>("/api/storage/temperatures?location=Tank%207");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created], new[] { cold.StatusCode, warm.StatusCode, elsewhere.StatusCode });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal([(-120m, true), (-190.5m, false)], log!.Readings.Select(r => (r.Celsius, r.WarmerThanAllowed)));
        var location = Assert.Single(log.Locations);
        Assert.Equal(("Tank 7", -150m), (location.Location, location.StorageMaxCelsius));
        Assert.Equal([lot.LotNumber], location.LotNumbers);
        Assert.False((await elsewhere.Content.ReadFromJsonAsync<TemperatureView>())!.WarmerThanAllowed);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LotPage_RefusesTheEnterersRelease_InTheirLanguage_AndReleasesForASecondUser(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var (enterer, _) = await lab.World.StaffPagesAsync(lab.Clinic, ClinicRole.CellLab);
        var (releaser, _) = await lab.World.StaffPagesAsync(lab.Clinic, ClinicRole.CellLab);
        var lot = await lab.ReleasedLotAsync(release: false);
        var page = $"/CellLab/Lots/{lot.Id}";
        // The enterer on the page is a page user: re-enter the results as them so they are the one who may not release.
        await PageSession.SubmitAsync(enterer, page, new Dictionary<string, string>
        {
            ["Form.Numbers[viabilityPercent]"] = "92", ["Form.Numbers[cd73Percent]"] = "99", ["Form.Numbers[cd90Percent]"] = "99",
            ["Form.Numbers[cd105Percent]"] = "99", ["Form.Numbers[cd45Percent]"] = "0.5", ["Form.Numbers[cd34Percent]"] = "0.5",
            ["Form.Numbers[cd14Percent]"] = "0.5", ["Form.Numbers[cd19Percent]"] = "0.5", ["Form.Numbers[hlaDrPercent]"] = "0.5",
            ["Form.Numbers[endotoxinEuPerMl]"] = "0.1", ["Form.Sterility"] = "negative", ["Form.Mycoplasma"] = "negative", ["Form.Karyotype"] = "normal",
        }, page + "?handler=Results");
        await PageSession.SubmitAsync(enterer, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" });

        var refused = await PageSession.SubmitAsync(enterer, page, new Dictionary<string, string> { ["password"] = TestWorld.Password }, page + "?handler=Release");
        var released = await PageSession.SubmitAsync(releaser, page, new Dictionary<string, string> { ["password"] = TestWorld.Password }, page + "?handler=Release");
        var csv = await releaser.GetAsync(page + "/Recipients?handler=Export");

        Assert.Contains("您录入了本批次的检测结果，因此不能由您放行", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"done\"", await released.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("released", (await lab.Releaser.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}"))!.Status);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("recipientCode,", System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    // ADR 0022: lot release and recall re-enter a password, so they share the signing budget per account, on the API and the page.
    [Fact]
    public async Task LotReleaseAndRecall_BeyondTheSigningLimit_AreTooManyRequests()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Security:SigningPermitLimit"] = "2" });
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Signing lab");
        var apiUser = await data.CreateStaffAsync(clinic, ClinicRole.CellLab);
        var api = await ApiClient.SignedInAsync(factory, apiUser.Email!, TestWorld.Password,
            ApiClient.TotpCode(await data.EnrolAuthenticatorAsync(apiUser.Email!), DateTime.UtcNow));
        var pageUser = await data.CreateStaffAsync(clinic, ClinicRole.CellLab);
        var pages = await PageSession.SignInAsync(factory, pageUser.Email!, TestWorld.Password, await data.EnrolAuthenticatorAsync(pageUser.Email!));
        var lotId = Guid.CreateVersion7();
        var page = $"/CellLab/Lots/{lotId}";

        var viaApi = new[]
        {
            (await api.PostAsJsonAsync($"/api/lots/{lotId}/release", new { password = "not-the-password" })).StatusCode,
            (await api.PostAsJsonAsync($"/api/lots/{lotId}/recall", new { reason = "Donor look-back", password = "not-the-password" })).StatusCode,
            (await api.PostAsJsonAsync($"/api/lots/{lotId}/release", new { password = "not-the-password" })).StatusCode,
        };
        var viaPage = new List<HttpStatusCode>();
        foreach (var handler in new[] { "Release", "Recall", "Release" })
        {
            viaPage.Add((await PageSession.SubmitAsync(pages, "/CellLab/Lots/New", new Dictionary<string, string> { ["password"] = "not-the-password" },
                $"{page}?handler={handler}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], viaApi);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], viaPage);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/lots")).StatusCode);
    }
}
