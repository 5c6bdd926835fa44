using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MndCare.Domain.Clinics;

namespace MndCare.Web.Infrastructure.Security;

/// <summary>Authorization policies. Everything requires a signed-in user unless it allows anonymous access.</summary>
public static class Policies
{
    /// <summary>JSON API: bearer token, signed in, two-factor satisfied.</summary>
    public const string Api = "api";

    /// <summary>Signed in, even before two-factor enrolment (enrolment and sign-out pages only).</summary>
    public const string SignedInBeforeTwoFactor = "signed-in-before-two-factor";

    /// <summary>Staff who may read patients, or a patient user (who reaches only their own record).</summary>
    public const string PatientAccess = "patient-access";

    /// <summary>Staff who may search the registry.</summary>
    public const string ReadPatients = "read-patients";

    /// <summary>Staff who may register and edit patients.</summary>
    public const string WritePatients = "write-patients";

    /// <summary>Auditors.</summary>
    public const string ReadAuditTrail = "read-audit-trail";

    /// <summary>The clinical team and auditors: scores, criteria, stages and prognosis.</summary>
    public const string ReadAssessments = "read-assessments";

    /// <summary>Clinicians who record assessments.</summary>
    public const string RecordAssessments = "record-assessments";

    /// <summary>Staff who see submitted consultation requests.</summary>
    public const string ReadConsultations = "read-consultations";

    /// <summary>Staff who triage consultation requests.</summary>
    public const string TriageConsultations = "triage-consultations";

    /// <summary>Administrators who set the eligibility criteria.</summary>
    public const string ManageEligibilityCriteria = "manage-eligibility-criteria";

    /// <summary>Administrators who manage staff accounts.</summary>
    public const string ManageStaff = "manage-staff";

    /// <summary>Staff who see consultation requests, or a patient user (who reaches only their own).</summary>
    public const string ConsultationAccess = "consultation-access";

    // Treatment courses (issue 8).
    /// <summary>Staff who see treatment courses, or a patient user (who reaches only their own).</summary>
    public const string CourseAccess = "course-access";

    /// <summary>Clinicians who plan and change treatment courses.</summary>
    public const string PlanCourses = "plan-courses";

    /// <summary>Administrators who create and edit course templates.</summary>
    public const string ManageCourseTemplates = "manage-course-templates";

    // Cell product (issue 8).
    /// <summary>Staff who see the cell product (cell lab, clinicians, nurses, auditors).</summary>
    public const string ReadCellProducts = "read-cell-products";

    /// <summary>The cell lab: donors, lots, release results, release and recall.</summary>
    public const string ManageCellProducts = "manage-cell-products";

    /// <summary>Administrators who edit the release specifications.</summary>
    public const string ManageReleaseSpecifications = "manage-release-specifications";

    // Infusions (issue 8).
    /// <summary>Staff who read infusions (those who read courses; not patients).</summary>
    public const string ReadInfusions = "read-infusions";

    /// <summary>Clinicians who order infusions.</summary>
    public const string OrderInfusions = "order-infusions";

    /// <summary>Nurses who run the bedside identity check, record vital signs and complete infusions.</summary>
    public const string AdministerInfusions = "administer-infusions";

    /// <summary>Administrators who set the clinic's infusion settings.</summary>
    public const string ManageInfusionSettings = "manage-infusion-settings";

    // Adverse events (issue 9).
    /// <summary>Staff who read adverse events, or a patient user (who reaches only their own).</summary>
    public const string AdverseEventAccess = "adverse-event-access";

    /// <summary>Staff who read adverse events (not patients): the CIOMS I export (ADR 0034).</summary>
    public const string ReadAdverseEvents = "read-adverse-events";

    /// <summary>Clinicians, nurses and TCM practitioners who record adverse events.</summary>
    public const string RecordAdverseEvents = "record-adverse-events";

    /// <summary>Clinicians who assess causality.</summary>
    public const string AssessAdverseEvents = "assess-adverse-events";

    /// <summary>Administrators who edit the expected events and name the safety officers.</summary>
    public const string ManageAdverseEventSettings = "manage-adverse-event-settings";
    // Laboratory safety (issue 9).
    /// <summary>Staff who read lab results, and the patient and family for their own.</summary>
    public const string LabResultAccess = "lab-result-access";

    /// <summary>Staff who read lab results and the clinic's lab work list (clinicians, nurses, TCM practitioners, auditors).</summary>
    public const string ReadLabResults = "read-lab-results";

    /// <summary>Clinicians and nurses who record lab results.</summary>
    public const string RecordLabResults = "record-lab-results";

    /// <summary>Clinicians, nurses and TCM practitioners who schedule lab checks.</summary>
    public const string ScheduleLabChecks = "schedule-lab-checks";
    // Herbal prescriptions (issue 9).
    /// <summary>Staff who read herbal prescriptions, or a patient user (who reaches only their own signed ones).</summary>
    public const string HerbalPrescriptionAccess = "herbal-prescription-access";

    /// <summary>TCM practitioners who write and sign herbal prescriptions.</summary>
    public const string PrescribeHerbs = "prescribe-herbs";

    /// <summary>TCM practitioners and administrators who extend the herb catalogue, its safety lists and the formula templates.</summary>
    public const string ManageHerbalFormulary = "manage-herbal-formulary";

    /// <summary>Staff who read herbal prescriptions, and those who manage the formulary: the herb catalogue and formula templates pages.</summary>
    public const string ReadHerbalFormulary = "read-herbal-formulary";
    // TCM visits and sessions (issue 9).
    /// <summary>Staff who read TCM visits and sessions (clinicians, nurses, TCM practitioners, auditors).</summary>
    public const string ReadTcmRecords = "read-tcm-records";

    /// <summary>TCM practitioners who record visits and sessions.</summary>
    public const string RecordTcmRecords = "record-tcm-records";

    /// <summary>TCM practitioners and administrators who extend the clinic's pattern list.</summary>
    public const string ManageTcmPatterns = "manage-tcm-patterns";

    /// <summary>Any staff member: the shipped TCM catalogues (reference data).</summary>
    public const string ReadTcmCatalogues = "read-tcm-catalogues";

    // Follow-up (issue 10).
    /// <summary>Clinicians and nurses who manage follow-up, or a patient user (who reaches only their own).</summary>
    public const string FollowUpAccess = "follow-up-access";

    /// <summary>Clinicians and nurses: the clinic's follow-up list, clinical events and "known alive" dates.</summary>
    public const string ManageFollowUp = "manage-follow-up";

    /// <summary>Patient users who enter the self-administered ALSFRS-R for their own patient.</summary>
    public const string SelfReport = "self-report";

    /// <summary>Administrators who set the clinic's follow-up schedule.</summary>
    public const string ManageFollowUpSettings = "manage-follow-up-settings";
    // Cohort outcomes (issue 10).
    /// <summary>Clinicians, administrators and auditors: the cohort outcome page, its API and the ethics-committee report (aggregate only).</summary>
    public const string ViewCohortOutcomes = "view-cohort-outcomes";

    /// <summary>Registers the policies. Only <see cref="Api"/> names a scheme (bearer); the others use the default
    /// scheme (the cookie) on pages and the bearer scheme when combined with <see cref="Api"/> on API endpoints.</summary>
    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var standard = new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .AddRequirements(new CurrentSessionRequirement(), new TwoFactorRequirement()).Build();
        options.DefaultPolicy = standard;
        options.FallbackPolicy = standard;
        options.AddPolicy(SignedInBeforeTwoFactor, p => p.RequireAuthenticatedUser().AddRequirements(new CurrentSessionRequirement()));
        options.AddPolicy(Api, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).Combine(standard));
        options.AddPolicy(PatientAccess, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadPatients, allowPatients: true)));
        options.AddPolicy(ReadPatients, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadPatients)));
        options.AddPolicy(WritePatients, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.WritePatients)));
        options.AddPolicy(ReadAuditTrail, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadAuditTrail)));
        options.AddPolicy(ReadAssessments, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadAssessments)));
        options.AddPolicy(RecordAssessments, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.RecordAssessments)));
        options.AddPolicy(ConsultationAccess, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadConsultations, allowPatients: true)));
        options.AddPolicy(ReadConsultations, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadConsultations)));
        options.AddPolicy(TriageConsultations, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.TriageConsultations)));
        options.AddPolicy(ManageEligibilityCriteria, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageEligibilityCriteria)));
        options.AddPolicy(ManageStaff, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageStaff)));
        // Treatment courses (issue 8).
        options.AddPolicy(CourseAccess, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadCourses, allowPatients: true)));
        options.AddPolicy(PlanCourses, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.PlanCourses)));
        options.AddPolicy(ManageCourseTemplates, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageCourseTemplates)));
        // Cell product (issue 8).
        options.AddPolicy(ReadCellProducts, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadCellProducts)));
        options.AddPolicy(ManageCellProducts, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageCellProducts)));
        options.AddPolicy(ManageReleaseSpecifications,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageReleaseSpecifications)));
        // Infusions (issue 8).
        options.AddPolicy(ReadInfusions, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadCourses)));
        options.AddPolicy(OrderInfusions, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.OrderInfusions)));
        options.AddPolicy(AdministerInfusions, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.AdministerInfusions)));
        options.AddPolicy(ManageInfusionSettings,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageInfusionSettings)));
        // Adverse events (issue 9).
        options.AddPolicy(AdverseEventAccess,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadAdverseEvents, allowPatients: true)));
        options.AddPolicy(ReadAdverseEvents, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadAdverseEvents)));
        options.AddPolicy(RecordAdverseEvents, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.RecordAdverseEvents)));
        options.AddPolicy(AssessAdverseEvents, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.AssessAdverseEvents)));
        options.AddPolicy(ManageAdverseEventSettings,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageAdverseEventSettings)));
        // Laboratory safety (issue 9).
        options.AddPolicy(LabResultAccess, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadLabResults, allowPatients: true)));
        options.AddPolicy(ReadLabResults, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadLabResults)));
        options.AddPolicy(RecordLabResults, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.RecordLabResults)));
        options.AddPolicy(ScheduleLabChecks, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ScheduleLabChecks)));
        // Herbal prescriptions (issue 9).
        options.AddPolicy(HerbalPrescriptionAccess,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadHerbalPrescriptions, allowPatients: true)));
        options.AddPolicy(PrescribeHerbs, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.PrescribeHerbs)));
        options.AddPolicy(ManageHerbalFormulary,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageHerbalFormulary)));
        options.AddPolicy(ReadHerbalFormulary, p => p.Combine(standard).AddRequirements(
            new PermissionRequirement(Permission.ReadHerbalPrescriptions) { OrPermission = Permission.ManageHerbalFormulary }));
        // TCM visits and sessions (issue 9).
        options.AddPolicy(ReadTcmRecords, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadTcmRecords)));
        options.AddPolicy(RecordTcmRecords, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.RecordTcmRecords)));
        options.AddPolicy(ManageTcmPatterns, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageTcmPatterns)));
        options.AddPolicy(ReadTcmCatalogues, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ReadTcmCatalogues)));
        // Follow-up (issue 10).
        options.AddPolicy(FollowUpAccess, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageFollowUp, allowPatients: true)));
        options.AddPolicy(ManageFollowUp, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageFollowUp)));
        options.AddPolicy(SelfReport, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.SelfReport)));
        options.AddPolicy(ManageFollowUpSettings,
            p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ManageFollowUpSettings)));
        // Cohort outcomes (issue 10).
        options.AddPolicy(ViewCohortOutcomes, p => p.Combine(standard).AddRequirements(new PermissionRequirement(Permission.ViewCohortOutcomes)));
    }
}
