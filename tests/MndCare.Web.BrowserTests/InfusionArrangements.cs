using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.CellProducts;
using MndCare.Application.Courses;
using MndCare.Application.Demo;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Time;
using MndCare.Testing;

namespace MndCare.Web.BrowserTests;

/// <summary>A demo-clinic patient with a planned course and two released lots, arranged over the JSON API by the demo users (the
/// cell-lab pages belong to another journey step).</summary>
internal static class InfusionArrangements
{
    private static readonly string[] Markers = ["hiv", "hbv", "hcv", "syphilis", "htlv", "cmv"];

    public sealed record Ward(Guid CourseId, string Mrn, string TimeZoneId, LotRecord Lot, LotRecord OtherLot);

    public static async Task<Ward> CourseWithReleasedLotsAsync(BrowserApp app)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = app.Database.CreateContext();
        var clinic = await db.Clinics.AsNoTracking().SingleAsync(c => c.Id == DemoSeeder.DemoClinicId, cancellation);
        var mrn = "INF-" + Guid.CreateVersion7().ToString("N")[^8..].ToUpperInvariant();
        var patient = await new TestWorld(app.Services).CreatePatientAsync(clinic, new PatientBuilder().WithName("陈立新", "Chen Lixin").WithMrn(mrn));
        using var clinician = await ApiAsync(app, DemoSeeder.EmailFor(ClinicRole.Clinician));
        using var enterer = await ApiAsync(app, DemoSeeder.EmailFor(ClinicRole.CellLab));
        using var releaser = await ApiAsync(app, DemoSeeder.SecondCellLabEmail);
        // The demo clinic's own 4-week template: a second one of the same name would make the planning page's choice ambiguous.
        var template = (await clinician.GetFromJsonAsync<List<CourseTemplateView>>("/api/course-templates", cancellation))!
            .Single(t => t.ClinicId == clinic.Id && !t.Archived && t.Template.Name == CourseTemplate.FourWeekDemo.Name);
        var today = clinic.LocalDate(DateTimeOffset.UtcNow);
        var course = await Created<CourseView>(await clinician.PostAsJsonAsync($"/api/patients/{patient.Id}/courses",
            new { templateId = template.Id, startsOn = ClinicTime.Format(today.AddDays(1)) }, cancellation));
        return new Ward(course.Id, mrn, clinic.TimeZoneId, await ReleasedLotAsync(enterer, releaser, today), await ReleasedLotAsync(enterer, releaser, today));
    }

    private static async Task<LotRecord> ReleasedLotAsync(HttpClient enterer, HttpClient releaser, DateOnly today)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var donorCode = Domain.CellProducts.DonorCode.FromSequence(Random.Shared.Next(1, 1_000_000)).Value;
        (await enterer.PostAsJsonAsync("/api/donors", new
        {
            donorCode, consentedOn = today.AddDays(-40), screening = Markers.Select(m => new { marker = m, result = "nonReactive", testedOn = today.AddDays(-30) }),
        }, cancellation)).EnsureSuccessStatusCode();
        var lot = await Created<LotRecord>(await enterer.PostAsJsonAsync("/api/lots", new
        {
            lotNumber = $"UCM{Random.Shared.Next(100_000, 999_999)}-01", productCode = "UCMSC-IV", donorCode, manufacturedOn = today.AddDays(-20),
            expiresOn = today.AddDays(90), passage = 4, cellsPerUnit = 100_000_000L, unitsProduced = 3,
        }, cancellation));
        (await enterer.PutAsJsonAsync($"/api/lots/{lot.Id}/results", new
        {
            viabilityPercent = 92m, cd73Percent = 99.1m, cd90Percent = 98.7m, cd105Percent = 97.5m, cd45Percent = 0.4m, cd34Percent = 0.3m, cd14Percent = 0.5m,
            cd19Percent = 0.2m, hlaDrPercent = 0.6m, sterility = "negative", mycoplasma = "negative", endotoxinEuPerMl = 0.1m, karyotype = "normal",
        }, cancellation)).EnsureSuccessStatusCode();
        (await releaser.PostAsJsonAsync($"/api/lots/{lot.Id}/release", new { password = BrowserApp.DemoPassword }, cancellation)).EnsureSuccessStatusCode();
        return (await enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{lot.Id}", cancellation))!;
    }

    private static async Task<T> Created<T>(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(TestContext.Current.CancellationToken))!;
    }

    private static async Task<HttpClient> ApiAsync(BrowserApp app, string email)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password = BrowserApp.DemoPassword }, TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return http;
    }
}
