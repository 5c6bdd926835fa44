using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Application.Auditing;
using MndCare.Application.Demo;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Application.Tests.Demo;

public sealed class DemoSeederTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seed_CreatesClinicUsersAndCohort_AndIsIdempotent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var request = new DemoSeedRequest(Patients: 25, Seed: 11, Password: "demo-password-for-tests");

        DemoSeedResult first, second;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            first = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(request, "test", CancellationToken.None);
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            second = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(request, "test", CancellationToken.None);
        }

        Assert.Equal((true, 8, 25), (first.ClinicCreated, first.UsersCreated, first.PatientsCreated));
        Assert.True(first.AssessmentsCreated > 25);
        Assert.Equal(new DemoSeedResult(false, 0, 0, 0, DemoTherapySeeded.None), second);
        await using var db = database.CreateContext();
        Assert.Equal(25, await db.Patients.CountAsync());
        Assert.Equal(1, await db.ClinicMemberships.CountAsync(m => m.PatientId != null));
        Assert.True(await db.AuditEvents.CountAsync(e => e.Action == "patient.create") == 25);
        await using var verify = factory.Services.CreateAsyncScope();
        Assert.True((await verify.ServiceProvider.GetRequiredService<AuditChainCheck>().VerifyAsync(CancellationToken.None)).IsIntact);
    }
}
