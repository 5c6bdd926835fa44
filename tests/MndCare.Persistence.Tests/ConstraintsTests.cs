using Microsoft.EntityFrameworkCore;
using MndCare.Application.Database;
using MndCare.Domain.Clinics;
using MndCare.Domain.Patients;
using MndCare.Testing;

namespace MndCare.Persistence.Tests;

public sealed class ConstraintsTests
{
    private static Patient NewPatient(Guid clinicId, string mrn) => Patient.Register(Guid.CreateVersion7(), clinicId,
        PatientDetails.Create(new PatientBuilder().WithMrn(mrn).Build(), new DateOnly(2026, 1, 1)).Value, DateTimeOffset.UnixEpoch, Guid.CreateVersion7());

    // Security test plan CC-03: the natural key (clinic, MRN) is unique in the database itself.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Mrn_IsUniquePerClinic_NotAcrossClinics(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var a = Clinic.Create(Guid.CreateVersion7(), "A", "Europe/London").Value;
        var b = Clinic.Create(Guid.CreateVersion7(), "B", "Asia/Shanghai").Value;
        db.Clinics.AddRange(a, b);
        db.Patients.AddRange(NewPatient(a.Id, "M-1"), NewPatient(b.Id, "M-1"));
        await db.SaveChangesAsync();

        db.Patients.Add(NewPatient(a.Id, "M-1"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    // Security test plan A8/HC-03: settings that could lose acknowledged writes are refused.
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task EnsureDurable_PassesOnTheTestDatabases(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();

        await new DatabaseSetup(db).EnsureDurableAsync(CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Text_RoundTripsByteExact(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clinic = Clinic.Create(Guid.CreateVersion7(), "A", "Europe/London").Value;
        var patient = Patient.Register(Guid.CreateVersion7(), clinic.Id,
            PatientDetails.Create(new PatientBuilder().WithName("مريم 2 👩‍⚕️ <b>x</b>", "Robert'); DROP TABLE patients;--").Build(), new DateOnly(2026, 1, 1)).Value,
            DateTimeOffset.UnixEpoch, Guid.CreateVersion7());
        await using (var db = database.CreateContext())
        {
            db.Clinics.Add(clinic);
            db.Patients.Add(patient);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Patients.SingleAsync();
        Assert.Equal(("مريم 2 👩‍⚕️ <b>x</b>", "Robert'); DROP TABLE patients;--"), (stored.NativeName, stored.LatinName));
    }
}
