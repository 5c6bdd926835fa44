using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Patients;
using MndCare.Testing;

namespace MndCare.Persistence.Tests;

// Issue 7: a JSON column never silently drops a property its type does not know; reading such a row fails loudly.
public sealed class StoredJsonTests
{
    private static async Task<TestDatabase> WithStoredAnswersAsync(DatabaseProvider provider, string answersJson)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var clinic = Clinic.Create(Guid.CreateVersion7(), "A", "Asia/Shanghai").Value;
        var patient = Patient.Register(Guid.CreateVersion7(), clinic.Id,
            PatientDetails.Create(new PatientBuilder().Build(), new DateOnly(2026, 1, 1)).Value, DateTimeOffset.UnixEpoch, Guid.CreateVersion7());
        db.Clinics.Add(clinic);
        db.Patients.Add(patient);
        db.Consultations.Add(Consultation.Open(Guid.CreateVersion7(), clinic.Id, patient.Id, Guid.CreateVersion7(), DateTimeOffset.UnixEpoch,
            Guid.CreateVersion7()));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE consultations SET answers = {answersJson}");
        return database;
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Answers_WithAPropertyTheTypeDoesNotKnow_AreRefusedOnRead(DatabaseProvider provider)
    {
        await using var database = await WithStoredAnswersAsync(provider, """{"heightCm":170,"addedByALaterVersion":"x"}""");
        await using var db = database.CreateContext();

        await Assert.ThrowsAsync<JsonException>(() => db.Consultations.AsNoTracking().ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Answers_TheTypeKnows_AreRead(DatabaseProvider provider)
    {
        await using var database = await WithStoredAnswersAsync(provider, """{"heightCm":170}""");
        await using var db = database.CreateContext();

        Assert.Equal(170, (await db.Consultations.AsNoTracking().SingleAsync()).Answers.HeightCm);
    }
}
