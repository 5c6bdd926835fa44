using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MndCare.Application.Access;
using MndCare.Application.Auditing;
using MndCare.Application.Courses;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.Clinics;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Application.Demo;

/// <summary>What to seed.</summary>
/// <param name="Patients">How many synthetic patients to add.</param>
/// <param name="Seed">Random seed; the same seed gives the same cohort.</param>
/// <param name="Password">Password of the demo users.</param>
public sealed record DemoSeedRequest(int Patients, int Seed, string Password);

/// <summary>What seeding did.</summary>
public sealed record DemoSeedResult(bool ClinicCreated, int UsersCreated, int PatientsCreated, int AssessmentsCreated, DemoTherapySeeded Therapy);

/// <summary>Creates the demo clinic, one user per role, a synthetic cohort and the therapy demo; safe to run again.</summary>
public sealed class DemoSeeder(MndCareDbContext db, UserManager<MndCareUser> users, AuditTrail audit, TimeProvider clock, CourseTemplates templates,
    DemoTherapySeeder therapy)
{
    /// <summary>The reason on the audit events of synthetic records.</summary>
    public const string SyntheticDataReason = "synthetic demo data";

    /// <summary>The demo clinic's fixed id, so seeding is idempotent.</summary>
    public static readonly Guid DemoClinicId = Guid.Parse("019ac000-0000-7000-8000-00000000d001");

    /// <summary>The domain of the demo users' e-mail addresses.</summary>
    public const string EmailDomain = "demo.mndcare.local";

    /// <summary>The password used when Demo:Password is not configured; printed at start.</summary>
    public const string DefaultPassword = "copper-tulip-river-2026";

    /// <summary>Patients in the web application's demo cohort unless Demo:Patients says otherwise.</summary>
    public const int DefaultPatients = 200;

    /// <summary>The demo cohort's seed unless Demo:Seed says otherwise.</summary>
    public const int DefaultSeed = 1999;

    /// <summary>The demo user's e-mail for a role, for example clinician@demo.mndcare.local.</summary>
    public static string EmailFor(ClinicRole role) => $"{role.ToString().ToLowerInvariant()}@{EmailDomain}";

    /// <summary>A second cell-lab user, so that two-person lot release can be tried in the demo clinic.</summary>
    public const string SecondCellLabEmail = "celllab2@" + EmailDomain;

    // Every demo account: one per role, and the second cell-lab user.
    private static IEnumerable<(ClinicRole Role, string Email, string DisplayName)> Accounts() =>
        Enum.GetValues<ClinicRole>().Select(r => (r, EmailFor(r), $"Demo {r}")).Append((ClinicRole.CellLab, SecondCellLabEmail, "Demo CellLab 2"));

    /// <summary>Seeds; existing clinic, users and patients (by MRN) are left as they are.</summary>
    public async Task<DemoSeedResult> SeedAsync(DemoSeedRequest request, string initiatedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Patients);
        var actor = Actor.System(RecordId.New(clock).ToString("N"), initiatedBy);
        var clinic = await db.Clinics.SingleOrDefaultAsync(c => c.Id == DemoClinicId, cancellationToken);
        var clinicCreated = clinic is null;
        var entries = new List<AuditEntry>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (clinic is null)
        {
            clinic = Clinic.Create(DemoClinicId, "MndCare Demo Clinic", "Asia/Shanghai").Value;
            db.Clinics.Add(clinic);
            entries.Add(new AuditEntry("clinic.create", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = "clinic",
                EntityId = clinic.Id.ToString("D"),
                Changes = [new FieldChange("name", null, clinic.Name), new FieldChange("timeZoneId", null, clinic.TimeZoneId)],
            });
        }

        // The demo clinic offers the two demo course templates (docs/therapy/courses.md, "Templates per clinic").
        entries.AddRange(templates.SeedDemoTemplates(clinic.Id,
            await db.CourseTemplates.AnyAsync(t => t.ClinicId == clinic.Id, cancellationToken)));

        var today = clinic.LocalDate(clock.GetUtcNow());
        var cohort = new DemoCohortGenerator(request.Seed).Generate(request.Patients, today, $"D{request.Seed}-");
        var existingMrns = (await db.Patients.Where(p => p.ClinicId == clinic.Id).Select(p => p.Mrn).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var patientsCreated = 0;
        var assessmentsCreated = 0;
        foreach (var generated in cohort.Where(g => !existingMrns.Contains(g.Details.Mrn!)))
        {
            var details = PatientDetails.Create(generated.Details, today).Value;
            var patient = Patient.Register(RecordId.New(clock), clinic.Id, details, clock.GetUtcNow(), RecordId.New(clock));
            db.Patients.Add(patient);
            patientsCreated++;
            entries.Add(new AuditEntry("patient.create", AuditOutcome.Success)
            {
                ClinicId = clinic.Id,
                EntityType = "patient",
                EntityId = patient.Id.ToString("D"),
                Changes = details.ChangesSince(null),
                Reason = SyntheticDataReason,
            });
            foreach (var visit in generated.Visits)
            {
                var alsfrs = AlsfrsR.Create(visit.AlsfrsRItems).Value;
                var inputs = new AssessmentInputs
                {
                    AssessmentDate = visit.Date,
                    AlsfrsR = alsfrs,
                    AlsfrsRMode = AlsfrsRMode.Clinician,
                    FvcPercentPredicted = visit.FvcPercentPredicted,
                    Findings = visit.Findings,
                    Ftd = generated.Ftd,
                    C9orf72 = generated.C9orf72,
                };
                db.Assessments.Add(Assessment.Record(RecordId.New(clock), patient.Id, clinic.Id, inputs, clock.GetUtcNow(), null));
                assessmentsCreated++;
            }
        }
        entries.Add(new AuditEntry("demo.seed", AuditOutcome.Success)
        {
            ClinicId = clinic.Id,
            Details = JsonSerializer.Serialize(new { request.Patients, request.Seed, patientsCreated, assessmentsCreated }),
        });
        await audit.SaveAsync(actor, entries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var usersCreated = await EnsureUsersAsync(actor, clinic, request.Password, cancellationToken);
        // After the users: the therapy records name the cell-lab, clinician and nurse users, and the portal patient.
        var therapySeeded = await therapy.SeedAsync(actor, clinic, cancellationToken);
        return new DemoSeedResult(clinicCreated, usersCreated, patientsCreated, assessmentsCreated, therapySeeded);
    }

    private async Task<int> EnsureUsersAsync(Actor actor, Clinic clinic, string password, CancellationToken cancellationToken)
    {
        var created = 0;
        foreach (var (role, email, displayName) in Accounts())
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var ownPatient = role == ClinicRole.Patient
                ? await db.Patients.Where(p => p.ClinicId == clinic.Id && p.DeathDate == null).OrderBy(p => p.Mrn).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (role == ClinicRole.Patient && ownPatient is null)
            {
                continue; // a patient user needs a living demo patient to own
            }
            var user = new MndCareUser
            {
                Id = RecordId.New(clock),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = ownPatient?.NativeName ?? displayName,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Could not create demo user " + email + ": " +
                    string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            db.ClinicMemberships.Add(ownPatient is null
                ? ClinicMembership.ForStaff(RecordId.New(clock), clinic.Id, user.Id, role).Value
                : ClinicMembership.ForPatient(RecordId.New(clock), clinic.Id, user.Id, ownPatient.Id, PatientRelationship.Self));
            await audit.SaveAsync(actor,
            [
                new AuditEntry("user.create", AuditOutcome.Success)
                {
                    ClinicId = clinic.Id,
                    EntityType = "user",
                    EntityId = user.Id.ToString("D"),
                    Changes = [new FieldChange("email", null, email), new FieldChange("role", null, role.ToString())],
                    Reason = "demo user",
                },
            ], cancellationToken);
            created++;
        }
        return created;
    }
}
