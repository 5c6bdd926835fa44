using Microsoft.Extensions.Time.Testing;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan IV-02: "today" is the date in the clinic's time zone, not the server's or UTC.
public sealed class ClinicDateTests
{
    [Fact]
    public async Task NewAssessment_DefaultsToTodayInTheClinicsTimeZone()
    {
        // 20:00 UTC on 26 November is already 27 November in Kiribati (UTC+14).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true", ["Demo:Patients"] = "1", ["Demo:Password"] = "demo-password-for-tests",
        }, clock);
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Line Islands clinic", "Pacific/Kiritimati");
        var patient = await data.CreatePatientAsync(clinic);
        var clinician = await data.CreateStaffAsync(clinic, ClinicRole.Clinician);
        var client = await PageSession.SignInAsync(factory, clinician.Email!, TestWorld.Password);

        var form = await client.GetStringAsync($"/Patients/{patient.Id}/Assessments/New", TestContext.Current.CancellationToken);

        Assert.Contains("id=\"Form_AssessmentDate\" name=\"Form.AssessmentDate\" type=\"date\" value=\"2026-11-27\"", form, StringComparison.Ordinal);
    }
}
