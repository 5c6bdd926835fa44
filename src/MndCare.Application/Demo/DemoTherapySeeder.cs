using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.CellProducts;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Persistence;

namespace MndCare.Application.Demo;

/// <summary>What the therapy demo added: cell lab, courses (historical ones included) and infusions, and the cohort's follow-up.</summary>
public sealed record DemoTherapySeeded(int Donors, int Lots, int Courses, int Infusions, int ClinicalEvents, int VitalStatusChecks, int SelfReports)
{
    /// <summary>Nothing: the clinic had its therapy demo already, or lacks a demo user it needs.</summary>
    public static DemoTherapySeeded None { get; } = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>Gives the demo clinic its cell lab (donors, lots released, quarantined, failed, held by a reactive donor screen and
/// expired) and treatment courses (running with the portal patient, planned, completed, and historical ones 6-18 months ago from two
/// historical lots) with infusions and vital signs, and the cohort's clinical events, "known alive" dates and home self-reports; once.</summary>
/// <remarks>docs/therapy/cell-product.md, docs/therapy/courses.md, docs/therapy/infusion.md and docs/outcomes/follow-up.md, "Demo data". Every record is made by
/// the domain's own methods, so no release, dose or identity rule is bypassed; times count back from the injected clock in the
/// clinic's zone. All of it is saved in one transaction with one audit event per step (reason "synthetic demo data"), and nothing
/// is added when the clinic holds the first demo donor already.</remarks>
public sealed class DemoTherapySeeder(MndCareDbContext db, ReleaseSpecifications specifications, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Seeds the therapy demo into <paramref name="clinic"/>, whose demo users exist, unless it is there already.</summary>
    public async Task<DemoTherapySeeded> SeedAsync(Actor actor, Clinic clinic, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        var firstDonor = DemoCellLab.DonorCodeOf(0);
        if (await db.Donors.AnyAsync(d => d.ClinicId == clinic.Id && d.Code == firstDonor, cancellationToken)
            || await StaffAsync(cancellationToken) is not { } staff)
        {
            return DemoTherapySeeded.None;
        }
        var scene = new DemoScene(clinic, staff, clock);
        var portal = await PortalAsync(clinic.Id, cancellationToken);
        var patients = await CoursePatientsAsync(clinic.Id, portal?.PatientId, cancellationToken);
        var cohort = await DemoCohortRecord.LoadAsync(db, clinic.Id, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lots = (await new DemoCellLab(db, specifications, scene).SeedAsync(cancellationToken)).ToDictionary(l => l.Details.LotNumber.Value);
        var released = lots[DemoCellLab.ReleasedLotNumber];
        var demoCourses = new DemoCourses(db, scene, new DemoInfusions(db, scene, released));
        var (courses, infusions) = await demoCourses.SeedAsync(patients, cancellationToken);
        // The patients of the planned and the recent completed course keep those alone; the portal patient may have a course of the past too.
        var historical = await SeedHistoricalAsync(scene, demoCourses, cohort, lots, [.. patients.Take(3).Select(p => p.Id).Where(id => id != portal?.PatientId)],
            cancellationToken);
        new DemoAdverseEvents(db, scene, released).Seed();
        new DemoLabs(db, scene).Seed(patients);
        await new DemoHerbal(db, scene).SeedAsync(patients, cancellationToken);
        await new DemoTcmVisits(db, scene).SeedAsync(cancellationToken);
        var (events, checks, selfReports) = new DemoFollowUp(db, scene).Seed(cohort, historical, portal);
        var seeded = new DemoTherapySeeded(lots.Values.Select(l => l.Details.DonorCode).Distinct().Count(), lots.Count, courses + historical.Count,
            infusions + historical.Sum(c => c.Sessions.Count(s => s.Kind == SessionKind.MscInfusion)), events, checks, selfReports);
        await audit.SaveAsync(actor, [.. scene.Entries, new AuditEntry("demo.seed.therapy", AuditOutcome.Success)
        {
            ClinicId = clinic.Id,
            Details = JsonSerializer.Serialize(seeded, JsonSerializerOptions.Web),
        }], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return seeded;
    }

    private async Task<DemoStaff?> StaffAsync(CancellationToken cancellationToken)
    {
        string[] emails = [DemoSeeder.EmailFor(ClinicRole.CellLab), DemoSeeder.SecondCellLabEmail, DemoSeeder.EmailFor(ClinicRole.Clinician),
            DemoSeeder.EmailFor(ClinicRole.Nurse)];
        var ids = await db.Users.AsNoTracking().Where(u => emails.Contains(u.Email!)).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        return emails.All(ids.ContainsKey) ? new DemoStaff(ids[emails[0]], ids[emails[1]], ids[emails[2]], ids[emails[3]]) : null;
    }

    // The historical courses, each with its infusions from the historical lot chosen for its dates.
    private async Task<IReadOnlyList<TreatmentCourse>> SeedHistoricalAsync(DemoScene scene, DemoCourses courses, IReadOnlyList<DemoCohortRecord> cohort,
        Dictionary<string, Lot> lots, HashSet<Guid> excluded, CancellationToken cancellationToken)
    {
        var infusions = new Dictionary<string, DemoInfusions>(StringComparer.Ordinal);
        var seeded = new List<TreatmentCourse>();
        foreach (var plan in DemoHistoricalCourses.Choose(cohort, scene.Today, excluded))
        {
            var from = infusions.TryGetValue(plan.LotNumber, out var known) ? known : infusions[plan.LotNumber] = new DemoInfusions(db, scene, lots[plan.LotNumber]);
            if (await courses.CompleteHistoricalAsync(plan.Record.Patient, plan.StartsOn, plan.WeightKg, from, cancellationToken) is { } course)
            {
                seeded.Add(course);
            }
        }
        return seeded;
    }

    // The demo patient user's account and own patient, when they exist.
    private async Task<DemoPortal?> PortalAsync(Guid clinicId, CancellationToken cancellationToken)
    {
        var portalEmail = DemoSeeder.EmailFor(ClinicRole.Patient);
        var portal = await db.ClinicMemberships.AsNoTracking().Where(m => m.ClinicId == clinicId && m.PatientId != null)
            .Join(db.Users.Where(u => u.Email == portalEmail), m => m.UserId, u => u.Id, (m, u) => new { m.PatientId, UserId = u.Id })
            .FirstOrDefaultAsync(cancellationToken);
        return portal?.PatientId is { } patientId ? new DemoPortal(patientId, portal.UserId) : null;
    }

    // The portal patient first (the one the demo patient user signs in as), then the next living, diagnosed patients by MRN; a
    // patient who has a planned or running course already gets none (the demo never double-books a patient).
    private async Task<IReadOnlyList<DemoCoursePatient>> CoursePatientsAsync(Guid clinicId, Guid? portal, CancellationToken cancellationToken)
    {
        var candidates = await db.Patients.AsNoTracking()
            .Where(p => p.ClinicId == clinicId && p.DeathDate == null && (p.Id == portal || p.DiagnosisDate != null))
            .Where(p => !db.TreatmentCourses.Any(c => c.PatientId == p.Id && (c.Status == CourseStatus.Planned || c.Status == CourseStatus.InProgress)))
            .OrderBy(p => p.Mrn).Take(4)
            .Select(p => new DemoCoursePatient(p.Id, p.Mrn, p.PreferredLanguage, p.DiagnosisDate)).ToListAsync(cancellationToken);
        return [.. candidates.OrderBy(p => p.Id != portal)];
    }
}
