using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Outcomes.Cohort;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;
using MndCare.Testing.Language;
using MndCare.Testing.Pdf;

namespace MndCare.Web.Tests;

// Issue 10, the clinic (docs/outcomes/cohort.md): the cohort page, its API and the ethics-committee report for clinicians, administrators and
// auditors only; aggregate figures (never a name or MRN); every view and download audited, refusals too; a bad selection is a 400 with its code.
public sealed class CohortOutcomePageTests(ApiWorld worlds)
{
    private const int Patients = 40;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Page_ShowsEveryPanel_WithNAndIntervals_AndNoIdentities_AndIsAudited(DatabaseProvider provider)
    {
        var (world, clinic, treated) = await ArrangeAsync(provider);
        var (clinician, user) = await world.StaffPagesAsync(clinic, ClinicRole.Clinician);

        var html = await clinician.GetStringAsync("/Outcomes/Cohort?onset=upperLimb&onset=lowerLimb&onset=bulbar");
        var everyone = await clinician.GetStringAsync("/Outcomes/Cohort");

        foreach (var id in new[] { "flow", "trajectory", "survival", "cox-summary", "natural-history", "adverse-events", "limitations", "report-link" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains($"<td data-label=\"Patients selected\">{Patients}</td>", everyone, StringComparison.Ordinal);
        Assert.Contains("Slope before the course", html, StringComparison.Ordinal);
        Assert.Contains("points/month (95% CI", html, StringComparison.Ordinal);
        Assert.Contains($"of {Patients} (", everyone, StringComparison.Ordinal);
        Assert.Contains("Median ", html, StringComparison.Ordinal);
        Assert.Contains($"Patients exposed (course started): {treated.Count}.", everyone, StringComparison.Ordinal);
        Assert.Contains("href=\"/Outcomes/Cohort/Report?onset=bulbar&amp;onset=upperLimb&amp;onset=lowerLimb\"", html, StringComparison.Ordinal);
        await AssertNoIdentityAsync(world, clinic, html);
        await using var db = world.Database.CreateContext();
        var views = await db.AuditEvents.AsNoTracking().Where(e => e.Action == CohortOutcomes.ViewAction && e.ActorUserId == user.Id).ToListAsync();
        Assert.Equal(2, views.Count);
        Assert.All(views, e => Assert.Equal((AuditOutcome.Success, clinic.Id), (e.Outcome, e.ClinicId)));
        Assert.Contains(views, e => JsonDocument.Parse(e.Details!).RootElement.GetProperty("selection").GetString() == "onset=bulbar&onset=upperLimb&onset=lowerLimb");
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Report_IsAPdfInTheReadersLanguage_WithoutIdentities_AndIsAudited(DatabaseProvider provider)
    {
        var (world, clinic, _) = await ArrangeAsync(provider);
        var (administrator, user) = await world.StaffPagesAsync(clinic, ClinicRole.Administrator);
        var (auditor, _) = await world.StaffApiAsync(clinic, ClinicRole.Auditor);

        var response = await administrator.GetAsync("/Outcomes/Cohort/Report?dfs=slow&dfs=intermediate&dfs=fast");
        var chinese = await auditor.GetByteArrayAsync("/api/outcomes/cohort/report?lang=zh-Hans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = PdfText.Normalized(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Cohort outcome and safety report", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Methods", "Cohort", "Outcomes", "Comparison with natural history", "Adverse events", "Limitations" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
        await AssertNoIdentityAsync(world, clinic, text);
        Assert.Contains("队列结局与安全性报告", PdfText.WithoutWhitespace(chinese), StringComparison.Ordinal);
        Assert.Empty(EnglishWords.In(PdfText.All(chinese), new HashSet<string>(StringComparer.Ordinal)).Distinct());
        await using var db = world.Database.CreateContext();
        var download = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Action == CohortOutcomes.ReportAction && e.ActorUserId == user.Id);
        Assert.Equal("en", JsonDocument.Parse(download.Details!).RootElement.GetProperty("language").GetString());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Api_IsTheSameCohort_ABadSelectionIsA400_AndOtherRolesAreRefused(DatabaseProvider provider)
    {
        var (world, clinic, treated) = await ArrangeAsync(provider);
        var (auditor, _) = await world.StaffApiAsync(clinic, ClinicRole.Auditor);
        var (nurse, nurseUser) = await world.StaffApiAsync(clinic, ClinicRole.Nurse);
        var (nursePages, _) = await world.StaffPagesAsync(clinic, ClinicRole.Nurse);

        var body = await auditor.GetStringAsync("/api/outcomes/cohort");
        var bad = await auditor.GetAsync("/api/outcomes/cohort?phenotype=alz&courseFrom=2025-02-30");
        var refused = await nurse.GetAsync("/api/outcomes/cohort");
        var refusedPage = await nursePages.GetAsync("/Outcomes/Cohort");

        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Patients, json.GetProperty("flow").GetProperty("selected").GetInt32());
        Assert.Equal(treated.Count, json.GetProperty("adverseEvents").GetProperty("patientsExposed").GetInt32());
        Assert.True(json.GetProperty("trajectory").GetProperty("fixedEffects").TryGetProperty("months", out _));
        Assert.True(json.GetProperty("survival").GetProperty("events").GetInt32() > 0);
        await AssertNoIdentityAsync(world, clinic, body);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(CohortSelection.UnknownValue, problem.ToString(), StringComparison.Ordinal);
        Assert.Contains(CohortSelection.InvalidDate, problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(refusedPage.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Found });
        Assert.DoesNotContain("Patients selected", await refusedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        Assert.True(await db.AuditEvents.AsNoTracking().AnyAsync(e => e.Action == CohortOutcomes.ViewAction && e.ActorUserId == nurseUser.Id
            && e.Outcome == AuditOutcome.Denied));
    }

    private async Task<(World World, Clinic Clinic, IReadOnlyList<Guid> Treated)> ArrangeAsync(DatabaseProvider provider)
    {
        var world = await worlds.ForAsync(provider);
        var clinic = await world.Data.CreateClinicAsync("队列诊所 " + Random.Shared.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var clinician = await world.Data.CreateStaffAsync(clinic, ClinicRole.Clinician);
        var treated = await CohortSeed.SeedAsync(world.Factory.Services, clinic, clinician.Id, Patients);
        var (recorder, _) = await world.StaffApiAsync(clinic, ClinicRole.Clinician);
        await using var db = world.Database.CreateContext();
        var course = await db.TreatmentCourses.AsNoTracking().FirstAsync(c => c.PatientId == treated[0]);
        var recorded = await recorder.PostAsJsonAsync($"/api/patients/{treated[0]}/adverse-events", new
        {
            term = "Fever", onsetOn = Domain.Time.ClinicTime.Format(course.StartsOn.AddDays(1)), grade = 1, seriousness = Array.Empty<string>(), expected = true,
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        return (world, clinic, treated);
    }

    private static async Task AssertNoIdentityAsync(World world, Clinic clinic, string text)
    {
        await using var db = world.Database.CreateContext();
        var identities = await db.Patients.AsNoTracking().Where(p => p.ClinicId == clinic.Id).Select(p => new { p.Mrn, p.NativeName, p.Id }).ToListAsync();
        Assert.All(identities, p =>
        {
            Assert.DoesNotContain(p.Mrn, text, StringComparison.Ordinal);
            Assert.DoesNotContain(p.NativeName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(p.Id.ToString("D"), text, StringComparison.Ordinal);
        });
    }
}
