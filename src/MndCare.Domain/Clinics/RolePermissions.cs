namespace MndCare.Domain.Clinics;

/// <summary>Which role may do what inside its own clinic; anything not granted here is denied.</summary>
/// <remarks>
/// The matrix and its reasons are in docs/security/access-matrix.md. Patients are not granted
/// <see cref="Permission.ReadPatients"/>: they reach only their own record through their membership.
/// </remarks>
public static class RolePermissions
{
    /// <summary>Whether <paramref name="role"/> is granted <paramref name="permission"/>.</summary>
    /// <param name="role">The role held in a clinic.</param>
    /// <param name="permission">The permission asked for.</param>
    public static bool Grants(ClinicRole role, Permission permission) => permission switch
    {
        Permission.ReadPatients => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner
            or ClinicRole.Administrator or ClinicRole.Auditor,
        Permission.WritePatients => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.Administrator,
        Permission.ReadAuditTrail => role is ClinicRole.Auditor,
        Permission.ReadAssessments => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.Auditor,
        Permission.RecordAssessments => role is ClinicRole.Clinician,
        Permission.ReadConsultations => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.Auditor,
        Permission.TriageConsultations => role is ClinicRole.Clinician or ClinicRole.Nurse,
        Permission.SignConsultationReports => role is ClinicRole.Clinician,
        Permission.ManageEligibilityCriteria => role is ClinicRole.Administrator,
        Permission.ManageStaff => role is ClinicRole.Administrator,
        Permission.ManageCourseTemplates => role is ClinicRole.Administrator,
        Permission.ReadCourses => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.Auditor,
        Permission.PlanCourses => role is ClinicRole.Clinician,
        Permission.ReadCellProducts => role is ClinicRole.CellLab or ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.Auditor,
        Permission.ManageCellProducts => role is ClinicRole.CellLab,
        Permission.ManageReleaseSpecifications => role is ClinicRole.Administrator,
        Permission.OrderInfusions => role is ClinicRole.Clinician,
        Permission.AdministerInfusions => role is ClinicRole.Nurse,
        Permission.ManageInfusionSettings => role is ClinicRole.Administrator,
        // Adverse events (issue 9).
        Permission.ReadAdverseEvents => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.Auditor,
        Permission.RecordAdverseEvents => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner,
        Permission.AssessAdverseEvents => role is ClinicRole.Clinician,
        Permission.ManageAdverseEventSettings => role is ClinicRole.Administrator,
        // Laboratory safety (issue 9).
        Permission.ReadLabResults => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.Auditor,
        Permission.RecordLabResults => role is ClinicRole.Clinician or ClinicRole.Nurse,
        Permission.ScheduleLabChecks => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner,
        Permission.ReadHerbalPrescriptions => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.Auditor,
        Permission.PrescribeHerbs => role is ClinicRole.TcmPractitioner,
        Permission.ManageHerbalFormulary => role is ClinicRole.TcmPractitioner or ClinicRole.Administrator,
        // TCM visits and sessions (issue 9): the practitioner records, the clinical team and auditors read, the cell lab never.
        Permission.ReadTcmRecords => role is ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.Auditor,
        Permission.RecordTcmRecords => role is ClinicRole.TcmPractitioner,
        Permission.ManageTcmPatterns => role is ClinicRole.TcmPractitioner or ClinicRole.Administrator,
        Permission.ReadTcmCatalogues => IsStaff(role),
        // Follow-up (issue 10): nurses and clinicians chase follow-up; patients and caregivers enter their own ratings at home.
        Permission.ManageFollowUp => role is ClinicRole.Clinician or ClinicRole.Nurse,
        Permission.SelfReport => role is ClinicRole.Patient,
        Permission.ManageFollowUpSettings => role is ClinicRole.Administrator,
        // Issue 10: cohort outcomes, aggregate only (clinicians, administrators as directors, auditors as ethics reviewers).
        Permission.ViewCohortOutcomes => role is ClinicRole.Clinician or ClinicRole.Administrator or ClinicRole.Auditor,
    };

    /// <summary>Whether the role is clinic staff (every role except <see cref="ClinicRole.Patient"/>).</summary>
    /// <param name="role">The role.</param>
    public static bool IsStaff(ClinicRole role) => role switch
    {
        ClinicRole.Patient => false,
        ClinicRole.Clinician or ClinicRole.Nurse or ClinicRole.TcmPractitioner or ClinicRole.CellLab
            or ClinicRole.Administrator or ClinicRole.Auditor => true,
    };
}
