using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MndCare.Application.Demo;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Infusions;
using MndCare.Persistence;
using MndCare.Testing;

namespace MndCare.Application.Tests.Demo;

// The outcome demo (issue 10, round 2): historical courses from two historical lots with clinic visits on both sides, clinical events read
// from the generated ratings and deaths, "known alive" dates and the portal patient's home self-reports; docs/outcomes/follow-up.md.
public sealed class DemoOutcomesSeederTests
{
    // The brief's figures: courses 6-18 months ago, three clinic visits on each side, one course per ten patients.
    private const int EarliestMonthsAgo = 18, LatestMonthsAgo = 6, VisitsEachSide = 3, PatientsPerCourse = 10;

    [Theory]
    [MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Seed_GivesHistoricalCoursesEventsAndSelfReports(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 9, 2, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var factory = new MndCareWebFactory(database, clock: clock);
        DemoSeedResult seeded;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                .SeedAsync(new DemoSeedRequest(Patients: 40, Seed: DemoSeeder.DefaultSeed, Password: "demo-password-for-tests"), "test", CancellationToken.None);
        }

        await using var db = database.CreateContext();
        var today = new DateOnly(2026, 12, 9);
        var lots = await db.Lots.AsSplitQuery().ToDictionaryAsync(l => l.Id, l => l.Details.LotNumber.Value);
        var patients = await db.Patients.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var ratings = (await db.Assessments.AsNoTracking().Where(a => a.AlsfrsRMode == AlsfrsRMode.Clinician).ToListAsync())
            .ToLookup(a => a.PatientId);
        var infusions = await db.Infusions.AsSplitQuery().ToListAsync();
        var historical = (await db.TreatmentCourses.AsSplitQuery().ToListAsync())
            .Where(c => c.Status == CourseStatus.Completed && c.StartsOn < today.AddMonths(-LatestMonthsAgo)).ToList();

        // One course for every ten patients, from both historical lots, every infusion given.
        Assert.Equal(40 / PatientsPerCourse, historical.Count);
        Assert.Equal(["UCM-DEMO-06", "UCM-DEMO-07"],
            historical.SelectMany(c => infusions.Where(i => i.CourseId == c.Id)).Select(i => lots[i.LotId]).Distinct().Order());
        Assert.All(historical, c =>
        {
            Assert.InRange(c.StartsOn, today.AddMonths(-EarliestMonthsAgo), today.AddMonths(-LatestMonthsAgo));
            var given = infusions.Where(i => i.CourseId == c.Id).ToList();
            Assert.Equal(3, given.Count);
            Assert.All(given, i => Assert.Equal(InfusionStatus.Completed, i.Status));
            var dates = ratings[c.PatientId].Select(a => a.AssessmentDate).ToList();
            Assert.True(dates.Count(d => d < c.StartsOn.AddDays(-3)) >= VisitsEachSide, "visits before the course");
            Assert.True(dates.Count(d => d > c.EndsOn) >= VisitsEachSide, "visits after the course");
        });
        Assert.Equal(historical.Count + 3, seeded.Therapy.Courses);

        // A death event on every death date; a gastrostomy at the first visit whose swallowing item is 1 or less.
        var events = await db.ClinicalEvents.AsNoTracking().ToListAsync();
        Assert.Equal(patients.Values.Where(p => p.DeathDate is not null).Select(p => (p.Id, p.DeathDate!.Value)).Order(),
            events.Where(e => e.Kind == ClinicalEventKind.Death).Select(e => (e.PatientId, e.OccurredOn)).Order());
        Assert.Equal(
            ratings.Select(r => (r.Key, r.OrderBy(a => a.AssessmentDate).FirstOrDefault(a => a.AlsfrsR!.Swallowing <= 1)?.AssessmentDate))
                .Where(r => r.AssessmentDate is not null).Select(r => (r.Key, r.AssessmentDate!.Value)).Order(),
            events.Where(e => e.Kind == ClinicalEventKind.Gastrostomy).Select(e => (e.PatientId, e.OccurredOn)).Order());
        Assert.All(events.Where(e => e.Kind is ClinicalEventKind.PermanentVentilation or ClinicalEventKind.Tracheostomy), e =>
            Assert.Contains(ratings[e.PatientId], a => a.AssessmentDate == e.OccurredOn && a.AlsfrsR!.RespiratoryInsufficiency <= 1));
        Assert.Equal(events.Count, seeded.Therapy.ClinicalEvents);

        // "Known alive" dates for living patients only, after their last visit.
        var checks = await db.VitalStatusChecks.AsNoTracking().ToListAsync();
        Assert.NotEmpty(checks);
        Assert.All(checks, c =>
        {
            Assert.Null(patients[c.PatientId].DeathDate);
            Assert.InRange(c.KnownAliveOn, ratings[c.PatientId].Max(a => a.AssessmentDate).AddDays(1), today);
        });

        // The portal patient rated the scale at home twice after their historical course, the second time entered by a spouse.
        var portalUser = await db.Users.SingleAsync(u => u.Email == DemoSeeder.EmailFor(ClinicRole.Patient));
        var portalPatient = await db.ClinicMemberships.Where(m => m.UserId == portalUser.Id).Select(m => m.PatientId!.Value).SingleAsync();
        var reports = await db.SelfReports.AsNoTracking().Join(db.Assessments, r => r.AssessmentId, a => a.Id, (r, a) => new { r, a })
            .OrderBy(x => x.a.AssessmentDate).ToListAsync();
        Assert.Equal(2, reports.Count);
        Assert.All(reports, x =>
        {
            Assert.Equal((portalPatient, portalUser.Id, AlsfrsRMode.SelfAdministered), (x.r.PatientId, x.r.EnteredByUserId, x.a.AlsfrsRMode));
            Assert.Contains(historical, c => c.PatientId == portalPatient && x.a.AssessmentDate > c.EndsOn);
        });
        Assert.Equal([(SelfReportEntrant.Patient, null), (SelfReportEntrant.Caregiver, PatientRelationship.Spouse)],
            reports.Select(x => (x.r.EnteredBy, x.r.CaregiverRelationship)));

        Assert.Equal(events.Count, await db.AuditEvents.CountAsync(e => e.Action == "clinicalEvent.record" && e.Reason == DemoSeeder.SyntheticDataReason));
        Assert.Equal(checks.Count, await db.AuditEvents.CountAsync(e => e.Action == "vitalStatus.record" && e.Reason == DemoSeeder.SyntheticDataReason));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == "selfReport.record" && e.Reason == DemoSeeder.SyntheticDataReason));
    }
}
