using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Auditing;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// The auditor's page: filters by user, action, record, outcome and days in the clinic's time zone; old → new; CSV export.
public sealed class AuditTrailPageTests(ApiWorld worlds)
{
    private sealed record Scene(Clinic Clinic, Guid PatientId, string EditorEmail, HttpClient Auditor);

    // A clinic far east of UTC (its day starts at 10:00 UTC), a patient whose phone a clinician changes and a nurse reads.
    private static async Task<Scene> SceneAsync(World world)
    {
        var clinic = await world.Data.CreateClinicAsync("Audit " + Guid.CreateVersion7().ToString("N")[^8..], "Pacific/Kiritimati");
        var patient = await world.Data.CreatePatientAsync(clinic);
        var (editor, editorUser) = await world.StaffApiAsync(clinic, ClinicRole.Clinician);
        var (reader, _) = await world.StaffApiAsync(clinic, ClinicRole.Nurse);
        var read = await editor.GetAsync($"/api/patients/{patient.Id}");
        var record = (await read.Content.ReadFromJsonAsync<PatientRecord>())!;
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/patients/{patient.Id}")
        {
            Content = JsonContent.Create(new
            {
                record.Mrn, record.NativeName, record.LatinName, record.Sex, record.BirthDate, phone = "+86 139 2222 3333", record.Email,
                record.PreferredLanguage, record.OnsetDate, record.DiagnosisDate, record.OnsetSite, record.DeathDate,
            }),
        };
        update.Headers.IfMatch.Add(read.Headers.ETag!);
        (await editor.SendAsync(update)).EnsureSuccessStatusCode();
        (await reader.GetAsync($"/api/patients/{patient.Id}")).EnsureSuccessStatusCode();
        var (auditor, _) = await world.StaffPagesAsync(clinic, ClinicRole.Auditor);
        return new Scene(clinic, patient.Id, editorUser.Email!, auditor);
    }

    private static int Rows(string html) => html.Split("<td class=\"num\">").Length - 1;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Filters_ByUserActionRecordAndOutcome_ShowOldAndNew(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await SceneAsync(world);
        var id = scene.PatientId;

        var byUser = await scene.Auditor.GetStringAsync($"/Audit?user={Uri.EscapeDataString(scene.EditorEmail)}&entityId={id}");
        var byAction = await scene.Auditor.GetStringAsync($"/Audit?action=patient.update&entityType=patient&entityId={id}");
        var reads = await scene.Auditor.GetStringAsync($"/Audit?action=patient.read&entityId={id}&outcome=Success");
        var refused = await scene.Auditor.GetStringAsync($"/Audit?entityId={id}&outcome=Denied");
        var byName = await scene.Auditor.GetStringAsync($"/Audit?user=test+nurse&entityId={id}");

        Assert.Equal(2, Rows(byUser)); // the clinician read the record, then changed it
        Assert.DoesNotContain("Test Nurse", byUser, StringComparison.Ordinal);
        Assert.Equal(1, Rows(byAction));
        Assert.Contains("<strong>Telephone</strong> <code class=\"recorded\">phone</code>: <bdi class=\"recorded\">+86 138 0000 0001</bdi> → <bdi class=\"recorded\">+86 139 2222 3333</bdi>",
            WebUtility.HtmlDecode(byAction), StringComparison.Ordinal);
        Assert.Equal(2, Rows(reads));
        Assert.Equal(0, Rows(refused));
        Assert.Contains("Events: 0", refused, StringComparison.Ordinal);
        Assert.Equal(1, Rows(byName));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Filters_ByDays_InTheClinicsTimeZone(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await SceneAsync(world);
        await using var db = world.Database.CreateContext();
        var update = await db.AuditEvents.SingleAsync(e => e.EntityId == scene.PatientId.ToString("D") && e.Action == "patient.update");
        var day = scene.Clinic.LocalDate(new DateTimeOffset(update.OccurredAtUtc)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dayBefore = scene.Clinic.LocalDate(new DateTimeOffset(update.OccurredAtUtc)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var filter = $"/Audit?action=patient.update&entityId={scene.PatientId}";

        var thatDay = await scene.Auditor.GetStringAsync($"{filter}&from={day}&to={day}");
        var before = await scene.Auditor.GetStringAsync($"{filter}&to={dayBefore}");
        var after = await scene.Auditor.GetStringAsync($"{filter}&from={scene.Clinic.LocalDate(new DateTimeOffset(update.OccurredAtUtc)).AddDays(1):yyyy-MM-dd}");
        var backwards = await scene.Auditor.GetStringAsync($"{filter}&from={day}&to={dayBefore}");
        var unreadable = await scene.Auditor.GetStringAsync($"{filter}&from=yesterday");

        Assert.Equal(1, Rows(thatDay));
        Assert.Contains("(Pacific/Kiritimati)", thatDay, StringComparison.Ordinal);
        var local = TimeZoneInfo.ConvertTimeFromUtc(update.OccurredAtUtc, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati"));
        Assert.Contains(local.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), thatDay, StringComparison.Ordinal);
        Assert.Equal(0, Rows(before));
        Assert.Equal(0, Rows(after));
        Assert.Contains("To: is before the first day.", System.Net.WebUtility.HtmlDecode(backwards), StringComparison.Ordinal);
        Assert.Contains("Not understood: From", unreadable, StringComparison.Ordinal);
        Assert.Equal(1, Rows(unreadable));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Export_WritesTheFilteredEventsAsSafeUtf8Csv_AndIsAudited(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await SceneAsync(world);
        // A name that a spreadsheet would run as a formula, and Chinese that Excel must show.
        var (hostile, hostileUser) = await world.StaffApiAsync(scene.Clinic, ClinicRole.Nurse);
        await using (var db = world.Database.CreateContext())
        {
            var user = await db.Users.SingleAsync(u => u.Id == hostileUser.Id);
            user.DisplayName = "=HYPERLINK(\"http://evil.example\",\"王护士\")";
            await db.SaveChangesAsync();
        }
        (await hostile.GetAsync($"/api/patients/{scene.PatientId}")).EnsureSuccessStatusCode();

        var response = await scene.Auditor.GetAsync($"/Audit?handler=Export&entityId={scene.PatientId}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment; filename=\"audit-trail-", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(string.Join(",", AuditCsv.Columns), lines[0]);
        Assert.Equal(5, lines.Length); // headings, the editor's read and change, the nurse's read, the hostile read
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"王护士\"\")\",", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",patient.update,Success,patient,", StringComparison.Ordinal) && l.Contains("phone: +86 138 0000 0001 → +86 139 2222 3333", StringComparison.Ordinal));
        await using var check = world.Database.CreateContext();
        var export = await check.AuditEvents.Where(e => e.Action == AuditQueries.ExportAction).OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Contains($"\"entityId\":\"{scene.PatientId}\"", export.Details, StringComparison.Ordinal);
        Assert.Contains("\"total\":4", export.Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task PageAndExport_InSimplifiedChinese(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var scene = await SceneAsync(world);
        await PageSession.SubmitAsync(scene.Auditor, "/Language", new Dictionary<string, string> { ["culture"] = "zh-Hans", ["returnUrl"] = "/Audit" });

        var page = await scene.Auditor.GetStringAsync($"/Audit?entityId={scene.PatientId}");
        var csv = Encoding.UTF8.GetString((await scene.Auditor.GetByteArrayAsync($"/Audit?handler=Export&entityId={scene.PatientId}")).AsSpan(3));

        Assert.Contains("起始日期", page, StringComparison.Ordinal);
        Assert.Contains("导出为 CSV", page, StringComparison.Ordinal);
        Assert.Contains(">成功<", page, StringComparison.Ordinal);
        Assert.StartsWith("序号,当地时间,", csv, StringComparison.Ordinal);
    }
}
