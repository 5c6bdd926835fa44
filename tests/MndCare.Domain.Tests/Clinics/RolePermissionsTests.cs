using MndCare.Domain.Clinics;

namespace MndCare.Domain.Tests.Clinics;

// The access matrix of docs/security/access-matrix.md, cell by cell: anything not listed is denied.
public sealed class RolePermissionsTests
{
    public static TheoryData<ClinicRole, Permission, bool> Matrix()
    {
        var granted = new HashSet<(ClinicRole, Permission)>
        {
            (ClinicRole.Clinician, Permission.ReadPatients), (ClinicRole.Nurse, Permission.ReadPatients),
            (ClinicRole.TcmPractitioner, Permission.ReadPatients), (ClinicRole.Administrator, Permission.ReadPatients),
            (ClinicRole.Auditor, Permission.ReadPatients),
            (ClinicRole.Clinician, Permission.WritePatients), (ClinicRole.Nurse, Permission.WritePatients),
            (ClinicRole.Administrator, Permission.WritePatients),
            (ClinicRole.Auditor, Permission.ReadAuditTrail),
            (ClinicRole.Clinician, Permission.ReadAssessments), (ClinicRole.Nurse, Permission.ReadAssessments),
            (ClinicRole.TcmPractitioner, Permission.ReadAssessments), (ClinicRole.Auditor, Permission.ReadAssessments),
            (ClinicRole.Clinician, Permission.RecordAssessments),
            (ClinicRole.Clinician, Permission.ReadConsultations), (ClinicRole.Nurse, Permission.ReadConsultations),
            (ClinicRole.Auditor, Permission.ReadConsultations),
            (ClinicRole.Clinician, Permission.TriageConsultations), (ClinicRole.Nurse, Permission.TriageConsultations),
            (ClinicRole.Clinician, Permission.SignConsultationReports),
            (ClinicRole.Administrator, Permission.ManageEligibilityCriteria),
            (ClinicRole.Administrator, Permission.ManageStaff),
            (ClinicRole.Administrator, Permission.ManageCourseTemplates),
            (ClinicRole.Clinician, Permission.ReadCourses), (ClinicRole.Nurse, Permission.ReadCourses),
            (ClinicRole.TcmPractitioner, Permission.ReadCourses), (ClinicRole.Auditor, Permission.ReadCourses),
            (ClinicRole.Clinician, Permission.PlanCourses),
            (ClinicRole.CellLab, Permission.ReadCellProducts), (ClinicRole.Clinician, Permission.ReadCellProducts),
            (ClinicRole.Nurse, Permission.ReadCellProducts), (ClinicRole.Auditor, Permission.ReadCellProducts),
            (ClinicRole.CellLab, Permission.ManageCellProducts),
            (ClinicRole.Administrator, Permission.ManageReleaseSpecifications),
            (ClinicRole.Clinician, Permission.OrderInfusions),
            (ClinicRole.Nurse, Permission.AdministerInfusions),
            (ClinicRole.Administrator, Permission.ManageInfusionSettings),
            // Issue 9: adverse events.
            (ClinicRole.Clinician, Permission.ReadAdverseEvents), (ClinicRole.Nurse, Permission.ReadAdverseEvents),
            (ClinicRole.TcmPractitioner, Permission.ReadAdverseEvents), (ClinicRole.Auditor, Permission.ReadAdverseEvents),
            (ClinicRole.Clinician, Permission.RecordAdverseEvents), (ClinicRole.Nurse, Permission.RecordAdverseEvents),
            (ClinicRole.TcmPractitioner, Permission.RecordAdverseEvents),
            (ClinicRole.Clinician, Permission.AssessAdverseEvents),
            (ClinicRole.Administrator, Permission.ManageAdverseEventSettings),
            // Issue 9: laboratory safety.
            (ClinicRole.Clinician, Permission.ReadLabResults), (ClinicRole.Nurse, Permission.ReadLabResults),
            (ClinicRole.TcmPractitioner, Permission.ReadLabResults), (ClinicRole.Auditor, Permission.ReadLabResults),
            (ClinicRole.Clinician, Permission.RecordLabResults), (ClinicRole.Nurse, Permission.RecordLabResults),
            (ClinicRole.Clinician, Permission.ScheduleLabChecks), (ClinicRole.Nurse, Permission.ScheduleLabChecks),
            (ClinicRole.TcmPractitioner, Permission.ScheduleLabChecks),
            // Issue 9: herbal prescriptions.
            (ClinicRole.Clinician, Permission.ReadHerbalPrescriptions), (ClinicRole.Nurse, Permission.ReadHerbalPrescriptions),
            (ClinicRole.TcmPractitioner, Permission.ReadHerbalPrescriptions), (ClinicRole.Auditor, Permission.ReadHerbalPrescriptions),
            (ClinicRole.TcmPractitioner, Permission.PrescribeHerbs),
            (ClinicRole.TcmPractitioner, Permission.ManageHerbalFormulary), (ClinicRole.Administrator, Permission.ManageHerbalFormulary),
            // TCM visits and sessions (issue 9).
            (ClinicRole.Clinician, Permission.ReadTcmRecords), (ClinicRole.Nurse, Permission.ReadTcmRecords),
            (ClinicRole.TcmPractitioner, Permission.ReadTcmRecords), (ClinicRole.Auditor, Permission.ReadTcmRecords),
            (ClinicRole.TcmPractitioner, Permission.RecordTcmRecords),
            (ClinicRole.TcmPractitioner, Permission.ManageTcmPatterns), (ClinicRole.Administrator, Permission.ManageTcmPatterns),
            (ClinicRole.Clinician, Permission.ReadTcmCatalogues), (ClinicRole.Nurse, Permission.ReadTcmCatalogues),
            (ClinicRole.TcmPractitioner, Permission.ReadTcmCatalogues), (ClinicRole.CellLab, Permission.ReadTcmCatalogues),
            (ClinicRole.Administrator, Permission.ReadTcmCatalogues), (ClinicRole.Auditor, Permission.ReadTcmCatalogues),
            // Follow-up (issue 10).
            (ClinicRole.Clinician, Permission.ManageFollowUp), (ClinicRole.Nurse, Permission.ManageFollowUp),
            (ClinicRole.Patient, Permission.SelfReport), (ClinicRole.Administrator, Permission.ManageFollowUpSettings),
            // Issue 10: cohort outcomes.
            (ClinicRole.Clinician, Permission.ViewCohortOutcomes), (ClinicRole.Administrator, Permission.ViewCohortOutcomes),
            (ClinicRole.Auditor, Permission.ViewCohortOutcomes),
        };
        var data = new TheoryData<ClinicRole, Permission, bool>();
        foreach (var role in Enum.GetValues<ClinicRole>())
        {
            foreach (var permission in Enum.GetValues<Permission>())
            {
                data.Add(role, permission, granted.Contains((role, permission)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Grants_FollowsTheAccessMatrix(ClinicRole role, Permission permission, bool expected) =>
        Assert.Equal(expected, RolePermissions.Grants(role, permission));

    [Fact]
    public void ForStaff_PatientRole_IsRefused() =>
        Assert.False(ClinicMembership.ForStaff(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), ClinicRole.Patient).IsSuccess);
}
