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

    /// <summary>Invite staff, grant and remove their roles, deactivate and reactivate accounts, reset authenticators, unlock accounts.</summary>
    ManageStaff,

    /// <summary>Edit the clinic's treatment-course templates (programme length, infusions, TCM sessions, assessments due).</summary>
    ManageCourseTemplates,

    /// <summary>See treatment courses and their calendars.</summary>
    ReadCourses,

    /// <summary>Start, reschedule, stop and complete treatment courses; record concomitant medications.</summary>
    PlanCourses,

    /// <summary>See donors (by code), lots, release results and units; recipients only as coded patient references.</summary>
    ReadCellProducts,

    /// <summary>Record donors, lots, release results, units and their custody; release and recall lots (two-person rule
    /// in the domain).</summary>
    ManageCellProducts,

    /// <summary>Edit the clinic's release specifications (a new version per edit; past judgements keep theirs).</summary>
    ManageReleaseSpecifications,

    /// <summary>Order infusions: lot, dose per kg and weight.</summary>
    OrderInfusions,

    /// <summary>Give infusions: the bedside identity check, thaw, vital signs, deviations and completion.</summary>
    AdministerInfusions,

    /// <summary>Set the clinic's infusion settings: dose range, weight age limit, monitoring interval and time after the end.</summary>
    ManageInfusionSettings,

    // Adverse events (issue 9).
    /// <summary>Read the clinic's adverse events, their causality and reporting clocks.</summary>
    ReadAdverseEvents,

    /// <summary>Record adverse events and complete drafts (clinicians, nurses, TCM practitioners).</summary>
    RecordAdverseEvents,

    /// <summary>Assess causality per suspect (WHO-UMC) and record the report to the authority (a clinician who is safety officer).</summary>
    AssessAdverseEvents,

    /// <summary>Edit the clinic's list of expected adverse events and name its safety officers.</summary>
    ManageAdverseEventSettings,
    // Laboratory safety (issue 9): docs/safety/labs.md.
    /// <summary>See patients' lab results, their CTCAE grades and alerts, scheduled lab checks and the clinic's lab work list.</summary>
    ReadLabResults,

    /// <summary>Record lab results (graded by CTCAE v5.0 when saved).</summary>
    RecordLabResults,

    /// <summary>Schedule lab checks for a patient (tests, due date, reason).</summary>
    ScheduleLabChecks,
    // Issue 9: herbal prescriptions.

    /// <summary>Read patients' herbal prescriptions (ingredients, batches, findings, versions).</summary>
    ReadHerbalPrescriptions,

    /// <summary>Write and sign herbal prescriptions and their corrections (new versions).</summary>
    PrescribeHerbs,

    /// <summary>Extend the clinic's herb catalogue, add and retire herb safety-list entries, edit formula templates.</summary>
    ManageHerbalFormulary,
    // TCM visits and sessions (issue 9).
    /// <summary>Read TCM visits (patterns, tongue, pulse) and acupuncture, moxibustion and tuina sessions.</summary>
    ReadTcmRecords,

    /// <summary>Record TCM visits and sessions (the TCM practitioner).</summary>
    RecordTcmRecords,

    /// <summary>Add patterns to the clinic's TCM pattern list.</summary>
    ManageTcmPatterns,

    /// <summary>Search the shipped TCM catalogues (acupoints): reference data, not health data.</summary>
    ReadTcmCatalogues,
    // Follow-up (issue 10): docs/outcomes/follow-up.md.
    /// <summary>See the clinic's due, overdue and missed follow-up and a patient's follow-up; record clinical events (gastrostomy,
    /// ventilation, tracheostomy, death) and "known alive" dates.</summary>
    ManageFollowUp,

    /// <summary>Enter the self-administered ALSFRS-R at home for the patient the portal account reaches (the patient, or a caregiver).</summary>
    SelfReport,

    /// <summary>Set the clinic's follow-up schedule: the months after the end of a course and the window in days.</summary>
    ManageFollowUpSettings,
    // Issue 10: cohort outcomes (docs/outcomes/cohort.md).
    /// <summary>See the clinic's cohort outcomes and download the ethics-committee report: aggregate figures only, never a name or MRN.</summary>
    ViewCohortOutcomes,
}
