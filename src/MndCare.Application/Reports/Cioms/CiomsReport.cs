using MndCare.Domain.Patients;
using MndCare.Domain.Safety.AdverseEvents;

namespace MndCare.Application.Reports.Cioms;

/// <summary>The fields of the CIOMS I suspect adverse reaction report, filled from one adverse event (docs/safety/cioms.md).</summary>
/// <remarks>Field numbers are the form's own (CIOMS Working Group I, 1990); the form itself is rendered by <see cref="CiomsDocument"/>.
/// The model holds what the clinic recorded; it makes no causality claim beyond what the suspects' answers say.</remarks>
/// <param name="Reference">The clinic's reference of the report, e.g. the adverse event's number; printed under the title and in the footer.</param>
/// <param name="Reaction">Section I, fields 1–13.</param>
/// <param name="SuspectDrugs">Section II, fields 14–21, one entry per suspect (cell lot, herb or formula batch, medicine, procedure).</param>
/// <param name="ConcomitantDrugs">Field 22: other medicines with their dates, excluding those given to treat the reaction.</param>
/// <param name="OtherRelevantHistory">Field 23: diagnoses, allergies, pregnancy and other relevant history, or null.</param>
/// <param name="Manufacturer">Section IV, fields 24a–25b.</param>
public sealed record CiomsReport(
    string Reference,
    CiomsReaction Reaction,
    IReadOnlyList<CiomsSuspectDrug> SuspectDrugs,
    IReadOnlyList<CiomsConcomitantDrug> ConcomitantDrugs,
    string? OtherRelevantHistory,
    CiomsManufacturer Manufacturer);

/// <summary>Section I, reaction information (fields 1–13).</summary>
/// <param name="PatientInitials">1: initials only (first, last), never the name.</param>
/// <param name="Country">1a: where the reaction happened, ISO 3166 code and name, e.g. "CN China".</param>
/// <param name="DateOfBirth">2: date of birth, or null when withheld.</param>
/// <param name="AgeYears">2a: age in years at onset, or null.</param>
/// <param name="Sex">3: administrative sex.</param>
/// <param name="Onset">4–6: reaction onset date, or null when unknown.</param>
/// <param name="Description">7 + 13: the reaction(s), including relevant tests and laboratory data.</param>
/// <param name="Seriousness">8–12: the boxes to tick; empty for a non-serious reaction.</param>
public sealed record CiomsReaction(
    string PatientInitials,
    string Country,
    DateOnly? DateOfBirth,
    int? AgeYears,
    Sex Sex,
    DateOnly? Onset,
    string Description,
    IReadOnlyList<CiomsSeriousness> Seriousness);

/// <summary>The seriousness boxes of fields 8–12; the last two are the ICH E2A criteria later versions of the form print too.</summary>
public enum CiomsSeriousness
{
    /// <summary>Patient died.</summary>
    PatientDied,

    /// <summary>Involved or prolonged inpatient hospitalisation.</summary>
    Hospitalisation,

    /// <summary>Involved persistent or significant disability or incapacity.</summary>
    Disability,

    /// <summary>Life threatening.</summary>
    LifeThreatening,

    /// <summary>Congenital anomaly (ICH E2A).</summary>
    CongenitalAnomaly,

    /// <summary>Other medically important condition (ICH E2A).</summary>
    MedicallyImportant,
}

/// <summary>One suspect of section II (fields 14–21).</summary>
/// <param name="Name">14: the suspect with its generic name and batch or lot number, e.g. "Umbilical cord MSC, lot UCMSC-2026-001".</param>
/// <param name="DailyDose">15: daily dose with its unit, or null.</param>
/// <param name="Route">16: route of administration, or null.</param>
/// <param name="Indication">17: indication for use, or null.</param>
/// <param name="TherapyFrom">18: first day of therapy, or null.</param>
/// <param name="TherapyTo">18: last day of therapy, or null while ongoing.</param>
/// <param name="Duration">19: therapy duration as the clinic words it, e.g. "3 infusions over 15 days", or null.</param>
/// <param name="AbatedAfterStopping">20: did the reaction abate after stopping it?</param>
/// <param name="ReappearedAfterReintroduction">21: did the reaction reappear after reintroduction?</param>
/// <param name="Causality">The clinic's WHO-UMC category for this suspect (printed under field 14); null when not assessed or not given.</param>
/// <param name="Kind">What the suspect is (printed before its name); null when not given.</param>
public sealed record CiomsSuspectDrug(
    string Name,
    string? DailyDose,
    string? Route,
    string? Indication,
    DateOnly? TherapyFrom,
    DateOnly? TherapyTo,
    string? Duration,
    CiomsAnswer AbatedAfterStopping,
    CiomsAnswer ReappearedAfterReintroduction,
    CausalityCategory? Causality = null,
    SuspectKind? Kind = null);

/// <summary>The yes / no / not applicable boxes of fields 20 and 21.</summary>
public enum CiomsAnswer
{
    /// <summary>Not applicable (e.g. not stopped, or not reintroduced).</summary>
    NotApplicable,

    /// <summary>Yes.</summary>
    Yes,

    /// <summary>No.</summary>
    No,
}

/// <summary>One concomitant medicine of field 22.</summary>
/// <param name="Name">The medicine, e.g. "Riluzole 50 mg twice daily".</param>
/// <param name="From">First day, or null.</param>
/// <param name="To">Last day, or null while ongoing.</param>
public sealed record CiomsConcomitantDrug(string Name, DateOnly? From, DateOnly? To);

/// <summary>Section IV, manufacturer information and the report itself (fields 24a–25b).</summary>
/// <param name="NameAndAddress">24a: the manufacturer (for a clinic's own cell product, the clinic) with its address.</param>
/// <param name="ControlNumber">24b: the manufacturer's control number of this case, or null.</param>
/// <param name="DateReceived">24c: the date the manufacturer first knew of the reaction (the reporting clock's start).</param>
/// <param name="Sources">24d: where the report came from; one or more boxes.</param>
/// <param name="DateOfReport">25a: the date of this report.</param>
/// <param name="ReportType">25b: initial or follow-up.</param>
public sealed record CiomsManufacturer(
    string NameAndAddress,
    string? ControlNumber,
    DateOnly DateReceived,
    IReadOnlyList<CiomsReportSource> Sources,
    DateOnly DateOfReport,
    CiomsReportType ReportType);

/// <summary>The report source boxes of field 24d; <see cref="Other"/> covers a report from the patient or family.</summary>
public enum CiomsReportSource
{
    /// <summary>A study.</summary>
    Study,

    /// <summary>The literature.</summary>
    Literature,

    /// <summary>A health professional.</summary>
    HealthProfessional,

    /// <summary>Any other source, such as the patient or the family (not a box on the 1990 form).</summary>
    Other,
}

/// <summary>Field 25b.</summary>
public enum CiomsReportType
{
    /// <summary>The first report of the case.</summary>
    Initial,

    /// <summary>A follow-up report of a case reported before.</summary>
    FollowUp,
}
