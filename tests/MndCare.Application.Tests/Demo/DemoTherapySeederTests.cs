using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MndCare.Application.Demo;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Infusions;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Application.Tests.Demo;

// The therapy demo (issue 8, "Demo data"): every lot, course and infusion state the screens show, made by the domain's rules, once.
public sealed class DemoTherapySeederTests
{
    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seed_CreatesEveryLotCourseAndInfusionState_AndIsIdempotent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database);
        var request = new DemoSeedRequest(Patients: 25, Seed: 11, Password: "demo-password-for-tests");

        var first = await SeedAsync(factory, request);
        var second = await SeedAsync(factory, request);

        Assert.Equal((7, 7), (first.Therapy.Donors, first.Therapy.Lots));
        Assert.Equal(DemoTherapySeeded.None, second.Therapy);
        await using var db = database.CreateContext();
        var clinic = await db.Clinics.SingleAsync(c => c.Id == DemoSeeder.DemoClinicId);
        var today = clinic.LocalDate(DateTimeOffset.UtcNow);
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.Id);
        var lots = await db.Lots.AsSplitQuery().ToDictionaryAsync(l => l.Details.LotNumber.Value);
        var donors = await db.Donors.ToDictionaryAsync(d => d.Code);

        Assert.Equal(
            ["expired", "expired", "expired", "failed", "quarantined", "quarantined", "released"],
            lots.Values.Select(l => CellProductWireNames.Of(l.StatusOn(today))).Order());
        var released = lots["UCM-DEMO-01"];
        Assert.Equal(users[DemoSeeder.EmailFor(ClinicRole.CellLab)], released.ResultsEnteredByUserId);
        Assert.Equal(users[DemoSeeder.SecondCellLabEmail], released.ReleasedByUserId);
        Assert.Null(lots["UCM-DEMO-02"].Results);
        Assert.Equal(["viabilityPercent"], lots["UCM-DEMO-03"].Judgement!.OutOfSpecification);
        var held = lots["UCM-DEMO-04"];
        Assert.True(held.Judgement!.WithinSpecification);
        Assert.Contains(CellProductErrorCodes.DonorScreeningReactive,
            held.ReleaseRefusals(donors[held.Details.DonorCode], users[DemoSeeder.SecondCellLabEmail], today).Select(e => e.Code));
        Assert.Equal(6, donors.Values.Count(d => d.IsScreeningCompleteAndNegative));
        Assert.All(donors.Values, d => Assert.Equal(Donor.RequiredMarkers.Count, d.Screenings.Count));
        Assert.All(lots.Values.SelectMany(l => l.Units), u => Assert.False(string.IsNullOrEmpty(u.StorageLocation)));
        Assert.Equal(8, released.Units.Count(u => u.Status == UnitStatus.Infused));

        var courses = await db.TreatmentCourses.AsSplitQuery().ToListAsync();
        var portalPatient = await db.ClinicMemberships.Where(m => m.UserId == users[DemoSeeder.EmailFor(ClinicRole.Patient)]).Select(m => m.PatientId)
            .SingleAsync();
        var running = Assert.Single(courses, c => c.Status == CourseStatus.InProgress);
        var planned = Assert.Single(courses, c => c.Status == CourseStatus.Planned);
        var completed = Assert.Single(courses, c => c.Status == CourseStatus.Completed && c.StartsOn > today.AddMonths(-3));
        var historical = courses.Count(c => c.Status == CourseStatus.Completed) - 1;
        Assert.Equal((3 + historical, 5 + (3 * historical)), (first.Therapy.Courses, first.Therapy.Infusions));
        Assert.Equal(portalPatient, running.PatientId);
        Assert.InRange(today.DayNumber - running.StartsOn.DayNumber, 4, 6);
        Assert.Equal(DayOfWeek.Monday, planned.StartsOn.DayOfWeek);
        Assert.InRange(planned.StartsOn.DayNumber - today.DayNumber, 1, 7);
        Assert.True(completed.EndsOn < today.AddDays(-14));
        Assert.All(courses, c => Assert.Contains(c.Medications, m => m.Medication == KnownMedication.Riluzole));

        var infusions = await db.Infusions.AsSplitQuery().Where(i => i.LotId == released.Id).ToListAsync();
        Assert.All(infusions, i => Assert.True(DoseRange.Default.Contains(CellsPerKg.Create(i.OrderedCellsPerKg).Value)));
        Assert.All(infusions, i => Assert.InRange(i.DeliveredCells / i.WeightKg, DoseRange.DefaultMinCellsPerKg, DoseRange.DefaultMaxCellsPerKg));
        var given = infusions.Where(i => i.Status == InfusionStatus.Completed).ToList();
        Assert.Equal(4, given.Count);
        Assert.All(given, i =>
        {
            Assert.NotNull(i.ThawedAtUtc);
            Assert.Equal(2, i.UnitCodes.Count);
            Assert.All(i.MonitoringSchedule(MonitoringPolicy.Default, DateTimeOffset.UtcNow), c => Assert.Equal(CheckpointStatus.Recorded, c.Status));
        });
        Assert.Single(given.SelectMany(i => i.FeverReadings));
        var next = Assert.Single(infusions, i => i.Status == InfusionStatus.Ordered);
        Assert.Equal(running.Id, next.CourseId);
        Assert.True(next.ScheduledAtUtc > DateTime.UtcNow);
        Assert.Equal(3, infusions.Count(i => i.CourseId == completed.Id));

        Assert.Equal(7, await db.AuditEvents.CountAsync(e => e.Action == "donor.create" && e.Reason == DemoSeeder.SyntheticDataReason));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == "demo.seed.therapy"));
    }

    // Every day of the week and time of day (the calendar skips weekends): the running course's next infusion is still ahead.
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 15)]
    [InlineData(2, 3)]
    [InlineData(3, 15)]
    [InlineData(4, 3)]
    [InlineData(5, 15)]
    [InlineData(6, 23)]
    public async Task Seed_OnAnyDayOfTheWeek_KeepsTheRunningCoursesNextInfusionAhead(int daysAfterMonday, int hourUtc)
    {
        // From Monday 7 December 2026 (UTC; Shanghai is 8 hours ahead).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, hourUtc, 30, 0, TimeSpan.Zero).AddDays(daysAfterMonday));
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var factory = new MndCareWebFactory(database, clock: clock);

        var seeded = await SeedAsync(factory, new DemoSeedRequest(Patients: 25, Seed: 11, Password: "demo-password-for-tests"));

        Assert.Equal((7, 7), (seeded.Therapy.Donors, seeded.Therapy.Lots));
        await using var db = database.CreateContext();
        var next = await db.Infusions.SingleAsync(i => i.Status == InfusionStatus.Ordered);
        Assert.True(next.ScheduledAtUtc > clock.GetUtcNow().UtcDateTime);
    }

    private static async Task<DemoSeedResult> SeedAsync(MndCareWebFactory factory, DemoSeedRequest request)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(request, "test", CancellationToken.None);
    }
}
