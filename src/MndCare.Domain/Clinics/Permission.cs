namespace MndCare.Domain.Clinics;

/// <summary>Something a role may do inside its clinic.</summary>
public enum Permission
{
    /// <summary>Find and view patients' registry entries.</summary>
    ReadPatients,

    /// <summary>Register patients and edit their registry entries.</summary>
    WritePatients,

    /// <summary>Read the clinic's audit trail.</summary>
    ReadAuditTrail,

    /// <summary>Read clinical assessments: scores, criteria, stages and prognosis.</summary>
    ReadAssessments,

    /// <summary>Record clinical assessments and corrections.</summary>
    RecordAssessments,
}
