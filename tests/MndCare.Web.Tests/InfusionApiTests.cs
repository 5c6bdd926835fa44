using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.CellProducts;
using MndCare.Application.Infusions;
using MndCare.Domain.Auditing;
using MndCare.Domain.Infusions;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Infusions over the API (issue 8; docs/therapy/infusion.md): the order's dose rules, the bedside identity check, vital signs,
// completion, and the recall queries. Lots hold 100 × 10^6 cells per unit, so 1.0 × 10^6 cells/kg for 70 kg is one unit.
public sealed class InfusionApiTests(ApiWorld worlds)
{
    private async Task<InfusionScene> WardAsync(DatabaseProvider provider) => await InfusionScene.CreateAsync(await worlds.ForAsync(provider));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<int> InfusionsOfCourseAsync(InfusionScene ward)
    {
        await using var db = ward.World.Database.CreateContext();
        return await db.Infusions.CountAsync(i => i.CourseId == ward.CourseId);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Order_InRange_Is201_WithTotalsAndWholeUnits_AndReadsBack(DatabaseProvider provider)
    {
        var ward = await WardAsync(provider);
        var lot = await ward.LotAsync();

        var ordered = await ward.OrderedAsync(lot.Id);
        var read = await ward.Nurse.GetFromJsonAsync<InfusionView>($"/api/infusions/{ordered.Id}");

        // 1.0 × 10^6 cells/kg × 70 kg = 70 × 10^6 cells; one unit of 100 × 10^6 delivers 1.43 × 10^6 cells/kg, inside 0.5-2.0.
        Assert.Equal((70_000_000L, 1, 100_000_000L, 1_428_571m), (ordered.TotalCells, ordered.Units, ordered.DeliveredCells, ordered.DeliveredCellsPerKg));
        Assert.Equal(("ordered", lot.Id, ward.PatientId, 70m, 1_000_000m), (read!.Status, read.LotId, read.PatientId, read.WeightKg, read.CellsPerKg));
        Assert.Empty(read.Monitoring);
        Assert.Equal(1, await InfusionsOfCourseAsync(ward));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Order_OutsideTheDoseRange_ATenfoldSlip_OrAnOldWeight_Is422_AnUnreleasedLot409_NothingSaved(DatabaseProvider provider)
    {
        var ward = await WardAsync(provider);
        var released = await ward.LotAsync();
        var quarantined = await ward.LotAsync(release: false);

        var tenfold = await ward.OrderAsync(released.Id, cellsPerKg: 10_000_000m);
        var below = await ward.OrderAsync(released.Id, cellsPerKg: 100_000m);
        var oldWeight = await ward.OrderAsync(released.Id, weighedAt: DateTimeOffset.UtcNow.AddDays(-8));
        var notReleased = await ward.OrderAsync(quarantined.Id);
        var byNurse = await ward.Nurse.PostAsJsonAsync($"/api/courses/{ward.CourseId}/infusions", new { lotId = released.Id });

        foreach (var (response, status, code) in new[]
        {
            (tenfold, HttpStatusCode.UnprocessableEntity, InfusionErrorCodes.DoseOutOfRange),
            (below, HttpStatusCode.UnprocessableEntity, InfusionErrorCodes.DoseOutOfRange),
            (oldWeight, HttpStatusCode.UnprocessableEntity, InfusionErrorCodes.WeightTooOld),
            (notReleased, HttpStatusCode.Conflict, InfusionErrorCodes.LotNotReleased),
        })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal(code, (await ProblemAsync(response)).GetProperty("code").GetString());
        }
        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);
        Assert.Equal(0, await InfusionsOfCourseAsync(ward));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task IdentityCheck_WrongPatient_OtherLot_UnknownOrUsedUnit_Is409_NamingTheMismatch_AndStartsNothing(DatabaseProvider provider)
    {
        var ward = await WardAsync(provider);
        var lot = await ward.LotAsync();
        var other = await ward.LotAsync();
        var first = await ward.OrderedAsync(lot.Id);
        var second = await ward.OrderedAsync(lot.Id);
        var unit = lot.Units[0].Code;

        var attempts = new[]
        {
            (await ward.CheckAsync(first.Id, "A-0001", unit), IdentityMismatch.WrongPatient),
            (await ward.CheckAsync(first.Id, ward.Mrn, other.Units[0].Code), IdentityMismatch.UnitFromOtherLot),
            (await ward.CheckAsync(first.Id, ward.Mrn, lot.LotNumber + "-U999X"), IdentityMismatch.UnitUnknown),
        };
        var afterRefusals = await ward.Nurse.GetFromJsonAsync<InfusionView>($"/api/infusions/{first.Id}");
        var unitAfterRefusals = (await ward.LabEnterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}"))!.Units[0].Status;
        Assert.Equal(HttpStatusCode.OK, (await ward.CheckAsync(first.Id, ward.Mrn.ToLowerInvariant(), unit)).StatusCode);
        var used = await ward.CheckAsync(second.Id, ward.Mrn, unit);
        var third = await ward.OrderedAsync(lot.Id);
        var cancelled = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{third.Id}/stop", new { reason = "Patient febrile before the infusion." });
        var checkAfterCancel = await ward.CheckAsync(third.Id, ward.Mrn, lot.Units[2].Code);

        foreach (var (response, mismatch) in attempts.Append((used, IdentityMismatch.UnitAlreadyUsed)))
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            var problem = await ProblemAsync(response);
            Assert.Equal(InfusionErrorCodes.IdentityCheckFailed, problem.GetProperty("code").GetString());
            Assert.Equal([mismatch], problem.GetProperty("mismatches").EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        }
        Assert.Equal(("ordered", (DateTimeOffset?)null), (afterRefusals!.Status, afterRefusals.StartedAt));
        Assert.Equal("stopped", (await cancelled.Content.ReadFromJsonAsync<InfusionView>())!.Status);
        Assert.Equal(InfusionErrorCodes.InvalidTransition, (await ProblemAsync(checkAfterCancel)).GetProperty("code").GetString());
        Assert.Equal("available", unitAfterRefusals);
        Assert.Equal("ordered", (await ward.Nurse.GetFromJsonAsync<InfusionView>($"/api/infusions/{second.Id}"))!.Status);
        await using var db = ward.World.Database.CreateContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Action == InfusionRecords.IdentityCheckAction
            && (e.EntityId == first.Id.ToString("D") || e.EntityId == second.Id.ToString("D"))).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([AuditOutcome.Conflict, AuditOutcome.Conflict, AuditOutcome.Conflict, AuditOutcome.Success, AuditOutcome.Conflict],
            events.Select(e => e.Outcome));
        Assert.Contains(IdentityMismatch.UnitFromOtherLot, events[1].Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PassedCheck_StartsTheInfusion_UsesTheUnits_VitalSignsFlagAFever_AndItCompletes(DatabaseProvider provider)
    {
        var ward = await WardAsync(provider);
        var lot = await ward.LotAsync();
        var ordered = await ward.OrderedAsync(lot.Id);

        var thawed = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/thaw",
            new { thawedAt = DateTimeOffset.UtcNow.AddMinutes(-10), diluent = "PBS + 5 % human albumin" });
        var started = await ward.CheckAsync(ordered.Id, " " + ward.Mrn + " ", lot.Units[1].Code.ToLowerInvariant());
        var running = (await started.Content.ReadFromJsonAsync<InfusionView>())!;
        var afterCheck = (await ward.LabEnterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}"))!;
        var normal = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/vital-signs", new
        {
            takenAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)), temperatureCelsius = 36.8m, heartRate = 72, systolicMmHg = 120,
            diastolicMmHg = 78, respiratoryRate = 16, spo2Percent = 97,
        });
        var fever = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/vital-signs", new
        {
            takenAt = DateTimeOffset.UtcNow, temperatureCelsius = 38.4m, heartRate = 104, systolicMmHg = 118, diastolicMmHg = 76,
            respiratoryRate = 18, spo2Percent = 96,
        });
        var implausible = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/vital-signs", new
        {
            takenAt = DateTimeOffset.UtcNow, temperatureCelsius = 384m, heartRate = 104, systolicMmHg = 118, diastolicMmHg = 76,
            respiratoryRate = 18, spo2Percent = 96,
        });
        var deviation = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/deviations", new { text = "Line occluded for 3 minutes; flushed." });
        var completed = await ward.Nurse.PostAsJsonAsync($"/api/infusions/{ordered.Id}/complete", new { endedAt = DateTimeOffset.UtcNow });
        var read = (await ward.Clinician.GetFromJsonAsync<InfusionView>($"/api/infusions/{ordered.Id}"))!;

        Assert.Equal(HttpStatusCode.OK, thawed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal("inProgress", running.Status);
        Assert.Equal([lot.Units[1].Code], running.UnitCodes);
        Assert.Equal(["available", "infused", "available"], afterCheck.Units.Select(u => u.Status));
        Assert.Equal(HttpStatusCode.Created, normal.StatusCode);
        Assert.False((await normal.Content.ReadFromJsonAsync<VitalSignsView>())!.Fever);
        Assert.Equal(HttpStatusCode.Created, fever.StatusCode);
        var flagged = (await fever.Content.ReadFromJsonAsync<VitalSignsView>())!;
        Assert.True(flagged.Fever);
        Assert.Equal([new VitalSignFlagView("temperatureCelsius", "high", 38.4m), new VitalSignFlagView("heartRate", "high", 104m)], flagged.Flags);
        Assert.Equal(HttpStatusCode.BadRequest, implausible.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deviation.StatusCode);
        Assert.Equal("completed", read.Status);
        Assert.Equal(("PBS + 5 % human albumin", "Line occluded for 3 minutes; flushed."), (read.Diluent, Assert.Single(read.Deviations).Text));
        Assert.True(read.ThawToEnd!.Ended);
        Assert.Equal([false, true], read.VitalSigns.Select(v => v.Fever));
        Assert.Equal(TimeSpan.Zero, read.VitalSigns[0].TakenAt.Offset);
        Assert.NotEmpty(read.Monitoring);
        Assert.Equal("baseline", read.Monitoring[0].Kind);
        Assert.Equal(HttpStatusCode.Conflict, (await ward.CheckAsync(ordered.Id, ward.Mrn, lot.Units[2].Code)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Recipients_AreCodedForTheCellLab_NamedForClinicians_PatientsAndOtherClinicsAreRefused(DatabaseProvider provider)
    {
        var ward = await WardAsync(provider);
        var lot = await ward.LotAsync();
        var given = await ward.OrderedAsync(lot.Id);
        var notGiven = await ward.OrderedAsync(lot.Id);
        Assert.Equal(HttpStatusCode.OK, (await ward.CheckAsync(given.Id, ward.Mrn, lot.Units[0].Code)).StatusCode);

        var forLab = (await ward.LabEnterer.GetFromJsonAsync<List<RecipientView>>($"/api/lots/{lot.Id}/recipients"))!;
        var labJson = await ward.LabEnterer.GetStringAsync($"/api/lots/{lot.Id}/recipients");
        var forClinician = (await ward.Clinician.GetFromJsonAsync<List<RecipientView>>($"/api/lots/{lot.Id}/recipients"))!;
        var labCsv = await ward.LabEnterer.GetStringAsync($"/api/lots/{lot.Id}/recipients.csv");
        var clinicianCsv = await ward.Clinician.GetStringAsync($"/api/lots/{lot.Id}/recipients.csv");
        var lotsOfPatient = (await ward.Clinician.GetFromJsonAsync<List<ReceivedLotView>>($"/api/patients/{ward.PatientId}/lots"))!;
        var patient = await ward.World.ClientAsync("patient");
        var clinicianB = await ward.World.ClientAsync("clinicianB");

        var coded = Assert.Single(forLab);
        Assert.Equal((given.Id, null, null, null), (coded.InfusionId, coded.PatientId, coded.Mrn, coded.NativeName));
        Assert.Matches("^R-[0-9A-HJKMNP-TV-Z]{12}$", coded.RecipientCode);
        Assert.DoesNotContain(ward.Mrn, labJson, StringComparison.Ordinal);
        Assert.DoesNotContain(ward.PatientId.ToString("D"), labJson, StringComparison.Ordinal);
        var named = Assert.Single(forClinician);
        Assert.Equal((ward.PatientId, ward.Mrn, coded.RecipientCode), (named.PatientId, named.Mrn, named.RecipientCode));
        Assert.NotNull(named.NativeName);
        Assert.StartsWith("recipientCode,patientId,nativeName,latinName,mrn,infusionId,startedAt,infusionStatus,unitCodes,adverseEvents\r\n", labCsv, StringComparison.Ordinal);
        Assert.Contains(coded.RecipientCode + ",,,,," + given.Id.ToString("D"), labCsv, StringComparison.Ordinal);
        Assert.DoesNotContain(ward.Mrn, labCsv, StringComparison.Ordinal);
        Assert.Contains(ward.Mrn, clinicianCsv, StringComparison.Ordinal);
        Assert.Equal((lot.Id, lot.LotNumber, given.Id, "released"), (Assert.Single(lotsOfPatient).LotId, lotsOfPatient[0].LotNumber, lotsOfPatient[0].InfusionId,
            lotsOfPatient[0].LotStatus));
        Assert.DoesNotContain(lotsOfPatient, l => l.InfusionId == notGiven.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/api/lots/{lot.Id}/recipients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/api/patients/{ward.World.PatientA1.Id}/lots")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/api/infusions/{given.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.GetAsync($"/api/infusions/{given.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.GetAsync($"/api/patients/{ward.PatientId}/lots")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clinicianB.PostAsJsonAsync($"/api/courses/{ward.CourseId}/infusions",
            new { lotId = lot.Id, scheduledAt = DateTimeOffset.UtcNow, cellsPerKg = 1_000_000m, weightKg = 70m })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ward.LabEnterer.GetAsync($"/api/patients/{ward.PatientId}/lots")).StatusCode);
    }
}
