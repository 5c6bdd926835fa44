using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.CellProducts;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Persistence.Identity;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// The cell product over the API (issue 8; docs/therapy/cell-product.md): lots, results, two-person release, recall, donors, access.
public sealed class CellProductApiTests(ApiWorld worlds)
{
    private static readonly string[] AllMarkers = ["hiv", "hbv", "hcv", "syphilis", "htlv", "cmv"];

    /// <summary>A clinic of its own with two cell-lab users (one enters results, the other releases) and a donor.</summary>
    private sealed record Lab(World World, Clinic Clinic, HttpClient Enterer, HttpClient Releaser, MndCareUser ReleaserUser, DateOnly Today)
    {
        public async Task<string> DonorAsync(IEnumerable<string> markers, string? reactive = null)
        {
            var code = DonorCode.FromSequence(Random.Shared.Next(1, 1_000_000)).Value;
            var screening = markers.Select(m => new { marker = m, result = m == reactive ? "reactive" : "nonReactive", testedOn = Today.AddDays(-30) });
            var response = await Enterer.PostAsJsonAsync("/api/donors", new { donorCode = code, consentedOn = Today.AddDays(-40), screening });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return code;
        }

        public async Task<LotRecord> LotAsync(string donorCode, DateOnly? expiresOn = null, string? lotNumber = null)
        {
            var response = await Enterer.PostAsJsonAsync("/api/lots", Lot(donorCode, lotNumber ?? NewLotNumber(), expiresOn ?? Today.AddDays(90)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<LotRecord>())!;
        }

        public object Lot(string donorCode, string lotNumber, DateOnly expiresOn) => new
        {
            lotNumber, productCode = "UCMSC-IV", donorCode, manufacturedOn = Today.AddDays(-20), expiresOn, passage = 4,
            cellsPerUnit = 100_000_000L, unitsProduced = 3,
        };

        public Task<HttpResponseMessage> ResultsAsync(Guid lotId, decimal viability = 92m, string sterility = "negative") =>
            Enterer.PutAsJsonAsync($"/api/lots/{lotId}/results", new
            {
                viabilityPercent = viability, cd73Percent = 99.1m, cd90Percent = 98.7m, cd105Percent = 97.5m, cd45Percent = 0.4m, cd34Percent = 0.3m,
                cd14Percent = 0.5m, cd19Percent = 0.2m, hlaDrPercent = 0.6m, sterility, mycoplasma = "negative", endotoxinEuPerMl = 0.1m,
                karyotype = "normal",
            });

        public static Task<HttpResponseMessage> ReleaseAsync(HttpClient who, Guid lotId, string password = TestWorld.Password) =>
            who.PostAsJsonAsync($"/api/lots/{lotId}/release", new { password });
    }

    private async Task<Lab> LabAsync(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("Cell lab " + Guid.CreateVersion7().ToString("N")[^8..]);
        var (enterer, _) = await world.StaffApiAsync(clinic, ClinicRole.CellLab);
        var (releaser, releaserUser) = await world.StaffApiAsync(clinic, ClinicRole.CellLab);
        return new Lab(world, clinic, enterer, releaser, releaserUser, clinic.LocalDate(DateTimeOffset.UtcNow));
    }

    private static string NewLotNumber() => "UCM" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-01";

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static async Task<List<AuditRecord>> EventsAsync(World world, Guid lotId, string action)
    {
        await using var db = world.Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.EntityId == lotId.ToString("D") && e.Action == action).OrderBy(e => e.Sequence).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Lot_IsRegisteredQuarantined_WithCodedUnits_AndReadBackAsPosted(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var donor = await lab.DonorAsync(AllMarkers);
        var lotNumber = NewLotNumber();

        var created = await lab.LotAsync(donor, lotNumber: lotNumber);
        var read = await lab.Releaser.GetFromJsonAsync<LotRecord>($"/api/lots/{created.Id}");

        Assert.Equal("quarantined", created.Status);
        Assert.Equal((lotNumber, "UCMSC-IV", donor, 4, 100_000_000L, 3), (read!.LotNumber, read.ProductCode, read.DonorCode, read.Passage, read.CellsPerUnit, read.UnitsProduced));
        Assert.Equal((lab.Today.AddDays(-20), lab.Today.AddDays(90)), (read.ManufacturedOn, read.ExpiresOn));
        Assert.Equal([lotNumber + "-U001", lotNumber + "-U002", lotNumber + "-U003"], read.Units.Select(u => u.Code[..^1]));
        Assert.All(read.Units, u => Assert.Equal("available", u.Status));
        Assert.All(read.Units, u => Assert.True(UnitCode.Create(u.Code).IsSuccess));
        Assert.Null(read.Results);
        Assert.Null(read.Judgement);
        Assert.Equal(AuditOutcome.Success, Assert.Single(await EventsAsync(lab.World, created.Id, Lots.CreateAction)).Outcome);
        Assert.Equal(AuditOutcome.Success, Assert.Single(await EventsAsync(lab.World, created.Id, Lots.ReadAction)).Outcome);
        // The product's default specification exists from its first lot on.
        var specifications = await lab.Enterer.GetFromJsonAsync<SpecificationList>("/api/release-specification");
        var specification = Assert.Single(specifications!.Specifications);
        Assert.Equal(("UCMSC-IV", 1, 95m), (specification.ProductCode, specification.Version, specification.Limits.MinCd73Percent));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Lot_DuplicateNumber_IsConflict_AndBadFieldsAndUnknownDonorAreNamed_NothingSaved(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var donor = await lab.DonorAsync(AllMarkers);
        var first = await lab.LotAsync(donor);

        var duplicate = await lab.Enterer.PostAsJsonAsync("/api/lots", lab.Lot(donor, first.LotNumber.ToLowerInvariant(), lab.Today.AddDays(30)));
        var unknownDonor = await lab.Enterer.PostAsJsonAsync("/api/lots", lab.Lot(DonorCode.FromSequence(999_999).Value, NewLotNumber(), lab.Today.AddDays(30)));
        var expiryFirst = await lab.Enterer.PostAsJsonAsync("/api/lots", lab.Lot(donor, NewLotNumber(), lab.Today.AddDays(-25)));
        var ssnShaped = await lab.Enterer.PostAsJsonAsync("/api/lots", lab.Lot(donor, "123-45-6789", lab.Today.AddDays(30)));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(CellProductErrorCodes.DuplicateLotNumber, await CodeAsync(duplicate));
        Assert.Equal(HttpStatusCode.BadRequest, unknownDonor.StatusCode);
        Assert.Contains(CellProductErrorCodes.UnknownDonor, await unknownDonor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, expiryFirst.StatusCode);
        Assert.Contains(CellProductErrorCodes.ExpiryNotAfterManufacture, await expiryFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, ssnShaped.StatusCode);
        Assert.Contains(CellProductErrorCodes.ContainsPatientIdentifier, await ssnShaped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([first.Id], (await lab.Enterer.GetFromJsonAsync<List<LotSummary>>("/api/lots"))!.Select(l => l.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task FirstLots_OfANewProduct_RegisteredAtOnce_AreAllCreated_AndJudgedAgainstOneDefaultVersion(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var donor = await lab.DonorAsync(AllMarkers);

        // Each registration seeds the product's default specification unless it finds it stored: they race for version 1.
        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => lab.Enterer.PostAsJsonAsync("/api/lots", lab.Lot(donor, NewLotNumber(), lab.Today.AddDays(90)))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var lots = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<LotRecord>()));
        foreach (var lot in lots)
        {
            var judged = await (await lab.ResultsAsync(lot!.Id)).Content.ReadFromJsonAsync<ResultsJudged>();
            Assert.Equal(1, judged!.SpecificationVersion);
            Assert.Equal(AuditOutcome.Success, Assert.Single(await EventsAsync(lab.World, lot.Id, Lots.CreateAction)).Outcome);
        }
        await using var db = lab.World.Database.CreateContext();
        var stored = await db.ReleaseSpecifications.AsNoTracking().Where(s => s.ClinicId == lab.Clinic.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("UCMSC-IV", 1), (Assert.Single(stored).ProductCode, stored[0].Version));
        Assert.Equal(6, await db.Lots.CountAsync(l => l.ClinicId == lab.Clinic.Id, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LotNumber_ContainingAPatientsMrn_IsRefused(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        await lab.World.Data.CreatePatientAsync(lab.Clinic, new PatientBuilder().WithMrn("P778812"));
        var donor = await lab.DonorAsync(AllMarkers);

        var refused = await lab.Enterer.PostAsJsonAsync("/api/lots", lab.Lot(donor, "p-778812-7", lab.Today.AddDays(30)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(CellProductErrorCodes.ContainsPatientIdentifier, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Results_WithinSpecification_KeepTheLotQuarantined_OutOfSpecification_FailIt_NamingTheFields(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var donor = await lab.DonorAsync(AllMarkers);
        var good = await lab.LotAsync(donor);
        var bad = await lab.LotAsync(donor);

        var within = await (await lab.ResultsAsync(good.Id)).Content.ReadFromJsonAsync<ResultsJudged>();
        var outside = await lab.ResultsAsync(bad.Id, viability: 65m, sterility: "positive");
        var judged = await outside.Content.ReadFromJsonAsync<ResultsJudged>();
        var again = await lab.ResultsAsync(bad.Id);
        var invalid = await lab.ResultsAsync(good.Id, viability: 101m, sterility: "maybe");
        var read = await lab.Enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{bad.Id}");

        Assert.Equal((true, 1, "quarantined"), (within!.WithinSpecification, within.SpecificationVersion, within.Status));
        Assert.Empty(within.OutOfSpecification);
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Equal((false, "failed"), (judged!.WithinSpecification, judged.Status));
        Assert.Equal(["viabilityPercent", "sterility"], judged.OutOfSpecification);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(("failed", 65m, "positive"), (read!.Status, read.Results!.ViabilityPercent, read.Results.Sterility));
        Assert.Equal((false, 1, "UCMSC-IV"), (read.Judgement!.WithinSpecification, read.Judgement.SpecificationVersion, read.Judgement.ProductCode));
        Assert.NotNull(read.ResultsEntered);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Release_ByThePersonWhoEnteredTheResults_IsRefused_ASecondCellLabUserReleases(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.LotAsync(await lab.DonorAsync(AllMarkers));
        await lab.ResultsAsync(lot.Id);

        var samePerson = await Lab.ReleaseAsync(lab.Enterer, lot.Id);
        var afterRefusal = await lab.Enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}");
        var second = await Lab.ReleaseAsync(lab.Releaser, lot.Id);
        var released = await lab.Enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}");
        var twice = await Lab.ReleaseAsync(lab.Releaser, lot.Id);

        Assert.Equal(HttpStatusCode.Conflict, samePerson.StatusCode);
        Assert.Equal(CellProductErrorCodes.ReleaserEnteredResults, await CodeAsync(samePerson));
        Assert.Equal("quarantined", afterRefusal!.Status);
        Assert.Null(afterRefusal.Released);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("released", (await second.Content.ReadFromJsonAsync<LotStatusView>())!.Status);
        Assert.Equal(("released", lab.ReleaserUser.Id), (released!.Status, released.Released!.UserId));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        var events = await EventsAsync(lab.World, lot.Id, Lots.ReleaseAction);
        Assert.Equal([AuditOutcome.Conflict, AuditOutcome.Success, AuditOutcome.Conflict], events.Select(e => e.Outcome));
        Assert.Equal("refused: " + CellProductErrorCodes.ReleaserEnteredResults, events[0].Reason);
        Assert.Contains(events[1].Changes, c => c == new FieldChange("status", "quarantined", "released"));
        Assert.Equal(lab.ReleaserUser.Id, events[1].ActorUserId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Release_IsRefused_ForMissingOrReactiveDonorScreening_ExpiryAndOutOfSpecification_NamingEveryReason(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var incomplete = await lab.LotAsync(await lab.DonorAsync(AllMarkers.Where(m => m != "cmv")));
        var reactive = await lab.LotAsync(await lab.DonorAsync(AllMarkers, reactive: "hbv"));
        var expired = await lab.LotAsync(await lab.DonorAsync(AllMarkers), expiresOn: lab.Today.AddDays(-1));
        var failed = await lab.LotAsync(await lab.DonorAsync(AllMarkers.Where(m => m != "hiv")));
        await lab.ResultsAsync(incomplete.Id);
        await lab.ResultsAsync(reactive.Id);
        await lab.ResultsAsync(expired.Id);
        await lab.ResultsAsync(failed.Id, viability: 50m);

        var refusedIncomplete = await Lab.ReleaseAsync(lab.Releaser, incomplete.Id);
        var refusedReactive = await Lab.ReleaseAsync(lab.Releaser, reactive.Id);
        var refusedExpired = await Lab.ReleaseAsync(lab.Releaser, expired.Id);
        var refusedFailed = await Lab.ReleaseAsync(lab.Releaser, failed.Id);

        Assert.All([refusedIncomplete, refusedReactive, refusedExpired, refusedFailed], r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(CellProductErrorCodes.DonorScreeningIncomplete, await CodeAsync(refusedIncomplete));
        Assert.Contains("cmv", await refusedIncomplete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CellProductErrorCodes.DonorScreeningReactive, await CodeAsync(refusedReactive));
        Assert.Equal(CellProductErrorCodes.LotExpired, await CodeAsync(refusedExpired));
        Assert.Equal(CellProductErrorCodes.OutOfSpecification, await CodeAsync(refusedFailed));
        var reasons = JsonDocument.Parse(await refusedFailed.Content.ReadAsStringAsync()).RootElement.GetProperty("reasons").EnumerateArray()
            .Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Equal([CellProductErrorCodes.OutOfSpecification, CellProductErrorCodes.DonorScreeningIncomplete], reasons);
        Assert.Equal("expired", (await lab.Enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{expired.Id}"))!.Status);
        var list = (await lab.Enterer.GetFromJsonAsync<List<LotSummary>>("/api/lots"))!;
        Assert.All(list, l => Assert.NotEqual("released", l.Status));
        foreach (var lot in new[] { incomplete, reactive, expired, failed })
        {
            Assert.Equal(AuditOutcome.Conflict, Assert.Single(await EventsAsync(lab.World, lot.Id, Lots.ReleaseAction)).Outcome);
        }
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Release_WithAWrongPassword_IsRefused_CountedTowardLockout_AndAudited(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.LotAsync(await lab.DonorAsync(AllMarkers));
        await lab.ResultsAsync(lot.Id);

        var wrong = await Lab.ReleaseAsync(lab.Releaser, lot.Id, "not-my-password");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("signatureFailed", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("quarantined", (await lab.Enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}"))!.Status);
        await using (var scope = lab.World.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
            Assert.Equal(1, await users.GetAccessFailedCountAsync((await users.FindByIdAsync(lab.ReleaserUser.Id.ToString("D")))!));
        }
        var refusal = Assert.Single(await EventsAsync(lab.World, lot.Id, Lots.ReleaseAction));
        Assert.Equal((AuditOutcome.Denied, "refused: signatureFailed"), (refusal.Outcome, refusal.Reason));
        // The right password clears the count and releases.
        Assert.Equal(HttpStatusCode.OK, (await Lab.ReleaseAsync(lab.Releaser, lot.Id)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Recall_BlocksTheRemainingUnits_NeedsAReasonAndThePassword_AndIsFinal(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.LotAsync(await lab.DonorAsync(AllMarkers));
        await lab.ResultsAsync(lot.Id);
        await Lab.ReleaseAsync(lab.Releaser, lot.Id);

        var noReason = await lab.Enterer.PostAsJsonAsync($"/api/lots/{lot.Id}/recall", new { reason = "bad", password = TestWorld.Password });
        var wrongPassword = await lab.Enterer.PostAsJsonAsync($"/api/lots/{lot.Id}/recall", new { reason = "Positive sterility on retest", password = "x" });
        var recalled = await lab.Enterer.PostAsJsonAsync($"/api/lots/{lot.Id}/recall", new { reason = "Positive sterility on retest", password = TestWorld.Password });
        var read = await lab.Releaser.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}");
        var again = await lab.Enterer.PostAsJsonAsync($"/api/lots/{lot.Id}/recall", new { reason = "Positive sterility on retest", password = TestWorld.Password });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recalled.StatusCode);
        Assert.Equal("recalled", (await recalled.Content.ReadFromJsonAsync<LotStatusView>())!.Status);
        Assert.Equal(("recalled", "Positive sterility on retest"), (read!.Status, read.RecallReason));
        Assert.All(read.Units, u => Assert.Equal("blocked", u.Status));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var events = await EventsAsync(lab.World, lot.Id, Lots.RecallAction);
        Assert.Equal([AuditOutcome.Invalid, AuditOutcome.Denied, AuditOutcome.Success, AuditOutcome.Conflict], events.Select(e => e.Outcome));
        Assert.Equal("Positive sterility on retest", events[2].Reason);
        Assert.Contains(events[2].Changes, c => c.Field == "blockedUnits" && c.New!.Split(',').Length == 3);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LotList_FiltersByStatus_IncludingExpiredFromTheClinicsToday(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var donor = await lab.DonorAsync(AllMarkers);
        var quarantined = await lab.LotAsync(donor);
        var failed = await lab.LotAsync(donor);
        var expired = await lab.LotAsync(donor, expiresOn: lab.Today.AddDays(-1));
        var released = await lab.LotAsync(donor);
        await lab.ResultsAsync(failed.Id, sterility: "positive");
        await lab.ResultsAsync(released.Id);
        await Lab.ReleaseAsync(lab.Releaser, released.Id);

        async Task<List<Guid>> ListAsync(string status) =>
            [.. (await lab.Enterer.GetFromJsonAsync<List<LotSummary>>("/api/lots?status=" + status))!.Select(l => l.Id)];

        Assert.Equal([quarantined.Id], await ListAsync("quarantined"));
        Assert.Equal([failed.Id], await ListAsync("failed"));
        Assert.Equal([expired.Id], await ListAsync("expired"));
        Assert.Equal([released.Id], await ListAsync("released"));
        Assert.Empty(await ListAsync("recalled"));
        Assert.Equal(4, (await lab.Enterer.GetFromJsonAsync<List<LotSummary>>("/api/lots"))!.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await lab.Enterer.GetAsync("/api/lots?status=Released")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Donor_IsRegisteredByCode_ScreeningIsAdded_AReactiveResultStays_AndANameIsNeverACode(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var code = await lab.DonorAsync(["hiv", "hbv"], reactive: "hbv");

        var added = await lab.Enterer.PutAsJsonAsync($"/api/donors/{code.ToLowerInvariant()}/screening", new
        {
            screening = new[] { new { marker = "hcv", result = "nonReactive", testedOn = lab.Today } },
        });
        var replaceReactive = await lab.Enterer.PutAsJsonAsync($"/api/donors/{code}/screening", new
        {
            screening = new[] { new { marker = "hbv", result = "nonReactive", testedOn = lab.Today } },
        });
        var read = await lab.Releaser.GetFromJsonAsync<DonorRecord>($"/api/donors/{code}");
        var name = await lab.Enterer.PostAsJsonAsync("/api/donors", new { donorCode = "Wang Fang", consentedOn = lab.Today });
        var duplicate = await lab.Enterer.PostAsJsonAsync("/api/donors", new { donorCode = code, consentedOn = lab.Today });
        var unknown = await lab.Enterer.GetAsync($"/api/donors/{DonorCode.FromSequence(999_998).Value}");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, replaceReactive.StatusCode);
        Assert.Contains(CellProductErrorCodes.ScreeningAlreadyReactive, await replaceReactive.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["hiv", "hbv", "hcv"], read!.Screening.Select(s => s.Marker));
        Assert.False(read.ScreeningCompleteAndNegative);
        Assert.Equal([("hbv", "reactive"), ("syphilis", "missing"), ("htlv", "missing"), ("cmv", "missing")],
            read.ScreeningGaps.Select(g => (g.Marker, g.Problem)));
        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(CellProductErrorCodes.DuplicateDonorCode, await CodeAsync(duplicate));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Access_PatientsAndOtherRolesAreRefused_OtherClinicsLotsAreNotFound_AndRefusalsAreAudited(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var lot = await lab.LotAsync(await lab.DonorAsync(AllMarkers));
        var world = lab.World;
        var patient = await world.ClientAsync("patient");
        var tcm = await world.ClientAsync("tcmpractitioner");
        var administrator = await world.ClientAsync("administrator");
        var (nurse, _) = await world.StaffApiAsync(lab.Clinic, ClinicRole.Nurse);
        var (otherLab, _) = await world.StaffApiAsync(world.ClinicB, ClinicRole.CellLab);

        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync("/api/lots")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/api/lots/{lot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/api/donors/{lot.DonorCode}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tcm.GetAsync("/api/lots")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync($"/api/lots/{lot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync($"/api/lots/{lot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.PutAsJsonAsync($"/api/lots/{lot.Id}/results", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nurse.PostAsJsonAsync($"/api/lots/{lot.Id}/release", new { password = TestWorld.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLab.GetAsync($"/api/lots/{lot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLab.PostAsJsonAsync($"/api/lots/{lot.Id}/release", new { password = TestWorld.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLab.GetAsync($"/api/donors/{lot.DonorCode}")).StatusCode);
        Assert.DoesNotContain((await otherLab.GetFromJsonAsync<List<LotSummary>>("/api/lots"))!, l => l.Id == lot.Id);

        var refusals = (await EventsAsync(world, lot.Id, Lots.ReadAction)).Where(e => e.Outcome != AuditOutcome.Success).Select(e => e.Outcome).ToList();
        Assert.Contains(AuditOutcome.Denied, refusals);
        Assert.Contains(AuditOutcome.NotFound, refusals);
        Assert.Contains(await EventsAsync(world, lot.Id, Lots.ReleaseAction), e => e.Outcome == AuditOutcome.NotFound);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Specification_IsEditedByAnAdministrator_AsANewVersion_PastJudgementsKeepTheirs(DatabaseProvider provider)
    {
        var lab = await LabAsync(provider);
        var donor = await lab.DonorAsync(AllMarkers);
        var before = await lab.LotAsync(donor);
        await lab.ResultsAsync(before.Id, viability: 75m);
        var (administrator, _) = await lab.World.StaffApiAsync(lab.Clinic, ClinicRole.Administrator);
        var limits = new
        {
            minViabilityPercent = 80m, minCd73Percent = 95m, minCd90Percent = 95m, minCd105Percent = 95m, maxCd45Percent = 2m, maxCd34Percent = 2m,
            maxCd14Percent = 2m, maxCd19Percent = 2m, maxHlaDrPercent = 2m, endotoxinBelowEuPerMl = 0.5m,
        };

        var byCellLab = await lab.Enterer.PutAsJsonAsync("/api/release-specification/UCMSC-IV", limits);
        var incomplete = await administrator.PutAsJsonAsync("/api/release-specification/UCMSC-IV", new { minViabilityPercent = 80m });
        var edited = await administrator.PutAsJsonAsync("/api/release-specification/ucmsc-iv", limits);
        var after = await lab.LotAsync(donor);
        var judged = await (await lab.ResultsAsync(after.Id, viability: 75m)).Content.ReadFromJsonAsync<ResultsJudged>();

        Assert.Equal(HttpStatusCode.Forbidden, byCellLab.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var version = (await edited.Content.ReadFromJsonAsync<SpecificationView>())!;
        Assert.Equal((2, 80m), (version.Version, version.Limits.MinViabilityPercent));
        Assert.Equal(2, judged!.SpecificationVersion);
        Assert.Equal(["viabilityPercent"], judged.OutOfSpecification);
        var past = (await lab.Enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{before.Id}"))!.Judgement!;
        Assert.Equal((1, true), (past.SpecificationVersion, past.WithinSpecification));
        await using var db = lab.World.Database.CreateContext();
        var audited = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == ReleaseSpecifications.EditAction && e.ClinicId == lab.Clinic.Id && e.Outcome == AuditOutcome.Success).SingleAsync();
        Assert.Equal([new FieldChange("version", "1", "2"), new FieldChange("minViabilityPercent", "70", "80")], audited.Changes);
    }
}
