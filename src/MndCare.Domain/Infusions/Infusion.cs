using MndCare.Domain.Results;
using MndCare.Domain.Text;

namespace MndCare.Domain.Infusions;

/// <summary>One ordered infusion of cell units: its dose, the bedside identity check, thaw, start and end, vital signs and deviations.</summary>
/// <remarks>
/// Ordered (a clinician, released lot, dose in range) → in progress (only by a passed bedside identity check) →
/// completed (end after start) or stopped (reason; an order can also be stopped before it starts). Refused actions
/// change nothing. Vital signs and deviations can be recorded in every state but a cancelled order, so that the baseline
/// and the hour after the end are recorded too. docs/therapy/infusion.md.
/// </remarks>
public sealed class Infusion
{
    /// <summary>How far after the server's clock a recorded time may lie (a time typed to the minute, a device clock slightly ahead).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Longest diluent description, in text elements.</summary>
    public const int MaxDiluentLength = 200;

    /// <summary>Longest stop reason or deviation, in text elements.</summary>
    public const int MaxNoteLength = 4000;

    private readonly List<string> _unitCodes = [];
    private readonly List<VitalSigns> _vitalSigns = [];
    private readonly List<InfusionDeviation> _deviations = [];

    private Infusion()
    {
    }

    /// <summary>The record id (UUIDv7).</summary>
    public Guid Id { get; private set; }

    /// <summary>The treatment course the infusion belongs to.</summary>
    public Guid CourseId { get; private set; }

    /// <summary>The patient.</summary>
    public Guid PatientId { get; private set; }

    /// <summary>The lot the units must come from.</summary>
    public Guid LotId { get; private set; }

    /// <summary>Where the infusion stands.</summary>
    public InfusionStatus Status { get; private set; }

    /// <summary>When it is planned (UTC).</summary>
    public DateTime ScheduledAtUtc { get; private set; }

    /// <summary>The clinician who ordered it.</summary>
    public Guid OrderedByUserId { get; private set; }

    /// <summary>When it was ordered (UTC).</summary>
    public DateTime OrderedAtUtc { get; private set; }

    /// <summary>The ordered dose, cells per kilogram.</summary>
    public decimal OrderedCellsPerKg { get; private set; }

    /// <summary>The recorded weight the dose uses, kilograms.</summary>
    public decimal WeightKg { get; private set; }

    /// <summary>When that weight was measured (UTC).</summary>
    public DateTime WeightMeasuredAtUtc { get; private set; }

    /// <summary>Ordered cells/kg × weight, whole cells.</summary>
    public long TotalCells { get; private set; }

    /// <summary>The lot's cells per unit at the order.</summary>
    public long CellsPerUnit { get; private set; }

    /// <summary>Whole units to give.</summary>
    public int Units { get; private set; }

    /// <summary>The cells the whole units hold: units × cells per unit.</summary>
    public long DeliveredCells { get; private set; }

    /// <summary>When the units were thawed (UTC); null until recorded.</summary>
    public DateTime? ThawedAtUtc { get; private set; }

    /// <summary>The diluent or carrier the cells were suspended in; null until recorded.</summary>
    public string? Diluent { get; private set; }

    /// <summary>When the identity check passed and the infusion started (UTC); null before. The patient is then a recipient of the lot.</summary>
    public DateTime? StartedAtUtc { get; private set; }

    /// <summary>The nurse whose identity check passed.</summary>
    public Guid? StartedByUserId { get; private set; }

    /// <summary>The normalised codes of the units given, as the passed identity check accepted them.</summary>
    public IReadOnlyList<string> UnitCodes => _unitCodes;

    /// <summary>When the infusion ended, completed or stopped (UTC); null before.</summary>
    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>Who completed or stopped it.</summary>
    public Guid? EndedByUserId { get; private set; }

    /// <summary>Why it was stopped; null unless stopped.</summary>
    public string? StopReason { get; private set; }

    /// <summary>The vital signs recorded, in the order recorded.</summary>
    public IReadOnlyList<VitalSigns> VitalSigns => _vitalSigns;

    /// <summary>The deviations recorded, in the order recorded.</summary>
    public IReadOnlyList<InfusionDeviation> Deviations => _deviations;

    /// <summary>When anything last changed (UTC).</summary>
    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>Optimistic-concurrency token, new on every change.</summary>
    public Guid Version { get; private set; }

    /// <summary>The readings with a fever (≥ 38.0 °C, CTCAE), each a candidate adverse event for the next step.</summary>
    public IEnumerable<VitalSigns> FeverReadings => _vitalSigns.Where(v => v.IsFever);

    /// <summary>Orders an infusion from a released lot at a dose within the clinic's range.</summary>
    /// <param name="id">A new UUIDv7.</param>
    /// <param name="courseId">The treatment course.</param>
    /// <param name="patientId">The patient.</param>
    /// <param name="lot">The lot, as the order needs it.</param>
    /// <param name="scheduledAt">When the infusion is planned.</param>
    /// <param name="cellsPerKg">The dose.</param>
    /// <param name="statedWeight">The weight written on the order.</param>
    /// <param name="latestWeight">The patient's most recent recorded weight; null when none.</param>
    /// <param name="policy">The clinic's infusion settings.</param>
    /// <param name="orderedByUserId">The clinician.</param>
    /// <param name="now">The injected clock's time (the order time).</param>
    /// <param name="version">A new concurrency token.</param>
    /// <returns>The order; or <see cref="ConflictError"/> <c>lotNotReleased</c> (409) and the errors of
    /// <see cref="InfusionDose.Calculate"/> (422 for the dose range and weight age).</returns>
    public static Result<Infusion> Order(Guid id, Guid courseId, Guid patientId, LotForOrder lot, DateTimeOffset scheduledAt, CellsPerKg cellsPerKg,
        BodyWeight statedWeight, WeightMeasurement? latestWeight, InfusionPolicy policy, Guid orderedByUserId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(lot);
        if (!lot.IsReleased)
        {
            return new ConflictError(InfusionErrorCodes.LotNotReleased, "The lot is not released; it cannot be ordered.");
        }
        var calculated = InfusionDose.Calculate(cellsPerKg, statedWeight, latestWeight, lot.CellsPerUnit, now, policy);
        if (!calculated.IsSuccess)
        {
            return Result<Infusion>.Failure(calculated.Errors);
        }
        var dose = calculated.Value;
        return new Infusion
        {
            Id = id,
            CourseId = courseId,
            PatientId = patientId,
            LotId = lot.LotId,
            Status = InfusionStatus.Ordered,
            ScheduledAtUtc = scheduledAt.UtcDateTime,
            OrderedByUserId = orderedByUserId,
            OrderedAtUtc = now.UtcDateTime,
            OrderedCellsPerKg = dose.OrderedCellsPerKg.Value,
            WeightKg = dose.Weight.Weight.Kilograms,
            WeightMeasuredAtUtc = dose.Weight.MeasuredAt.UtcDateTime,
            TotalCells = dose.TotalCells.Cells,
            CellsPerUnit = dose.CellsPerUnit.Cells,
            Units = dose.Units,
            DeliveredCells = dose.DeliveredCells.Cells,
            UpdatedAtUtc = now.UtcDateTime,
            Version = version,
        };
    }

    /// <summary>Records when the units were thawed and in what they were suspended; before the end only, and not after the start.</summary>
    /// <param name="thawedAt">When the units were thawed.</param>
    /// <param name="diluent">The diluent or carrier (for example "PBS + 5 % human albumin").</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Infusion> RecordThaw(DateTimeOffset thawedAt, string? diluent, DateTimeOffset now, Guid version)
    {
        if (Status is not (InfusionStatus.Ordered or InfusionStatus.InProgress))
        {
            return NotAllowed("record the thaw");
        }
        var text = FreeText.Required(diluent, "diluent", MaxDiluentLength);
        if (!text.IsSuccess)
        {
            return Result<Infusion>.Failure(text.Errors);
        }
        if (TimeError("thawedAt", thawedAt, notBefore: null, now) is { } error)
        {
            return error;
        }
        if (StartedAtUtc is { } started && thawedAt.UtcDateTime > started)
        {
            return new ValidationError("thawedAt", InfusionErrorCodes.OutOfOrder, "The thaw is after the start of the infusion.");
        }
        ThawedAtUtc = thawedAt.UtcDateTime;
        Diluent = text.Value;
        Touch(now, version);
        return this;
    }

    /// <summary>Starts the infusion after a passed bedside identity check; a failed check changes nothing.</summary>
    /// <param name="check">The check, run with this order's lot and <see cref="Units"/>.</param>
    /// <param name="nurseUserId">The nurse who ran it.</param>
    /// <param name="now">The injected clock's time (the start).</param>
    /// <param name="version">A new concurrency token.</param>
    /// <returns>The infusion in progress; <see cref="IdentityCheckFailedError"/> (409) or <c>invalidTransition</c> (409).</returns>
    public Result<Infusion> Start(IdentityCheckResult check, Guid nurseUserId, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Status != InfusionStatus.Ordered)
        {
            return NotAllowed("start it");
        }
        if (!check.Passed)
        {
            return new IdentityCheckFailedError(check.Mismatches);
        }
        if (check.LotId != LotId || check.UnitCodes.Count != Units)
        {
            throw new ArgumentException("The identity check was run for another lot or number of units than the order's.", nameof(check));
        }
        if (ThawedAtUtc > now.UtcDateTime)
        {
            return new ValidationError("thawedAt", InfusionErrorCodes.OutOfOrder, "The recorded thaw is after the start of the infusion.");
        }
        _unitCodes.AddRange(check.UnitCodes);
        Status = InfusionStatus.InProgress;
        StartedAtUtc = now.UtcDateTime;
        StartedByUserId = nurseUserId;
        Touch(now, version);
        return this;
    }

    /// <summary>Completes a running infusion at <paramref name="endedAt"/>, which must be after the start and not in the future.</summary>
    /// <param name="endedAt">When the last of the cells ran in.</param>
    /// <param name="userId">Who records it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Infusion> Complete(DateTimeOffset endedAt, Guid userId, DateTimeOffset now, Guid version)
    {
        if (Status != InfusionStatus.InProgress)
        {
            return NotAllowed("complete it");
        }
        if (endedAt.UtcDateTime <= StartedAtUtc)
        {
            return new ValidationError("endedAt", InfusionErrorCodes.OutOfOrder, "The end must be after the start of the infusion.");
        }
        if (TimeError("endedAt", endedAt, notBefore: null, now) is { } error)
        {
            return error;
        }
        End(InfusionStatus.Completed, endedAt, userId, reason: null, now, version);
        return this;
    }

    /// <summary>Stops a running infusion, or cancels an order before it starts, with a reason.</summary>
    /// <param name="reason">Why (required).</param>
    /// <param name="stoppedAt">When; not before the start and not in the future.</param>
    /// <param name="userId">Who stops it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Infusion> Stop(string? reason, DateTimeOffset stoppedAt, Guid userId, DateTimeOffset now, Guid version)
    {
        if (Status is not (InfusionStatus.Ordered or InfusionStatus.InProgress))
        {
            return NotAllowed("stop it");
        }
        var text = FreeText.Required(reason, "reason", MaxNoteLength, multiline: true);
        if (!text.IsSuccess)
        {
            return Result<Infusion>.Failure(text.Errors);
        }
        if (TimeError("stoppedAt", stoppedAt, StartedAtUtc, now) is { } error)
        {
            return error;
        }
        End(InfusionStatus.Stopped, stoppedAt, userId, text.Value, now, version);
        return this;
    }

    /// <summary>Adds a set of vital signs (baseline, during or after); refused only on an order cancelled before it started.</summary>
    /// <param name="signs">A validated set.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Infusion> RecordVitalSigns(VitalSigns signs, DateTimeOffset now, Guid version)
    {
        ArgumentNullException.ThrowIfNull(signs);
        if (IsCancelled)
        {
            return NotAllowed("record vital signs");
        }
        _vitalSigns.Add(signs);
        Touch(now, version);
        return this;
    }

    /// <summary>Records a deviation, in any state: free text, when it happened and who records it.</summary>
    /// <param name="text">What happened.</param>
    /// <param name="occurredAt">When; not in the future.</param>
    /// <param name="userId">Who records it.</param>
    /// <param name="now">The injected clock's time.</param>
    /// <param name="version">A new concurrency token.</param>
    public Result<Infusion> RecordDeviation(string? text, DateTimeOffset occurredAt, Guid userId, DateTimeOffset now, Guid version)
    {
        var checkedText = FreeText.Required(text, "text", MaxNoteLength, multiline: true);
        if (!checkedText.IsSuccess)
        {
            return Result<Infusion>.Failure(checkedText.Errors);
        }
        if (TimeError("occurredAt", occurredAt, notBefore: null, now) is { } error)
        {
            return error;
        }
        _deviations.Add(new InfusionDeviation(checkedText.Value, occurredAt.UtcDateTime, userId, now.UtcDateTime));
        Touch(now, version);
        return this;
    }

    /// <summary>The due vital-signs readings and which were taken; empty until the infusion has started.</summary>
    /// <param name="policy">The clinic's monitoring settings.</param>
    /// <param name="now">The injected clock's time.</param>
    public IReadOnlyList<MonitoringCheckpoint> MonitoringSchedule(MonitoringPolicy policy, DateTimeOffset now) =>
        StartedAtUtc is { } started
            ? Infusions.MonitoringSchedule.Compute(policy, Utc(started), EndedAtUtc is { } ended ? Utc(ended) : null,
                _vitalSigns.Select(v => v.TakenAt), now)
            : [];

    /// <summary>Time from thaw to the end (or to now while running) against the lot's limit; null until the thaw is recorded.</summary>
    /// <param name="lotLimit">The lot's thaw-to-end limit; null when it states none.</param>
    /// <param name="now">The injected clock's time.</param>
    public ThawToEndCheck? ThawToEnd(TimeSpan? lotLimit, DateTimeOffset now) =>
        ThawedAtUtc is { } thawed ? new ThawToEndCheck((EndedAtUtc is { } ended ? Utc(ended) : now) - Utc(thawed), lotLimit, EndedAtUtc is not null) : null;

    private bool IsCancelled => Status == InfusionStatus.Stopped && StartedAtUtc is null;

    private void End(InfusionStatus status, DateTimeOffset endedAt, Guid userId, string? reason, DateTimeOffset now, Guid version)
    {
        Status = status;
        EndedAtUtc = endedAt.UtcDateTime;
        EndedByUserId = userId;
        StopReason = reason;
        Touch(now, version);
    }

    private static ValidationError? TimeError(string field, DateTimeOffset time, DateTime? notBefore, DateTimeOffset now)
    {
        if (time > now + ClockSkew)
        {
            return new ValidationError(field, InfusionErrorCodes.InFuture, $"{field} is in the future.");
        }
        return time.UtcDateTime < notBefore
            ? new ValidationError(field, InfusionErrorCodes.OutOfOrder, $"{field} is before the start of the infusion.")
            : null;
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private void Touch(DateTimeOffset now, Guid version)
    {
        UpdatedAtUtc = now.UtcDateTime;
        Version = version;
    }

    private ConflictError NotAllowed(string what) =>
        new(InfusionErrorCodes.InvalidTransition, $"The infusion is {InfusionWireNames.Of(Status)}; you cannot {what} now.");
}
