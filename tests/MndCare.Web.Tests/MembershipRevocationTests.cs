using System.Net;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Clinics;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Web.Tests;

// Security test plan AC-10: removing a family member's access, or a clinician's role, takes effect on the next request,
// even with a token issued before the change.
public sealed class MembershipRevocationTests
{
    [Fact]
    public async Task RemovedMembership_StopsWorking_OnTheNextRequest()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, new Dictionary<string, string?> { ["Demo:Enabled"] = "true", ["Demo:Patients"] = "1",
            ["Demo:Password"] = "demo-password-for-tests" });
        var data = new TestWorld(factory.Services);
        var clinic = await data.CreateClinicAsync("Revocation clinic");
        var patient = await data.CreatePatientAsync(clinic);
        var relative = await data.CreatePatientUserAsync(clinic, patient, PatientRelationship.Child);
        var clinician = await data.CreateStaffAsync(clinic, ClinicRole.Clinician);
        var relativeClient = await ApiClient.SignedInAsync(factory, relative.Email!);
        var clinicianClient = await ApiClient.SignedInAsync(factory, clinician.Email!);
        Assert.Equal(HttpStatusCode.OK, (await relativeClient.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clinicianClient.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);

        await using (var db = database.CreateContext())
        {
            await db.ClinicMemberships.Where(m => m.UserId == relative.Id || m.UserId == clinician.Id)
                .ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        // Without any role left, the policy refuses before any record is looked up: 403 says nothing about the patient.
        Assert.Equal(HttpStatusCode.Forbidden, (await relativeClient.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinicianClient.GetAsync($"/api/patients/{patient.Id}", TestContext.Current.CancellationToken)).StatusCode);
    }
}
