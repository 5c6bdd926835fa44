using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Paging;
using MndCare.Application.Patients;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// The access matrix: administrators see no clinical content, so no onset, diagnosis or death in the registry (security test plan AC-09).
public sealed class AdministratorPrivacyTests(ApiWorld worlds)
{
    private static async Task<Patient> DeceasedPatientAsync(World world) =>
        await world.Data.CreatePatientAsync(world.ClinicA, new PatientBuilder()
            .WithName("隐私测试", "Privacy " + Guid.CreateVersion7().ToString("N")[^8..]).With(i => i with { DeathDate = "2025-10-01" }));

    private static object Body(PatientRecord r, string phone, string? onsetDate = null) => new
    {
        r.Mrn, r.NativeName, r.LatinName, r.Sex, r.BirthDate, phone, r.Email, r.PreferredLanguage, onsetDate,
    };

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Api_HidesTheMndHistoryFromAdministrators_InRecordsAndSearchResults(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await DeceasedPatientAsync(world);
        var administrator = await world.ClientAsync("administrator");
        var clinician = await world.ClientAsync("clinician");

        var hidden = await administrator.GetFromJsonAsync<PatientRecord>($"/api/patients/{patient.Id}");
        var shown = await clinician.GetFromJsonAsync<PatientRecord>($"/api/patients/{patient.Id}");
        var adminList = await administrator.GetFromJsonAsync<Paged<PatientSummary>>($"/api/patients?q={patient.LatinName}");
        var clinicianList = await clinician.GetFromJsonAsync<Paged<PatientSummary>>($"/api/patients?q={patient.LatinName}");
        var raw = await administrator.GetStringAsync($"/api/patients/{patient.Id}");

        Assert.Equal((null, null, null, null), (hidden!.OnsetDate, hidden.DiagnosisDate, hidden.OnsetSite, hidden.DeathDate));
        Assert.Equal(("2024-03-01", "2025-01-15", "upperLimb", "2025-10-01"), (shown!.OnsetDate, shown.DiagnosisDate, shown.OnsetSite, shown.DeathDate));
        Assert.Null(Assert.Single(adminList!.Items).Deceased);
        Assert.True(Assert.Single(clinicianList!.Items).Deceased);
        Assert.DoesNotContain("2024-03-01", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-10-01", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Api_AdministratorsEdit_KeepsTheHistory_AndCannotSetIt(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await DeceasedPatientAsync(world);
        var administrator = await world.ClientAsync("administrator");
        var record = (await administrator.GetFromJsonAsync<PatientRecord>($"/api/patients/{patient.Id}"))!;

        var path = $"/api/patients/{patient.Id}";
        var saved = await ApiClient.PutIfMatchAsync(administrator, path, path, Body(record, "+86 135 0000 1111"));
        var refused = await ApiClient.PutIfMatchAsync(administrator, path, path, Body(record, "+86 135 0000 2222", "2020-01-01"));
        var registered = await administrator.PostAsJsonAsync("/api/patients", new
        {
            mrn = "ADM-" + Guid.CreateVersion7().ToString("N")[^8..], nativeName = "王芳", sex = "female", birthDate = "1970-01-01",
            preferredLanguage = "zh-Hans", diagnosisDate = "2025-01-01",
        });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Null((await saved.Content.ReadFromJsonAsync<PatientRecord>())!.OnsetDate);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, registered.StatusCode);
        await using var db = world.Database.CreateContext();
        var stored = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id);
        Assert.Equal(("+86 135 0000 1111", new DateOnly(2024, 3, 1), new DateOnly(2025, 1, 15), OnsetSite.UpperLimb, new DateOnly(2025, 10, 1)),
            (stored.Details.Phone, stored.OnsetDate, stored.DiagnosisDate, stored.Details.OnsetSite, stored.DeathDate));
        var update = await db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.EntityId == patient.Id.ToString("D") && e.Action == "patient.update" && e.Outcome == Domain.Auditing.AuditOutcome.Success);
        Assert.Equal(["phone"], update.Changes.Select(c => c.Field));
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Pages_ShowAdministratorsNoHistory_AndTheirEditKeepsIt(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var patient = await DeceasedPatientAsync(world);
        var (administrator, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Administrator);
        var (clinician, _) = await world.StaffPagesAsync(world.ClinicA, ClinicRole.Clinician);

        var adminDetails = await administrator.GetStringAsync($"/Patients/{patient.Id}");
        var adminEdit = await administrator.GetStringAsync($"/Patients/{patient.Id}/Edit");
        var adminNew = await administrator.GetStringAsync("/Patients/New");
        var adminList = await administrator.GetStringAsync($"/Patients?q={patient.LatinName}");
        var clinicianDetails = await clinician.GetStringAsync($"/Patients/{patient.Id}");
        var clinicianEdit = await clinician.GetStringAsync($"/Patients/{patient.Id}/Edit");
        var clinicianList = await clinician.GetStringAsync($"/Patients?q={patient.LatinName}");

        foreach (var html in new[] { adminDetails, adminEdit, adminNew, adminList })
        {
            Assert.DoesNotContain("2024-03-01", html, StringComparison.Ordinal);
            Assert.DoesNotContain("2025-01-15", html, StringComparison.Ordinal);
            Assert.DoesNotContain("2025-10-01", html, StringComparison.Ordinal);
            Assert.DoesNotContain("MND history", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Deceased", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Form.OnsetSite", html, StringComparison.Ordinal);
        }
        Assert.Contains("2024-03-01", clinicianDetails, StringComparison.Ordinal);
        Assert.Contains("Deceased 2025-10-01", clinicianDetails, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.DeathDate\" type=\"date\" value=\"2025-10-01\"", clinicianEdit, StringComparison.Ordinal);
        Assert.Contains("Deceased", clinicianList, StringComparison.Ordinal);

        var edit = adminEdit;
        var form = new Dictionary<string, string>
        {
            ["Form.Mrn"] = patient.Mrn, ["Form.NativeName"] = patient.NativeName, ["Form.LatinName"] = patient.LatinName!, ["Form.Sex"] = "male",
            ["Form.BirthDate"] = "1968-04-12", ["Form.PreferredLanguage"] = "zh-Hans", ["Form.Phone"] = "+86 136 0000 7777",
            ["Version"] = System.Text.RegularExpressions.Regex.Match(edit, "name=\"Version\" value=\"([0-9a-f]{32})\"").Groups[1].Value,
            ["ClinicId"] = world.ClinicA.Id.ToString(),
        };
        var saved = await PageSession.SubmitAsync(administrator, $"/Patients/{patient.Id}/Edit", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = world.Database.CreateContext();
        var stored = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == patient.Id);
        Assert.Equal(("+86 136 0000 7777", new DateOnly(2024, 3, 1), new DateOnly(2025, 10, 1)), (stored.Details.Phone, stored.OnsetDate, stored.DeathDate));
    }
}
