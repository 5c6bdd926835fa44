using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MndCare.Domain.Assessments;
using MndCare.Domain.Clinics;
using MndCare.Domain.Courses;
using MndCare.Domain.Identifiers;
using MndCare.Domain.Patients;
using MndCare.Domain.Time;
using MndCare.Persistence;
using MndCare.Persistence.Identity;

namespace MndCare.Testing;

/// <summary>Builds test data straight into the application's database: clinics, users with roles, patients.</summary>
/// <remarks>Data made here bypasses the use cases (and so writes no audit events), like a migration script would.</remarks>
public sealed class TestWorld(IServiceProvider services)
{
    /// <summary>Every test user's password.</summary>
    public const string Password = "correct-horse-battery-staple";

    public async Task<Clinic> CreateClinicAsync(string name, string timeZoneId = "Asia/Shanghai")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var clinic = Clinic.Create(RecordId.New(TimeProvider.System), name, timeZoneId).Value;
        db.Clinics.Add(clinic);
        await db.SaveChangesAsync();
        return clinic;
    }

    public async Task<Patient> CreatePatientAsync(Clinic clinic, PatientBuilder? builder = null)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var details = PatientDetails.Create((builder ?? new PatientBuilder()).Build(), new DateOnly(2026, 1, 1)).Value;
        var patient = Patient.Register(RecordId.New(TimeProvider.System), clinic.Id, details, TimeProvider.System.GetUtcNow(),
            RecordId.New(TimeProvider.System));
        db.Patients.Add(patient);
        await db.SaveChangesAsync();
        return patient;
    }

    /// <summary>A four-week course of the demo template for <paramref name="patient"/> starting on the first working day on or after
    /// <paramref name="startsOn"/>, planned through the domain (so it may lie in the past), started on its first day and, when
    /// <paramref name="complete"/>, completed after its last session (issue 10: follow-up counts from the course's dates).</summary>
    public async Task<TreatmentCourse> CreateCourseAsync(Clinic clinic, Patient patient, DateOnly startsOn, bool complete = true)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        ArgumentNullException.ThrowIfNull(patient);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var clock = TimeProvider.System;
        var template = ClinicCourseTemplate.Create(RecordId.New(clock), clinic.Id, CourseTemplate.FourWeekDemo, clock.GetUtcNow(), RecordId.New(clock));
        db.CourseTemplates.Add(template);
        while (startsOn.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            startsOn = startsOn.AddDays(1);
        }
        var course = TreatmentCourse.Plan(new CourseIds(RecordId.New(clock), clinic.Id, patient.Id, template.Id), CourseTemplate.FourWeekDemo, startsOn,
            clinic.TimeZoneId, CourseCalendarOptions.Default, () => RecordId.New(clock), Guid.Empty, clock.GetUtcNow(), RecordId.New(clock)).Value;
        var firstDay = new DateTimeOffset(ClinicTime.StartOfDayUtc(course.StartsOn, clinic.TimeZoneId), TimeSpan.Zero).AddHours(8);
        if (firstDay <= clock.GetUtcNow())
        {
            _ = course.Start(firstDay, RecordId.New(clock)).Value;
            var afterLast = new DateTimeOffset(course.Sessions.Max(s => s.StartsAtUtc), TimeSpan.Zero).AddHours(6);
            if (complete && afterLast <= clock.GetUtcNow())
            {
                _ = course.Complete(afterLast, RecordId.New(clock)).Value;
            }
        }
        db.TreatmentCourses.Add(course);
        await db.SaveChangesAsync();
        return course;
    }

    /// <summary>A new clinic with one patient who signs in as themself: the start of most tests that run their own application.</summary>
    public async Task<(Clinic Clinic, Patient Patient, MndCareUser User)> CreatePatientWithUserAsync(string clinicName)
    {
        var clinic = await CreateClinicAsync(clinicName);
        var patient = await CreatePatientAsync(clinic);
        return (clinic, patient, await CreatePatientUserAsync(clinic, patient));
    }

    /// <summary>Turns on two-factor sign-in for a user and returns the Base32 authenticator key.</summary>
    public async Task<string> EnrolAuthenticatorAsync(string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>A staff user holding <paramref name="role"/> in <paramref name="clinic"/>.</summary>
    public Task<MndCareUser> CreateStaffAsync(Clinic clinic, ClinicRole role, string? email = null, string? displayName = null) =>
        CreateUserAsync(clinic, role, null, null, email, displayName);

    /// <summary>A patient user (or family member) who reaches <paramref name="patient"/>.</summary>
    public Task<MndCareUser> CreatePatientUserAsync(Clinic clinic, Patient patient, PatientRelationship relationship = PatientRelationship.Self,
        string? email = null, string? displayName = null) => CreateUserAsync(clinic, ClinicRole.Patient, patient, relationship, email, displayName);

    /// <summary>A clinician's assessment of <paramref name="patient"/> on <paramref name="date"/>: ALSFRS-R 36 and the FVC given.</summary>
    public async Task<Assessment> RecordAssessmentAsync(Patient patient, DateOnly date, double fvcPercentPredicted = 80)
    {
        ArgumentNullException.ThrowIfNull(patient);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        string[] items = ["speech", "salivation", "swallowing", "handwriting", "cuttingWithoutGastrostomy", "dressing", "turning", "walking", "climbing",
            "dyspnea", "orthopnea", "respiratoryInsufficiency"];
        var inputs = new AssessmentInputs
        {
            AssessmentDate = date,
            AlsfrsR = AlsfrsR.Create(items.ToDictionary(i => i, _ => (int?)3)).Value,
            AlsfrsRMode = AlsfrsRMode.Clinician,
            FvcPercentPredicted = fvcPercentPredicted,
        };
        var assessment = Assessment.Record(RecordId.New(TimeProvider.System), patient.Id, patient.ClinicId, inputs, TimeProvider.System.GetUtcNow(), null);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return assessment;
    }

    private async Task<MndCareUser> CreateUserAsync(Clinic clinic, ClinicRole role, Patient? patient, PatientRelationship? relationship, string? email,
        string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MndCareUser>>();
        var db = scope.ServiceProvider.GetRequiredService<MndCareDbContext>();
        var address = email ?? $"{role.ToString().ToLowerInvariant()}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}@test.mndcare.local";
        var user = new MndCareUser
        {
            Id = RecordId.New(TimeProvider.System),
            UserName = address,
            Email = address,
            EmailConfirmed = true,
            DisplayName = displayName ?? $"Test {role}",
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        db.ClinicMemberships.Add(patient is null
            ? ClinicMembership.ForStaff(RecordId.New(TimeProvider.System), clinic.Id, user.Id, role).Value
            : ClinicMembership.ForPatient(RecordId.New(TimeProvider.System), clinic.Id, user.Id, patient.Id, relationship!.Value));
        await db.SaveChangesAsync();
        return user;
    }
}
