using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.CellProducts;
using MndCare.Application.Courses;
using MndCare.Application.Demo;
using MndCare.Application.Infusions;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Infusions;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Demo mode's therapy data (issue 8, "Demo data") carries the issue's whole flow over the API, as the demo users try it: two
// cell-lab users release the quarantined lot, the reactive donor's lot stays refused, the clinician orders from the released lot
// for the planned course, the nurse passes the identity check of the running course's next infusion, and the portal patient reads
// their course.
public sealed class DemoTherapyApiTests
{
    private const string Password = "demo-password-for-tests";

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task DemoUsers_CanTryEveryStep_OnTheDemoData(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true", ["Demo:Patients"] = "12", ["Demo:Password"] = Password,
        });
        var enterer = await SignInAsync(factory, DemoSeeder.EmailFor(ClinicRole.CellLab));
        var releaser = await SignInAsync(factory, DemoSeeder.SecondCellLabEmail);
        var clinician = await SignInAsync(factory, DemoSeeder.EmailFor(ClinicRole.Clinician));
        var nurse = await SignInAsync(factory, DemoSeeder.EmailFor(ClinicRole.Nurse));
        var patient = await SignInAsync(factory, DemoSeeder.EmailFor(ClinicRole.Patient));
        var lots = (await enterer.GetFromJsonAsync<List<LotSummary>>("/api/lots"))!.ToDictionary(l => l.LotNumber);
        await using var db = database.CreateContext();
        // The running and the planned course (the completed ones include the historical courses).
        var courses = await db.TreatmentCourses.Where(c => c.Status != CourseStatus.Completed).ToDictionaryAsync(c => c.Status, c => (c.Id, c.PatientId));
        var next = await db.Infusions.SingleAsync(i => i.Status == InfusionStatus.Ordered);
        var mrn = await db.Patients.Where(p => p.Id == next.PatientId).Select(p => p.Mrn).SingleAsync();

        var quarantined = lots["UCM-DEMO-02"].Id;
        Assert.Equal(HttpStatusCode.OK, (await enterer.PutAsJsonAsync($"/api/lots/{quarantined}/results", new
        {
            viabilityPercent = 91m, cd73Percent = 98.9m, cd90Percent = 99.0m, cd105Percent = 97.2m, cd45Percent = 0.5m, cd34Percent = 0.4m,
            cd14Percent = 0.3m, cd19Percent = 0.1m, hlaDrPercent = 0.6m, sterility = "negative", mycoplasma = "negative", endotoxinEuPerMl = 0.1m,
            karyotype = "normal",
        })).StatusCode);
        await AssertRefusedAsync(await enterer.PostAsJsonAsync($"/api/lots/{quarantined}/release", new { password = Password }),
            CellProductErrorCodes.ReleaserEnteredResults);
        Assert.Equal(HttpStatusCode.OK, (await releaser.PostAsJsonAsync($"/api/lots/{quarantined}/release", new { password = Password })).StatusCode);
        await AssertRefusedAsync(await releaser.PostAsJsonAsync($"/api/lots/{lots["UCM-DEMO-04"].Id}/release", new { password = Password }),
            CellProductErrorCodes.DonorScreeningReactive);

        var released = lots["UCM-DEMO-01"].Id;
        Assert.Equal(2, (await clinician.GetFromJsonAsync<List<RecipientView>>($"/api/lots/{released}/recipients"))!.Select(r => r.PatientId).Distinct().Count());
        var order = await clinician.PostAsJsonAsync($"/api/courses/{courses[CourseStatus.Planned].Id}/infusions",
            new { lotId = released, scheduledAt = DateTimeOffset.UtcNow.AddDays(8), cellsPerKg = 1_000_000m, weightKg = 71m });
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        await AssertRefusedAsync(await clinician.PostAsJsonAsync($"/api/courses/{courses[CourseStatus.Planned].Id}/infusions",
            new { lotId = lots["UCM-DEMO-03"].Id, scheduledAt = DateTimeOffset.UtcNow.AddDays(8), cellsPerKg = 1_000_000m, weightKg = 71m }),
            InfusionErrorCodes.LotNotReleased);

        var units = (await enterer.GetFromJsonAsync<LotRecord>($"/api/lots/{released}"))!.Units.Where(u => u.Status == "available").Take(next.Units);
        var checkedIn = await nurse.PostAsJsonAsync($"/api/infusions/{next.Id}/identity-check", new { patientCode = mrn, unitCodes = units.Select(u => u.Code) });
        Assert.Equal(HttpStatusCode.OK, checkedIn.StatusCode);

        Assert.Equal(courses[CourseStatus.InProgress].PatientId, next.PatientId);
        var own = await patient.GetFromJsonAsync<CourseView>($"/api/courses/{courses[CourseStatus.InProgress].Id}");
        Assert.Equal("inProgress", own!.Status);
        Assert.Contains(own.Sessions, s => s.Kind == "mscInfusion" && s.StartsAt > DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync("/api/lots")).StatusCode);
    }

    private static Task<HttpClient> SignInAsync(MndCareWebFactory factory, string email) => ApiClient.SignedInAsync(factory, email, Password);

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, response.StatusCode.ToString());
        Assert.Contains($"\"{code}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
