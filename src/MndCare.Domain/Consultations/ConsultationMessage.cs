using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Consultations;

/// <summary>A message between the patient (or family) and the clinic about one consultation; its text is never edited.</summary>
/// <remarks>A message from the patient's side is unread until the first clinic member who can answer opens the consultation:
/// the clinic answers as a team, so one reader is enough for the triage queue to stop flagging it.</remarks>
public sealed class ConsultationMessage
{
    /// <summary>Longest message, in text elements.</summary>
    public const int MaxLength = 4000;

    private ConsultationMessage()
    {
        Body = string.Empty;
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The consultation it belongs to.</summary>
    public Guid ConsultationId { get; private set; }

    /// <summary>Who wrote it.</summary>
    public Guid AuthorUserId { get; private set; }

    /// <summary>True when clinic staff wrote it; false for the patient or family.</summary>
    public bool FromClinic { get; private set; }

    /// <summary>The text.</summary>
    public string Body { get; private set; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTime SentAtUtc { get; private set; }

    /// <summary>When the clinic first read a message from the patient's side (UTC); null while unread, and for the clinic's own.</summary>
    public DateTime? ReadByClinicAtUtc { get; private set; }

    /// <summary>The clinic member who read it first; null while unread.</summary>
    public Guid? ReadByClinicUserId { get; private set; }

    /// <summary>Whether the clinic still has to read it.</summary>
    public bool IsUnreadByClinic => !FromClinic && ReadByClinicAtUtc is null;

    /// <summary>A new message, with its text checked.</summary>
    public static Result<ConsultationMessage> Create(Guid id, Guid consultationId, Guid authorUserId, bool fromClinic, string? body, DateTimeOffset now)
    {
        var text = FreeText.Required(body, "body", MaxLength, multiline: true);
        if (!text.IsSuccess)
        {
            return Result<ConsultationMessage>.Failure(text.Errors);
        }
        return new ConsultationMessage
        {
            Id = id,
            ConsultationId = consultationId,
            AuthorUserId = authorUserId,
            FromClinic = fromClinic,
            Body = text.Value,
            SentAtUtc = now.UtcDateTime,
        };
    }

    /// <summary>Records that a clinic member read it; the first reader is kept.</summary>
    public void MarkReadByClinic(Guid userId, DateTimeOffset now)
    {
        if (IsUnreadByClinic)
        {
            ReadByClinicAtUtc = now.UtcDateTime;
            ReadByClinicUserId = userId;
        }
    }
}
