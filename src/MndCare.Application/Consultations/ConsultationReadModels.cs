using MndCare.Domain.Consultations;

namespace MndCare.Application.Consultations;

/// <summary>One consultation as its patient or the clinic sees it; its times are read in the clinic's <paramref name="TimeZoneId"/>.</summary>
/// <remarks>The Allows… and EditableByPatient flags are the domain's status rules (<see cref="ConsultationStatusRules"/>): pages and
/// clients ask them instead of comparing statuses. <see cref="Version"/> is the questionnaire's ETag.</remarks>
public sealed record ConsultationView(
    Guid Id,
    Guid ClinicId,
    string ClinicName,
    string TimeZoneId,
    Guid PatientId,
    string PatientName,
    string PatientLanguage,
    string Status,
    QuestionnaireAnswers Answers,
    DateTime CreatedAtUtc,
    DateTime? SubmittedAtUtc,
    DateTime? LastSubmittedAtUtc,
    DateTime? ClosedAtUtc,
    Guid? AssignedClinicianId,
    string? AssignedClinicianName,
    string? DeclineReason,
    bool EditableByPatient,
    bool AllowsWithdrawal,
    IReadOnlyList<ConsultationFileView> Files,
    IReadOnlyList<ConsultationMessageView> Messages,
    IReadOnlyList<ConsultationReportSummary> Reports,
    Guid Version,
    bool AllowsMessages,
    bool AllowsTriage,
    bool AllowsInformationRequest,
    bool AllowsReport,
    bool ConsentGiven);

/// <summary>A file sent with a consultation (metadata only; the content is downloaded separately).</summary>
public sealed record ConsultationFileView(
    Guid Id, string FileName, string Kind, string ContentType, string Category, string? DocumentDate, long Length, DateTime UploadedAtUtc,
    bool Withdrawn, bool ViewableInBrowser);

/// <summary>A message in the consultation's conversation, naming who wrote it.</summary>
/// <param name="Id">The message id.</param>
/// <param name="FromClinic">Whether the clinic wrote it.</param>
/// <param name="AuthorName">The writer's name as their account gives it.</param>
/// <param name="Body">The text.</param>
/// <param name="SentAtUtc">When it was sent.</param>
/// <param name="AuthorRole">"patient", "familyMember", or the clinic member's role (clinician, nurse, …).</param>
/// <param name="AuthorRelationship">For a family member, how they relate to the patient (spouse, parent, child, sibling, otherRelative, carer).</param>
/// <param name="UnreadByClinic">Whether it comes from the patient's side and no clinic member has read it yet.</param>
public sealed record ConsultationMessageView(Guid Id, bool FromClinic, string AuthorName, string Body, DateTime SentAtUtc, string AuthorRole,
    string? AuthorRelationship, bool UnreadByClinic);

/// <summary>A signed report version, as listed on the consultation: signed in <paramref name="Language"/> (the patient's),
/// readable in each of <paramref name="Languages"/>.</summary>
public sealed record ConsultationReportSummary(Guid Id, int VersionNumber, string Language, string Recommendation, string SignerName,
    DateTime SignedAtUtc, bool Superseded, IReadOnlyList<string> Languages);

/// <summary>A row of the triage queue; its times are read in the clinic's <paramref name="TimeZoneId"/>.</summary>
public sealed record ConsultationQueueItem(
    Guid Id, Guid PatientId, string PatientName, string ClinicName, string TimeZoneId, string Status, DateTime? SubmittedAtUtc, double WaitingDays,
    string? OnsetSite, int? SelfRatedAlsfrsrTotal, string? AssignedClinicianName, int FileCount, int UnreadMessages);

/// <summary>A consultation as listed in the patient's portal; its times are read in the clinic's <paramref name="TimeZoneId"/>.</summary>
public sealed record OwnConsultationItem(Guid Id, string PatientName, string ClinicName, string TimeZoneId, string Status, DateTime CreatedAtUtc,
    DateTime? SubmittedAtUtc, DateTime UpdatedAtUtc);
