using MndCare.Domain.Results;

namespace MndCare.Domain.Consultations;

/// <summary>A request for a professional consultation: the questionnaire, its files and where it stands.</summary>
/// <remarks>
/// The patient (or family) edits it while <see cref="ConsultationStatus.Draft"/> or
/// <see cref="ConsultationStatus.InformationRequested"/>; the clinic triages, assigns, asks for information, declines,
/// or answers with a signed report. What each status allows is <see cref="ConsultationStatusRules"/>; every other
/// transition is refused with <see cref="ConsultationErrorCodes.InvalidTransition"/>.
/// </remarks>
public sealed class Consultation
{
    /// <summary>Longest decline reason, in text elements.</summary>
    public const int MaxDeclineReasonLength = 4000;

    private Consultation()
    {
        Answers = new QuestionnaireAnswers();
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The clinic asked.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient the consultation is about.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The user (patient or family member) who opened it.</summary>
    public Guid OpenedByUserId { get; private set; }

    /// <summary>Where the request stands.</summary>
    public ConsultationStatus Status { get; private set; }

    /// <summary>The questionnaire answers (validated; partial while a draft).</summary>
    public QuestionnaireAnswers Answers { get; private set; }

    /// <summary>The clinician the request is assigned to; null until triaged.</summary>
    public Guid? AssignedClinicianId { get; private set; }

    /// <summary>Why the clinic declined; null unless declined.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>When it was opened (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When it was first sent to the clinic (UTC); the triage queue's waiting time starts here.</summary>
    public DateTime? SubmittedAtUtc { get; private set; }

    /// <summary>When it was last sent (first time or after a request for information), UTC.</summary>
    public DateTime? LastSubmittedAtUtc { get; private set; }

    /// <summary>When it was answered or declined (UTC).</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>When anything last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>Whether the patient may still change the questionnaire and add files.</summary>
    public bool IsEditableByPatient => Status.AllowsPatientEdits();

    /// <summary>Whether the patient may still withdraw files (until the consultation is answered or declined).</summary>
    public bool AllowsWithdrawal => Status.AllowsFileWithdrawal();

    /// <summary>Whether the clinic sees it (everything but a draft).</summary>
    public bool IsVisibleToClinic => Status.IsVisibleToClinic();

    /// <summary>Opens a new draft.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The clinic asked.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="openedByUserId">The patient's or family member's user id.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public static Consultation Open(Guid id, Guid clinicId, Guid patientId, Guid openedByUserId, DateTimeOffset now, Guid version) => new()
    {
        Id = id,
        ClinicId = clinicId,
        PatientId = patientId,
        OpenedByUserId = openedByUserId,
        Status = ConsultationStatus.Draft,
        CreatedAtUtc = now.UtcDateTime,
        UpdatedAtUtc = now.UtcDateTime,
        Version = version,
    };

    /// <summary>Replaces the answers with checked ones (see <see cref="QuestionnaireRules"/>).</summary>
    public Result<Consultation> SaveAnswers(QuestionnaireAnswers checkedAnswers, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(checkedAnswers);
        if (!IsEditableByPatient)
        {
            return NotAllowed("change the questionnaire");
        }
        Answers = checkedAnswers;
        Touch(now, version);
        return this;
    }

    /// <summary>Sends the draft, or the completed request for information, to the clinic.</summary>
    public Result<Consultation> Submit(DateTimeOffset now, Guid version)
    {
        if (!Status.AllowsPatientEdits())
        {
            return NotAllowed("send it again");
        }
        if (Status == ConsultationStatus.Draft)
        {
            SubmittedAtUtc = now.UtcDateTime;
            Status = ConsultationStatus.Submitted;
        }
        else
        {
            // Back from a request for information: to the clinician who asked, or to the queue when nobody was assigned.
            Status = AssignedClinicianId is null ? ConsultationStatus.Submitted : ConsultationStatus.InReview;
        }
        LastSubmittedAtUtc = now.UtcDateTime;
        Touch(now, version);
        return this;
    }

    /// <summary>Assigns (or reassigns) a clinician; a submitted request moves into review.</summary>
    public Result<Consultation> Assign(Guid clinicianId, DateTimeOffset now, Guid version)
    {
        if (!Status.AllowsTriage())
        {
            return NotAllowed("assign it");
        }
        AssignedClinicianId = clinicianId;
        if (Status is ConsultationStatus.Submitted)
        {
            Status = ConsultationStatus.InReview;
        }
        Touch(now, version);
        return this;
    }

    /// <summary>Asks the patient for more information; they can edit and send again.</summary>
    public Result<Consultation> RequestInformation(DateTimeOffset now, Guid version)
    {
        if (!Status.AllowsInformationRequest())
        {
            return NotAllowed("ask for more information");
        }
        Status = ConsultationStatus.InformationRequested;
        Touch(now, version);
        return this;
    }

    /// <summary>Declines the request with a reason the patient will read.</summary>
    public Result<Consultation> Decline(string reason, DateTimeOffset now, Guid version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!Status.AllowsTriage())
        {
            return NotAllowed("decline it");
        }
        Status = ConsultationStatus.Declined;
        DeclineReason = reason;
        ClosedAtUtc = now.UtcDateTime;
        Touch(now, version);
        return this;
    }

    /// <summary>Marks the request answered when the first report is signed; later signed versions keep it answered.</summary>
    public Result<Consultation> Answer(DateTimeOffset now, Guid version)
    {
        if (!Status.AllowsReport())
        {
            return NotAllowed("answer it");
        }
        if (Status == ConsultationStatus.InReview)
        {
            Status = ConsultationStatus.Answered;
            ClosedAtUtc = now.UtcDateTime;
        }
        Touch(now, version);
        return this;
    }

    private void Touch(DateTimeOffset now, Guid version)
    {
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }

    private ConflictError NotAllowed(string what) =>
        new(ConsultationErrorCodes.InvalidTransition, $"The consultation is {QuestionnaireChoices.Of(Status)}; you cannot {what} now.");
}
