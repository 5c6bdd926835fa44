namespace MndCare.Domain.Consultations;

/// <summary>What each consultation status allows; the aggregate, the use cases and the pages all ask here.</summary>
/// <remarks>
/// The patient (or family) edits a draft, or the request once the clinic has asked for more information; files can be
/// withdrawn until the consultation is closed; the clinic sees everything but a draft; triage (assign, decline) works
/// on open requests the clinic sees; a report is signed on a request in review, and corrected once answered.
/// </remarks>
public static class ConsultationStatusRules
{
    /// <summary>The statuses the clinic sees, in the order a request moves through them (the triage queue's filter).</summary>
    public static readonly IReadOnlyList<ConsultationStatus> VisibleToClinic =
        [.. Enum.GetValues<ConsultationStatus>().Where(IsVisibleToClinic)];

    /// <summary>Whether the patient may change the questionnaire and add files.</summary>
    public static bool AllowsPatientEdits(this ConsultationStatus status) =>
        status is ConsultationStatus.Draft or ConsultationStatus.InformationRequested;

    /// <summary>The statuses of a closed request (answered or declined); a patient may then open a new one.</summary>
    public static readonly IReadOnlyList<ConsultationStatus> Closed = [ConsultationStatus.Answered, ConsultationStatus.Declined];

    /// <summary>Whether the request is answered or declined.</summary>
    public static bool IsClosed(this ConsultationStatus status) => Closed.Contains(status);

    /// <summary>Whether the patient may still withdraw files (until the consultation is closed).</summary>
    public static bool AllowsFileWithdrawal(this ConsultationStatus status) => !status.IsClosed();

    /// <summary>Whether the clinic sees the request (everything but a draft).</summary>
    public static bool IsVisibleToClinic(this ConsultationStatus status) => status is not ConsultationStatus.Draft;

    /// <summary>Whether either side may write a message (once the request was sent).</summary>
    public static bool AllowsMessages(this ConsultationStatus status) => status.IsVisibleToClinic();

    /// <summary>Whether the clinic may assign a clinician or decline: an open request it sees.</summary>
    public static bool AllowsTriage(this ConsultationStatus status) => status.IsVisibleToClinic() && !status.IsClosed();

    /// <summary>Whether the clinic may ask the patient for more information (not while it is already waiting for it).</summary>
    public static bool AllowsInformationRequest(this ConsultationStatus status) =>
        status is ConsultationStatus.Submitted or ConsultationStatus.InReview;

    /// <summary>Whether the request waits for the clinic (sent, or in review); the triage queue counts the waiting days.</summary>
    public static bool IsWaitingForClinic(this ConsultationStatus status) => status is ConsultationStatus.Submitted or ConsultationStatus.InReview;

    /// <summary>Whether a report may be signed: a request in review, or an answered one whose report is corrected.</summary>
    public static bool AllowsReport(this ConsultationStatus status) => status is ConsultationStatus.InReview or ConsultationStatus.Answered;
}
