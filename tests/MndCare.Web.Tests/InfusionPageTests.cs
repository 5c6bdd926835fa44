using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Infusions;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Infusions;
using MndCare.Domain.Time;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.Language;

namespace MndCare.Web.Tests;

// Issue 8, infusion pages and settings (docs/therapy/infusion.md, "Pages" and "Clinic settings"): the clinic's own dose range and
// monitoring, the optional If-Match of the infusion changes, and the pages driven like a browser without JavaScript.
public sealed class InfusionPageTests(ApiWorld worlds)
{
    private static async Task<InfusionScene> OwnClinicAsync(World world) =>
        await InfusionScene.CreateAsync(world, await world.Data.CreateClinicAsync("Clinic " + Guid.CreateVersion7().ToString("N")[..8]));

    private static HttpRequestMessage Request(HttpMethod method, string path, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }
        return request;
    }

    private static object Settings(decimal min, decimal max, int weightDays = 7, int interval = 15, int afterEnd = 60) => new
    {
        minCellsPerKg = min, maxCellsPerKg = max, weightMaxAgeDays = weightDays, monitoringIntervalMinutes = interval, monitoringAfterEndMinutes = afterEnd,
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Settings_AreTheClinics_ATenfoldRangeOrAStaleVersionIsRefused_AndOrdersFollowThem(DatabaseProvider provider)
    {
        var scene = await OwnClinicAsync(await worlds.ForAsync(provider));
        var lot = await scene.LotAsync();

        var defaults = await scene.Administrator.GetAsync("/api/infusion-settings");
        var read = (await defaults.Content.ReadFromJsonAsync<InfusionSettingsView>())!;
        var tenfold = await scene.Administrator.PutAsJsonAsync("/api/infusion-settings", Settings(200_000m, 2_000_000m));
        var badInterval = await scene.Administrator.PutAsJsonAsync("/api/infusion-settings", Settings(500_000m, 1_000_000m, interval: 2));
        var stale = await scene.Administrator.SendAsync(Request(HttpMethod.Put, "/api/infusion-settings", Settings(500_000m, 1_000_000m), "\"" + new string('f', 32) + "\""));
        var saved = await scene.Administrator.SendAsync(Request(HttpMethod.Put, "/api/infusion-settings", Settings(500_000m, 1_000_000m, interval: 10, afterEnd: 30),
            defaults.Headers.ETag!.Tag));
        var byNurse = await scene.Nurse.GetAsync("/api/infusion-settings");
        var aboveNewMax = await scene.OrderAsync(lot.Id, cellsPerKg: 1_500_000m);
        var atNewMax = await scene.OrderAsync(lot.Id, cellsPerKg: 1_000_000m, weightKg: 100m);

        Assert.Equal((500_000m, 2_000_000m, 7, 15, 60), (read.MinCellsPerKg, read.MaxCellsPerKg, read.WeightMaxAgeDays, read.MonitoringIntervalMinutes,
            read.MonitoringAfterEndMinutes));
        Assert.Equal(HttpStatusCode.BadRequest, tenfold.StatusCode);
        Assert.Contains(InfusionErrorCodes.DoseRangeTooWide, await tenfold.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(InfusionErrorCodes.InvalidMonitoringSetting, await badInterval.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, aboveNewMax.StatusCode);
        Assert.Equal(HttpStatusCode.Created, atNewMax.StatusCode);
        var ordered = (await atNewMax.Content.ReadFromJsonAsync<InfusionView>())!;
        Assert.Equal(HttpStatusCode.OK, (await scene.CheckAsync(ordered.Id, scene.Mrn, lot.Units[0].Code)).StatusCode);
        var running = (await scene.Nurse.GetFromJsonAsync<InfusionView>($"/api/infusions/{ordered.Id}"))!;
        // The clinic's 10-minute interval: the first reading during the infusion is due 10 minutes after the start.
        Assert.Equal(TimeSpan.FromMinutes(10), running.Monitoring.Single(c => c.Kind == "during").DueAt - running.StartedAt!.Value);
        await using var db = scene.World.Database.CreateContext();
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Action == InfusionPolicies.SaveAction && e.ClinicId == scene.Clinic.Id)
            .OrderBy(e => e.Sequence).Select(e => e.Outcome).ToListAsync();
        Assert.Equal([AuditOutcome.Invalid, AuditOutcome.Invalid, AuditOutcome.Conflict, AuditOutcome.Success], events);
        Assert.Equal(1, await db.InfusionPolicies.CountAsync(p => p.ClinicId == scene.Clinic.Id));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task InfusionChanges_WithTheVersionRead_Pass_WithAStaleOne_Are412_AndChangeNothing(DatabaseProvider provider)
    {
        var scene = await OwnClinicAsync(await worlds.ForAsync(provider));
        var lot = await scene.LotAsync();
        var ordered = await scene.OrderedAsync(lot.Id);
        var path = $"/api/infusions/{ordered.Id}";

        var read = await scene.Nurse.GetAsync(path);
        var first = await scene.Nurse.SendAsync(Request(HttpMethod.Post, path + "/deviations", new { text = "Bag label smudged; read against the lot." },
            read.Headers.ETag!.Tag));
        var second = await scene.Nurse.SendAsync(Request(HttpMethod.Post, path + "/deviations", new { text = "A second nurse's note." }, read.Headers.ETag.Tag));
        var staleCheck = await scene.Nurse.SendAsync(Request(HttpMethod.Post, path + "/identity-check",
            new { patientCode = scene.Mrn, unitCodes = new[] { lot.Units[0].Code } }, read.Headers.ETag.Tag));
        var after = (await scene.Nurse.GetFromJsonAsync<InfusionView>(path))!;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(read.Headers.ETag, first.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleCheck.StatusCode);
        Assert.Equal(ConflictErrorCode, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.Equal(("ordered", 1), (after.Status, after.Deviations.Count));
    }

    private const string ConflictErrorCode = Domain.Results.ConflictError.VersionMismatch;

    [Fact]
    public async Task Pages_TheClinicianOrders_TheNurseIsRefusedAWrongUnit_PassesTheCheck_RecordsAFever_AndCompletes()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var scene = await OwnClinicAsync(world);
        var lot = await scene.LotAsync();
        var other = await scene.LotAsync();
        var (clinician, clinicianUser) = await world.StaffPagesAsync(scene.Clinic, ClinicRole.Clinician);
        var (nurse, nurseUser) = await world.StaffPagesAsync(scene.Clinic, ClinicRole.Nurse);
        var local = ClinicTime.Local(DateTimeOffset.UtcNow, scene.Clinic.TimeZoneId);
        var form = $"/Courses/{scene.CourseId}/Infusions/New";
        Dictionary<string, string> Order(string dose) => new()
        {
            ["Form.LotId"] = lot.Id.ToString("D"), ["Form.ScheduledDate"] = local.AddHours(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Form.ScheduledTime"] = local.AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture), ["Form.DoseMillions"] = dose, ["Form.WeightKg"] = "70",
            ["Form.WeighedDate"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Form.WeighedTime"] = local.AddMinutes(-5).ToString("HH:mm", CultureInfo.InvariantCulture),
        };

        var orderForm = await clinician.GetStringAsync(form);
        var preview = await (await PageSession.SubmitAsync(clinician, form, Order("1.0"), form + "?handler=Preview")).Content.ReadAsStringAsync();
        var slip = await (await PageSession.SubmitAsync(clinician, form, Order("10"), form)).Content.ReadAsStringAsync();
        var placed = await PageSession.SubmitAsync(clinician, form, Order("1.0"), form);
        var page = placed.Headers.Location!.OriginalString;
        var ward = await nurse.GetStringAsync("/Infusions");
        var wrongUnit = await PostAsync(nurse, page, "IdentityCheck", new() { ["Form.PatientCode"] = scene.Mrn, ["Form.UnitCodes[0]"] = other.Units[0].Code });
        var passed = await PostAsync(nurse, page, "IdentityCheck", new() { ["Form.PatientCode"] = scene.Mrn, ["Form.UnitCodes[0]"] = lot.Units[0].Code });
        var taken = local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        Dictionary<string, string> Vitals(string temperature, string heartRate) => new()
        {
            ["Form.TakenAt"] = taken, ["Form.TemperatureCelsius"] = temperature, ["Form.HeartRate"] = heartRate, ["Form.SystolicMmHg"] = "120",
            ["Form.DiastolicMmHg"] = "78", ["Form.RespiratoryRate"] = "16", ["Form.Spo2Percent"] = "97",
        };
        var normal = await PostAsync(nurse, page, "VitalSigns", Vitals("36.8", "72"));
        var fever = await PostAsync(nurse, page, "VitalSigns", Vitals("38.4", "104"));
        var bedside = await nurse.GetStringAsync(page);
        var completed = await PostAsync(nurse, page, "Complete",
            new() { ["Form.EndedAt"] = local.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) });
        var readOnly = await clinician.GetStringAsync(page);

        Assert.Contains(lot.LotNumber, orderForm, StringComparison.Ordinal);
        Assert.Contains("70 ×10^6 cells", preview, StringComparison.Ordinal);
        Assert.Contains("1 (each holding 100 ×10^6 cells)", preview, StringComparison.Ordinal);
        Assert.Contains("is outside the clinic&#x27;s range of 0.5 to 2 ×10^6 cells/kg", slip, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Contains(page, ward, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, wrongUnit.StatusCode);
        Assert.Contains($"Unit {other.Units[0].Code} belongs to another lot than the order", await wrongUnit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (normal.StatusCode, fever.StatusCode));
        Assert.Contains("id=\"fever\"", bedside, StringComparison.Ordinal);
        Assert.Contains("38.4 °C at", bedside, StringComparison.Ordinal);
        Assert.Equal(2, bedside.Split("data-flag=\"high\"").Length - 1);
        Assert.Contains("<svg", bedside, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Contains("Completed", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("?handler=VitalSigns", readOnly, StringComparison.Ordinal);

        var names = new HashSet<string>(nurseUser.DisplayName.Split(' ').Concat(clinicianUser.DisplayName.Split(' ')), StringComparer.Ordinal)
        {
            "Zhang", "Wei", "UCMSC-IV",
        };
        foreach (var (client, path) in new[] { (nurse, page), (nurse, "/Infusions"), (clinician, form) })
        {
            await PageSession.SubmitAsync(client, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/" });
            var words = EnglishWords.In(EnglishWords.VisibleText(await client.GetStringAsync(path)), names);
            Assert.True(words.Count == 0, path + ": " + string.Join(", ", words.Distinct()));
        }
    }

    [Fact]
    public async Task SettingsPage_SavesTheClinicsSettings_AndNamesARefusedSetting()
    {
        var world = await worlds.ForAsync(DatabaseProvider.Sqlite);
        var clinic = await world.Data.CreateClinicAsync("Clinic " + Guid.CreateVersion7().ToString("N")[..8]);
        var (administrator, _) = await world.StaffPagesAsync(clinic, ClinicRole.Administrator);
        const string path = "/Admin/InfusionSettings";
        Dictionary<string, string> Fields(string max) => new()
        {
            ["Form.MinMillions"] = "0.5", ["Form.MaxMillions"] = max, ["Form.WeightMaxAgeDays"] = "5", ["Form.MonitoringIntervalMinutes"] = "15",
            ["Form.MonitoringAfterEndMinutes"] = "60",
        };

        var refused = await (await PostAsync(administrator, path, null, Fields("5"))).Content.ReadAsStringAsync();
        var saved = await (await PostAsync(administrator, path, null, Fields("1.5"))).Content.ReadAsStringAsync();
        var reread = await administrator.GetStringAsync(path);

        Assert.Contains("less than ten times it", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"saved\"", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"1.5\"", reread, StringComparison.Ordinal);
        Assert.Contains("value=\"5\"", reread, StringComparison.Ordinal);
    }

    // Posts one of a page's forms as a browser would: with the antiforgery token and the version the page showed.
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string? handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = PageSession.AntiforgeryToken(html), ["Version"] = PageSession.Version(html) };
        return await client.PostAsync(handler is null ? page : page + "?handler=" + handler, new FormUrlEncodedContent(form));
    }
}
