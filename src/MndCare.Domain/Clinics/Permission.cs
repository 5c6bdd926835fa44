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

    /// <summary>See submitted consultation requests: the triage queue, questionnaires, files, messages and reports.</summary>
    ReadConsultations,

    /// <summary>Triage consultation requests: assign, ask for information, decline, write to the patient.</summary>
    TriageConsultations,

    /// <summary>Sign consultation reports (and their corrections).</summary>
    SignConsultationReports,

    /// <summary>Set the clinic's eligibility criteria for the programme.</summary>
    ManageEligibilityCriteria,

    /// <summary>Unlock the account of a user of the clinic after failed sign-ins.</summary>
    UnlockAccounts,
}
