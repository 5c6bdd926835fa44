namespace MndCare.Domain.Safety.Labs;

/// <summary>A laboratory test a patient is due to have by a date, and why; a later result of the test satisfies it.</summary>
/// <remarks>docs/safety/labs.md, "Scheduled checks"; ADR 0032: a result satisfies every open check of its test scheduled before the
/// sample was taken whose due date is at most <see cref="EarlyWindowDays"/> days after it, so one sample never answers two monthly checks.</remarks>
public sealed class LabCheck
{
    /// <summary>Days before its due date from which a sample counts for a check (half the label's monthly interval).</summary>
    public const int EarlyWindowDays = 14;

    /// <summary>Days ahead within which an open check is listed as due.</summary>
    public const int DueSoonDays = 7;

    private LabCheck()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The patient's clinic.</summary>
    public Guid ClinicId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The test to take.</summary>
    public LabTest Test { get; private set; }

    /// <summary>The date, in the clinic's zone, by which it is due.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Why it was scheduled.</summary>
    public LabCheckReason Reason { get; private set; }

    /// <summary>Who scheduled it (or whose action scheduled it by a rule).</summary>
    public Guid? ScheduledByUserId { get; private set; }

    /// <summary>When it was scheduled, UTC.</summary>
    public DateTime ScheduledAtUtc { get; private set; }

    /// <summary>The result that satisfied it, if any.</summary>
    public Guid? SatisfiedByResultId { get; private set; }

    /// <summary>When that result's sample was taken, UTC.</summary>
    public DateTime? SatisfiedAtUtc { get; private set; }

    /// <summary>A new open check.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="clinicId">The patient's clinic.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="test">The test.</param>
    /// <param name="dueOn">The due date in the clinic's zone.</param>
    /// <param name="reason">Why.</param>
    /// <param name="scheduledByUserId">Who scheduled it; null for the system.</param>
    /// <param name="now">Now.</param>
    public static LabCheck Schedule(Guid id, Guid clinicId, Guid patientId, LabTest test, DateOnly dueOn, LabCheckReason reason, Guid? scheduledByUserId,
        DateTimeOffset now)
    {
        if (!Enum.IsDefined(test) || !Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(test));
        }
        return new LabCheck
        {
            Id = id, ClinicId = clinicId, PatientId = patientId, Test = test, DueOn = dueOn, Reason = reason, ScheduledByUserId = scheduledByUserId,
            ScheduledAtUtc = now.UtcDateTime,
        };
    }

    /// <summary>Where the check stands on <paramref name="today"/> (the clinic's date).</summary>
    /// <param name="today">The clinic's date.</param>
    public LabCheckStatus StatusOn(DateOnly today) =>
        SatisfiedByResultId is not null ? LabCheckStatus.Satisfied
        : DueOn < today ? LabCheckStatus.Overdue
        : DueOn <= today.AddDays(DueSoonDays) ? LabCheckStatus.Due
        : LabCheckStatus.Upcoming;

    /// <summary>Marks the check satisfied by <paramref name="result"/> when it answers it (open, same test, sample taken after scheduling
    /// and at most <see cref="EarlyWindowDays"/> days before the due date); otherwise changes nothing.</summary>
    /// <param name="result">A new result.</param>
    /// <param name="collectedOn">The result's collection date in the clinic's zone.</param>
    /// <returns>Whether it is now satisfied by the result.</returns>
    public bool SatisfyBy(LabResult result, DateOnly collectedOn)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (SatisfiedByResultId is not null || result.Test != Test || result.CollectedAtUtc < ScheduledAtUtc
            || collectedOn < DueOn.AddDays(-EarlyWindowDays))
        {
            return false;
        }
        SatisfiedByResultId = result.Id;
        SatisfiedAtUtc = result.CollectedAtUtc;
        return true;
    }
}
