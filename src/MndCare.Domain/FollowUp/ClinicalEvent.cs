using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.FollowUp;

/// <summary>A dated milestone of a patient's disease (gastrostomy, ventilation, tracheostomy, death): the first occurrence of its
/// kind, with who recorded it and where it was learned.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Clinical events and vital status". One event per kind and patient: each is a time-to-event
/// endpoint, so only its first date counts (a unique index keeps it so).</remarks>
public sealed class ClinicalEvent
{
    /// <summary>Longest note, in text elements.</summary>
    public const int MaxNoteLength = 1000;

    private ClinicalEvent()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>What happened.</summary>
    public ClinicalEventKind Kind { get; private set; }

    /// <summary>When it happened (a calendar date; the 1st of the month when only the month is known).</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>A note (where, by whom, how it was learned); null when none.</summary>
    public string? Note { get; private set; }

    /// <summary>Where the event was learned.</summary>
    public ClinicalEventSource Source { get; private set; }

    /// <summary>The user who recorded it.</summary>
    public Guid RecordedByUserId { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Records an event, or every rule its date and note break.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="occurredOn">When.</param>
    /// <param name="note">An optional note, as typed.</param>
    /// <param name="source">Where it was learned.</param>
    /// <param name="dates">The patient's dates and today in the clinic's zone.</param>
    /// <param name="recordedBy">The recording user.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<ClinicalEvent> Record(Guid id, Guid patientId, Guid clinicId, ClinicalEventKind kind, DateOnly occurredOn, string? note,
        ClinicalEventSource source, PatientDates dates, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var errors = new List<Error>(dates.Check("occurredOn", occurredOn, kind == ClinicalEventKind.Death));
        var validNote = FreeText.Optional(note, "note", MaxNoteLength, multiline: true);
        errors.AddRange(validNote.Errors);
        if (errors.Count > 0)
        {
            return Result<ClinicalEvent>.Failure(errors);
        }
        return new ClinicalEvent
        {
            Id = id,
            PatientId = patientId,
            ClinicId = clinicId,
            Kind = kind,
            OccurredOn = occurredOn,
            Note = validNote.Value,
            Source = source,
            RecordedByUserId = recordedBy,
            RecordedAtUtc = now.UtcDateTime,
        };
    }
}
