using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using MndCare.Domain.Assessments;
using MndCare.Domain.Auditing;
using MndCare.Domain.CellProducts;
using MndCare.Domain.Clinics;
using MndCare.Domain.Consultations;
using MndCare.Domain.Consultations.Eligibility;
using MndCare.Domain.Courses;
using MndCare.Domain.FollowUp;
using MndCare.Domain.Infusions;
using MndCare.Domain.Patients;
using MndCare.Domain.Safety.AdverseEvents;
using MndCare.Domain.Safety.Labs;
using MndCare.Domain.Tcm.Herbs;
using MndCare.Domain.Tcm.Prescriptions;
using MndCare.Domain.Tcm.Visits;
using MndCare.Persistence.Auditing;
using MndCare.Persistence.CellProducts;
using MndCare.Persistence.Identity;

namespace MndCare.Persistence;

/// <summary>The one database context of MndCare.</summary>
/// <remarks>Add a migration to both providers with: eng/add-migration.sh &lt;Name&gt;.</remarks>
public sealed class MndCareDbContext(DbContextOptions<MndCareDbContext> options)
    : IdentityUserContext<MndCareUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<ClinicMembership> ClinicMemberships => Set<ClinicMembership>();

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationFile> ConsultationFiles => Set<ConsultationFile>();

    public DbSet<ConsultationMessage> ConsultationMessages => Set<ConsultationMessage>();

    public DbSet<ConsultationReport> ConsultationReports => Set<ConsultationReport>();

    public DbSet<ConsultationReportTranslation> ConsultationReportTranslations => Set<ConsultationReportTranslation>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    public DbSet<EligibilityPolicy> EligibilityPolicies => Set<EligibilityPolicy>();

    // Treatment courses (issue 8).
    public DbSet<ClinicCourseTemplate> CourseTemplates => Set<ClinicCourseTemplate>();

    public DbSet<TreatmentCourse> TreatmentCourses => Set<TreatmentCourse>();

    public DbSet<CourseSession> CourseSessions => Set<CourseSession>();

    public DbSet<AuditRecord> AuditEvents => Set<AuditRecord>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SignInFailureCount> SignInFailures => Set<SignInFailureCount>();

    // Cell product (issue 8): donors, lots with their units and custody, release specifications, storage temperatures.
    public DbSet<Donor> Donors => Set<Donor>();

    public DbSet<Lot> Lots => Set<Lot>();

    public DbSet<StoredReleaseSpecification> ReleaseSpecifications => Set<StoredReleaseSpecification>();

    public DbSet<StoredTemperatureReading> StorageTemperatures => Set<StoredTemperatureReading>();

    // Infusions (issue 8): orders, the bedside identity check, vital signs and deviations.
    public DbSet<Infusion> Infusions => Set<Infusion>();

    public DbSet<ClinicInfusionPolicy> InfusionPolicies => Set<ClinicInfusionPolicy>();

    // Adverse events (issue 9): events with their suspects, the clinic's expected events, safety officers and their notifications.
    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();

    public DbSet<ExpectedEvent> ExpectedEvents => Set<ExpectedEvent>();

    public DbSet<SafetyOfficer> SafetyOfficers => Set<SafetyOfficer>();

    public DbSet<SafetyNotification> SafetyNotifications => Set<SafetyNotification>();
    // Laboratory safety (issue 9): graded lab results and scheduled lab checks.
    public DbSet<LabResult> LabResults => Set<LabResult>();

    public DbSet<LabCheck> LabChecks => Set<LabCheck>();
    // Herbal prescriptions (issue 9): versions, formula templates, the clinic's herbs and safety-list changes.
    public DbSet<HerbalPrescription> HerbalPrescriptions => Set<HerbalPrescription>();

    public DbSet<HerbalFormulaTemplate> HerbalFormulaTemplates => Set<HerbalFormulaTemplate>();

    public DbSet<ClinicHerb> ClinicHerbs => Set<ClinicHerb>();

    public DbSet<HerbSafetyListEntry> HerbSafetyEntries => Set<HerbSafetyListEntry>();
    // TCM visits and sessions (issue 9): pattern differentiation, acupuncture, moxibustion and tuina, the clinic's own patterns.
    public DbSet<TcmVisit> TcmVisits => Set<TcmVisit>();

    public DbSet<TcmSession> TcmSessions => Set<TcmSession>();

    public DbSet<ClinicTcmPattern> ClinicTcmPatterns => Set<ClinicTcmPattern>();
    // Follow-up (issue 10): clinical events, "known alive" dates, who entered home self-reports, each clinic's schedule.
    public DbSet<ClinicalEvent> ClinicalEvents => Set<ClinicalEvent>();

    public DbSet<VitalStatusCheck> VitalStatusChecks => Set<VitalStatusCheck>();

    public DbSet<SelfReport> SelfReports => Set<SelfReport>();

    public DbSet<ClinicFollowUpPolicy> FollowUpPolicies => Set<ClinicFollowUpPolicy>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<MndCareUser>().ToTable("users");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(MndCareDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every stored time is UTC; SQLite returns times without a kind, so the kind is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
