using Microsoft.EntityFrameworkCore;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Persistence.CellProducts;
using MndCare.Testing;

namespace MndCare.Persistence.Tests;

// The cell product's mapping: a lot with its details, results, judgement, units and custody events, and a storage temperature, come
// back as it was saved, and the lot number (a column the details share with the index) is unique per clinic.
public sealed class CellProductMappingTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Lot NewLot(Guid clinicId, string lotNumber) => Lot.Register(Guid.CreateVersion7(), clinicId,
        LotDetails.Create(new LotInput(lotNumber, "UCMSC-IV", DonorCode.FromSequence(7).Value, Today.AddDays(-20), Today.AddDays(160), 4, 100_000_000, 3,
            ThawToEndLimitMinutes: 90, StorageMaxCelsius: -150m),
            Today).Value, Guid.CreateVersion7(), Now, Guid.CreateVersion7());

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Lot_RoundTripsWithDetailsResultsJudgementUnitsAndCustody(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clinic = Clinic.Create(Guid.CreateVersion7(), "A", "Asia/Shanghai").Value;
        var lot = NewLot(clinic.Id, "UCM2603-01");
        var results = LotResults.Create(new LotResultsInput(65.5m, 99.1m, 98.7m, 97.9m, 0.4m, 0.3m, 0.6m, 0.2m, 0.8m, "negative", "negative", 0.25m,
            "normal", 31.5m)).Value;
        lot.EnterResults(results, ReleaseSpecification.Default(lot.Details.ProductCode), Guid.CreateVersion7(), Now, Guid.CreateVersion7());
        var unit = lot.Units[0].Code;
        lot.StoreUnit(unit, "Tank 2, rack B", Now, Guid.CreateVersion7());
        await using (var db = database.CreateContext())
        {
            db.Clinics.Add(clinic);
            db.AddLot(lot);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Lots.AsSplitQuery().SingleAsync();

        Assert.Equal(lot.Details, stored.Details);
        Assert.Equal(results, stored.Results);
        Assert.Equal(lot.Judgement!.OutOfSpecification, stored.Judgement!.OutOfSpecification);
        Assert.Equal(["viabilityPercent"], stored.Judgement.OutOfSpecification);
        Assert.Equal((lot.Judgement.ProductCode, 1), (stored.Judgement.ProductCode, stored.Judgement.SpecificationVersion));
        Assert.Equal(LotStatus.Failed, stored.RecordedStatus);
        Assert.Equal(lot.Units.Select(u => (u.Code, u.Status, u.StorageLocation)), stored.Units.Select(u => (u.Code, u.Status, u.StorageLocation)));
        Assert.Equal((90, -150m), (stored.Details.ThawToEndLimitMinutes, stored.Details.StorageMaxCelsius));
        Assert.Equal(lot.CustodyEvents, stored.CustodyEvents);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Recall_BlocksUnits_AsStored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clinic = Clinic.Create(Guid.CreateVersion7(), "A", "Asia/Shanghai").Value;
        var lot = NewLot(clinic.Id, "UCM2603-02");
        await using (var db = database.CreateContext())
        {
            db.Clinics.Add(clinic);
            db.AddLot(lot);
            await db.SaveChangesAsync();
            lot.Recall("Donor lookback: reactive HTLV", Guid.CreateVersion7(), Now, Guid.CreateVersion7());
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.Lots.AsSplitQuery().SingleAsync();

        Assert.Equal(LotStatus.Recalled, stored.RecordedStatus);
        Assert.All(stored.Units, u => Assert.Equal(UnitStatus.Blocked, u.Status));
        Assert.Equal(3, stored.CustodyEvents.Count(e => e.Kind == CustodyEventKind.Blocked));
        Assert.Equal("Donor lookback: reactive HTLV", stored.RecallReason);
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task LotNumber_IsUniquePerClinic_NotAcrossClinics(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var db = database.CreateContext();
        var a = Clinic.Create(Guid.CreateVersion7(), "A", "Europe/London").Value;
        var b = Clinic.Create(Guid.CreateVersion7(), "B", "Asia/Shanghai").Value;
        db.Clinics.AddRange(a, b);
        db.AddLot(NewLot(a.Id, "UCM2603-03"));
        db.AddLot(NewLot(b.Id, "UCM2603-03"));
        await db.SaveChangesAsync();

        db.AddLot(NewLot(a.Id, "ucm2603-03"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task StorageTemperature_RoundTrips(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clinic = Clinic.Create(Guid.CreateVersion7(), "A", "Asia/Shanghai").Value;
        var reading = TemperatureReading.Create("Tank 2", -185.4m, Now.AddMinutes(-5), Guid.CreateVersion7(), Now).Value;
        await using (var db = database.CreateContext())
        {
            db.Clinics.Add(clinic);
            db.StorageTemperatures.Add(new StoredTemperatureReading { Id = Guid.CreateVersion7(), ClinicId = clinic.Id, Reading = reading, RecordedAtUtc = Now.UtcDateTime });
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.StorageTemperatures.SingleAsync(r => r.Reading.Location == "Tank 2");

        Assert.Equal((reading.Location, reading.Celsius, reading.TakenAtUtc, reading.RecordedByUserId),
            (stored.Reading.Location, stored.Reading.Celsius, stored.Reading.TakenAtUtc, stored.Reading.RecordedByUserId));
    }
}
