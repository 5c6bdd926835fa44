using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MndCare.Application.Access;
using MndCare.Application.Assessments;
using MndCare.Application.Assessments.Wordings;
using MndCare.Application.Auditing;
using MndCare.Application.CellProducts;
using MndCare.Application.Consultations;
using MndCare.Application.Consultations.Reports;
using MndCare.Application.Courses;
using MndCare.Application.Infusions;
using MndCare.Application.Database;
using MndCare.Application.Demo;
using MndCare.Application.Patients;
using MndCare.Application.Reports;
using MndCare.Application.Safety.AdverseEvents;
using MndCare.Application.Staff;
using MndCare.Domain.Assessments;

namespace MndCare.Application;

/// <summary>Registers the use cases shared by the web application and the command line.</summary>
public static class ApplicationServiceCollectionExtensions
{
    /// <param name="services">The services.</param>
    /// <param name="progression">ΔFS group thresholds; Labra 2016 unless the host configures others.</param>
    public static IServiceCollection AddMndCareApplication(this IServiceCollection services, ProgressionThresholds? progression = null)
    {
        services.AddScoped<ActorLoader>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<PatientRegistry>();
        services.AddScoped<Outcomes.Patients.PatientOutcomes>();
        services.AddSingleton(new CaseEvaluator(progression ?? ProgressionThresholds.Labra2016));
        // The wordings are checked when the options are first read (at start in the web host; see AlsfrsRWordingOptions.Register).
        services.AddSingleton(provider => AlsfrsRWordings.Load(provider.GetService<IOptions<AlsfrsRWordingOptions>>()?.Value.WordingDirectory) is { IsSuccess: true } loaded
            ? loaded.Value : throw new InvalidOperationException("The installed ALSFRS-R wordings are invalid; the start-up check names the problems."));
        services.AddScoped<AssessmentRecords>();
        services.AddScoped<ConsultationViews>();
        services.AddScoped<ConsultationRequests>();
        services.AddScoped<ApplicantAccounts>();
        services.AddScoped<ConsultationFiles>();
        services.AddScoped<EligibilityPolicies>();
        services.AddScoped<ConsultationReports>();
        // Fonts register process-wide once; one renderer serves every request.
        services.AddSingleton(_ => new ReportPdfRenderer());
        services.AddScoped<DatabaseSetup>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoTherapySeeder>();
        services.AddScoped<StaffScope>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<StaffInvitations>();
        // Treatment courses (issue 8).
        services.AddScoped<CourseTemplates>();
        services.AddScoped<TreatmentCourses>();
        services.AddScoped<CourseListings>();
        services.AddScoped<CourseSchedules>();
        // Cell product (issue 8).
        services.AddScoped<CellProductScope>();
        services.AddScoped<ReleaseSpecifications>();
        services.AddScoped<Donors>();
        services.AddScoped<Lots>();
        services.AddScoped<Units>();
        services.AddScoped<StorageTemperatures>();
        // Infusions (issue 8).
        services.AddScoped<InfusionRecords>();
        services.AddScoped<InfusionPolicies>();
        services.AddScoped<InfusionWard>();
        services.AddScoped<LotRecipients>();
        // Adverse events (issue 9); hosts without mail send no e-mail (the web host registers its own sender first).
        services.TryAddScoped<ISeriousEventMail, NoSeriousEventMail>();
        services.AddOptions<ReportingOptions>();
        services.AddScoped<AdverseEventScope>();
        services.AddScoped<AdverseEventDrafts>();
        services.AddScoped<AdverseEventCioms>();
        services.AddScoped<AdverseEventRecords>();
        services.AddScoped<Safety.Views.SafetyViews>();
        services.AddScoped<SafetyOffice>();
        // Laboratory safety (issue 9).
        services.AddScoped<Safety.Labs.LabResults>();
        services.AddScoped<Safety.Labs.LabChecks>();
        // Herbal prescriptions (issue 9).
        services.AddScoped<Tcm.Prescriptions.HerbFormulary>();
        services.AddScoped<Tcm.Prescriptions.HerbalPrescriptions>();
        // TCM visits and sessions (issue 9).
        services.AddScoped<Tcm.Visits.TcmRecords>();
        services.AddScoped<Tcm.Visits.AcupointSearch>();
        // Follow-up (issue 10).
        services.AddScoped<FollowUp.FollowUpPolicies>();
        services.AddScoped<FollowUp.FollowUpSchedules>();
        services.AddScoped<FollowUp.ClinicalEvents>();
        services.AddScoped<FollowUp.SelfReports>();
        // Cohort outcomes (issue 10).
        services.AddScoped<Outcomes.Cohort.CohortExtraction>();
        services.AddScoped<Outcomes.Cohort.CohortOutcomes>();
        return services;
    }
}
