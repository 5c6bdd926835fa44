using MndCare.Domain.Results;

namespace MndCare.Domain.FollowUp;

/// <summary>A date on which the patient was known to be alive (a visit, a call, a message): the censoring date of survival
/// analyses when no later event is known.</summary>
/// <remarks>docs/outcomes/follow-up.md, "Clinical events and vital status".</remarks>
public sealed class VitalStatusCheck
{
    private VitalStatusCheck()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The date the patient was known to be alive.</summary>
    public DateOnly KnownAliveOn { get; private set; }

    /// <summary>Where it was learned.</summary>
    public ClinicalEventSource Source { get; private set; }

    /// <summary>The user who recorded it.</summary>
    public Guid RecordedByUserId { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Records that the patient was alive on <paramref name="knownAliveOn"/>; refused for a date after today, before birth, or
    /// on or after a recorded death (<see cref="FollowUpErrorCodes.PatientDeceased"/>).</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="knownAliveOn">The date.</param>
    /// <param name="source">Where it was learned.</param>
    /// <param name="dates">The patient's dates and today in the clinic's zone.</param>
    /// <param name="recordedBy">The recording user.</param>
    /// <param name="now">The injected clock's time.</param>
    public static Result<VitalStatusCheck> Record(Guid id, Guid patientId, Guid clinicId, DateOnly knownAliveOn, ClinicalEventSource source,
        PatientDates dates, Guid recordedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var errors = new List<Error>(dates.Check("knownAliveOn", knownAliveOn, isDeath: false));
        if (dates.DeathDate is { } death && knownAliveOn == death)
        {
            errors.Add(new ValidationError("knownAliveOn", FollowUpErrorCodes.PatientDeceased, "The patient is recorded as deceased on that date."));
        }
        if (errors.Count > 0)
        {
            return Result<VitalStatusCheck>.Failure(errors);
        }
        return new VitalStatusCheck
        {
            Id = id,
            PatientId = patientId,
            ClinicId = clinicId,
            KnownAliveOn = knownAliveOn,
            Source = source,
            RecordedByUserId = recordedBy,
            RecordedAtUtc = now.UtcDateTime,
        };
    }
}
