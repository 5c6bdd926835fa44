namespace MndCare.Application.Infusions;

/// <summary>An infusion order: the lot, when, the dose in cells per kilogram, and the patient's weight and when it was measured
/// (<c>weighedAt</c> defaults to the order time: the weight is then recorded as measured by the ordering clinician).</summary>
public sealed record OrderInfusionInput(Guid? LotId, DateTimeOffset? ScheduledAt, decimal? CellsPerKg, decimal? WeightKg, DateTimeOffset? WeighedAt);

/// <summary>The bedside identity check: the wristband code and each unit's code, as scanned or typed.</summary>
public sealed record IdentityCheckInput(string? PatientCode, IReadOnlyList<string?>? UnitCodes);

/// <summary>One set of vital signs.</summary>
public sealed record VitalSignsInput(DateTimeOffset? TakenAt, decimal? TemperatureCelsius, int? HeartRate, int? SystolicMmHg, int? DiastolicMmHg,
    int? RespiratoryRate, int? Spo2Percent);

/// <summary>When a running infusion ended.</summary>
public sealed record CompleteInfusionInput(DateTimeOffset? EndedAt);

/// <summary>When the units were thawed and the diluent or carrier they were suspended in.</summary>
public sealed record ThawInput(DateTimeOffset? ThawedAt, string? Diluent);

/// <summary>Why an infusion is stopped (or an order cancelled) and when (default: now).</summary>
public sealed record StopInfusionInput(string? Reason, DateTimeOffset? StoppedAt);

/// <summary>A deviation: what happened and when (default: now).</summary>
public sealed record DeviationInput(string? Text, DateTimeOffset? OccurredAt);

/// <summary>An infusion as staff read it: the order with its dose (explicit units in every name), state, units given, vital signs
/// with their flags, the monitoring schedule, thaw-to-end and deviations.</summary>
public sealed record InfusionView(Guid Id, Guid CourseId, Guid PatientId, Guid LotId, string LotNumber, string Status, DateTimeOffset ScheduledAt,
    decimal CellsPerKg, decimal WeightKg, DateTimeOffset WeighedAt, long TotalCells, long CellsPerUnit, int Units, long DeliveredCells,
    decimal DeliveredCellsPerKg, Guid OrderedByUserId, DateTimeOffset OrderedAt, DateTimeOffset? ThawedAt, string? Diluent, DateTimeOffset? StartedAt,
    Guid? StartedByUserId, IReadOnlyList<string> UnitCodes, DateTimeOffset? EndedAt, string? StopReason, IReadOnlyList<VitalSignsView> VitalSigns,
    IReadOnlyList<CheckpointView> Monitoring, ThawToEndView? ThawToEnd, IReadOnlyList<DeviationView> Deviations, string Version);

/// <summary>A recorded set of vital signs, whether it is a fever (≥ 38.0 °C), and each value outside the clinic's normal range.</summary>
public sealed record VitalSignsView(DateTimeOffset TakenAt, decimal TemperatureCelsius, int HeartRate, int SystolicMmHg, int DiastolicMmHg,
    int RespiratoryRate, int Spo2Percent, bool Fever, IReadOnlyList<VitalSignFlagView> Flags);

/// <summary>A value outside its normal range: the field's wire name, <c>low</c> or <c>high</c>, and the value.</summary>
public sealed record VitalSignFlagView(string Field, string Direction, decimal Value);

/// <summary>A due vital-signs reading: baseline, during or after; recorded, due, upcoming or overdue.</summary>
public sealed record CheckpointView(string Kind, DateTimeOffset DueAt, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, DateTimeOffset? RecordedAt,
    string Status);

/// <summary>Minutes from thaw to the end (or to now while running) against the lot's limit (null when it states none).</summary>
public sealed record ThawToEndView(double ElapsedMinutes, double? LimitMinutes, bool Exceeded, bool Ended);

/// <summary>A recorded deviation.</summary>
public sealed record DeviationView(string Text, DateTimeOffset OccurredAt, Guid RecordedByUserId);

/// <summary>A patient who received a lot (their infusion from it passed the identity check). Staff who may read patients see the
/// name and MRN; others (the cell lab) see only <see cref="RecipientCode"/>, a stable pseudonym of the patient.</summary>
public sealed record RecipientView(string RecipientCode, Guid? PatientId, string? NativeName, string? LatinName, string? Mrn, Guid InfusionId,
    DateTimeOffset StartedAt, string InfusionStatus, IReadOnlyList<string> UnitCodes);

/// <summary>A lot a patient received: the lot, its status now, and the infusion that gave it.</summary>
public sealed record ReceivedLotView(Guid LotId, string LotNumber, string ProductCode, string LotStatus, Guid InfusionId, DateTimeOffset StartedAt,
    string InfusionStatus, IReadOnlyList<string> UnitCodes);
